// SaleService::startPayment's outcomes, the duplicate guard across two journals connections, the
// cash settlement and an answer that cannot be saved; against the real sandbox process.

#include "SaleRig.h"
#include "SandboxProcess.h"
#include "TestClock.h"
#include "api/MerchantApiClient.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Kasir;
using Result = StartPaymentResult::Outcome;

Q_DECLARE_METATYPE(Kasir::SaleDraft)

namespace {

SaleDraft draft(const QString &product = QStringLiteral("GOPAY"), qint64 amount = 50000)
{
    SaleDraft d;
    d.productId = product;
    d.custId = QStringLiteral("08123456789");
    d.amount = Money::fromRupiah(amount);
    d.storeFee = Money::fromRupiah(1500);
    d.cashier = QStringLiteral("ani");
    return d;
}

} // namespace

class tst_StartPayment : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void invalidDraftsWriteNothing_data();
    void invalidDraftsWriteNothing();
    void duplicateGuardSpansConnections();
    void allowDuplicateSellsAgain();
    void guardOffWithZeroWindow();
    void callerReqIdOutcomes();
    void refusingJournalIsJournalError();
    void changeNeverNegative_data();
    void changeNeverNegative();
    void answerNotSavedIsSaid();

private:
    int sandboxRequests() { return m_sandbox->ledger().value(QStringLiteral("requests")).toObject().size(); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    SaleServiceOptions m_manual;
};

void tst_StartPayment::initTestCase()
{
    qRegisterMetaType<SaleRecord>();
    qRegisterMetaType<ApiResult>();
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_manual.autoRecovery = false;
}

void tst_StartPayment::init()
{
    QVERIFY(m_sandbox->reset(500000));
    QVERIFY(m_sandbox->clearFaults());
}

void tst_StartPayment::invalidDraftsWriteNothing_data()
{
    QTest::addColumn<SaleDraft>("d");
    QTest::addColumn<QString>("message");
    SaleDraft d = draft();
    d.reqId = QStringLiteral("has space");
    QTest::newRow("req_id form") << d << QStringLiteral("req_id");
    d = draft();
    d.cashReceived = Money::fromRupiah(51499);
    QTest::newRow("cash below nominal + fee") << d << QStringLiteral("Rp 51.500");
    d = draft();
    d.inquiryUnitPrice = Money::fromRupiah(51500);
    d.cashReceived = Money::fromRupiah(52999);
    QTest::newRow("cash below confirmed price + fee") << d << QStringLiteral("Rp 53.000");
    d = draft();
    d.storeFee = Money::fromRupiah(-1);
    QTest::newRow("negative fee") << d << QStringLiteral("store fee");
    d = draft();
    d.amount = Money::fromRupiah(999);
    QTest::newRow("amount below minimum") << d << QStringLiteral("at least");
}

void tst_StartPayment::invalidDraftsWriteNothing()
{
    QFETCH(SaleDraft, d);
    QFETCH(QString, message);
    SaleRig rig(m_sandbox.get(), nullptr, m_manual);
    QVERIFY(rig.ok);
    QVERIFY(!SaleService::checkDraft(d).isEmpty());
    const StartPaymentResult started = rig.service->startPayment(d);
    QCOMPARE(started.outcome, Result::InvalidInput);
    QVERIFY(!started.ok);
    QVERIFY2(started.error.contains(message), qPrintable(started.error));
    QVERIFY(rig.store->history({}).isEmpty());
    QCOMPARE(rig.service->inFlightCount(), 0);
    QCOMPARE(sandboxRequests(), 0);
}

void tst_StartPayment::duplicateGuardSpansConnections()
{
    // Two services on one journal file, each with its own connection, as two processes are.
    TestClock clock(QDateTime::currentDateTimeUtc());
    SaleRig window(m_sandbox.get(), &clock, m_manual);
    QVERIFY(window.ok);
    SaleRig cli(
        m_sandbox.get(), &clock, m_manual, QString(), SaleRig::DefaultTimeoutMs, window.store->path());
    QVERIFY(cli.ok);

    const StartPaymentResult first = window.service->startPayment(draft());
    QCOMPARE(first.outcome, Result::Sent);
    QVERIFY(first.ok);
    // Still PAYING (its answer has not been processed): the other connection is refused.
    const StartPaymentResult second = cli.service->startPayment(draft());
    QCOMPARE(second.outcome, Result::Duplicate);
    QVERIFY(!second.ok);
    QCOMPARE(second.record.receiptNo, first.record.receiptNo);
    QVERIFY2(second.error.contains(first.record.receiptNo), qPrintable(second.error));
    QCOMPARE(cli.service->inFlightCount(), 0);
    // Another amount is another sale.
    QSignalSpy finished(cli.service.get(), &SaleService::saleFinished);
    QCOMPARE(cli.service->startPayment(draft(QStringLiteral("GOPAY"), 20000)).outcome, Result::Sent);
    QVERIFY(finished.wait(SaleRig::DefaultWaitMs));

    // Outside the window the same sale is allowed again.
    clock.advanceSecs(m_manual.duplicateWindowSeconds + 1);
    QCOMPARE(cli.service->startPayment(draft()).outcome, Result::Sent);
    SaleHistoryFilter all;
    all.limit = 0;
    QCOMPARE(window.store->history(all).size(), 3);
}

void tst_StartPayment::allowDuplicateSellsAgain()
{
    SaleRig rig(m_sandbox.get(), nullptr, m_manual);
    const SaleRecord first = rig.pay(draft());
    QCOMPARE(first.status, SaleStatus::Success);
    QCOMPARE(rig.service->startPayment(draft()).outcome, Result::Duplicate);
    SaleDraft again = draft();
    again.allowDuplicate = true; // the cashier saw the earlier sale and chose to sell again
    const SaleRecord second = rig.pay(again);
    QCOMPARE(second.status, SaleStatus::Success);
    QVERIFY(second.reqId != first.reqId);
    QCOMPARE(m_sandbox->balance(), qint64(500000 - 2 * 51500));
}

void tst_StartPayment::guardOffWithZeroWindow()
{
    SaleServiceOptions options = m_manual;
    options.duplicateWindowSeconds = 0;
    SaleRig rig(m_sandbox.get(), nullptr, options);
    QCOMPARE(rig.pay(draft()).status, SaleStatus::Success);
    QCOMPARE(rig.pay(draft()).status, SaleStatus::Success);
}

void tst_StartPayment::callerReqIdOutcomes()
{
    SaleRig rig(m_sandbox.get(), nullptr, m_manual);
    SaleDraft d = draft(QStringLiteral("LINKAJA"), 10000);
    d.reqId = QStringLiteral("SCRIPT-0001");
    const SaleRecord first = rig.pay(d);
    QCOMPARE(first.status, SaleStatus::Success);

    // The same sale under the same req_id: reported, not sent again (the guard is not asked).
    d.allowDuplicate = true;
    const StartPaymentResult same = rig.service->startPayment(d);
    QCOMPARE(same.outcome, Result::ReqIdAlreadyUsed);
    QCOMPARE(same.record.id, first.id);
    QCOMPARE(same.record.status, SaleStatus::Success);

    // Another sale under that req_id: refused.
    SaleDraft other = d;
    other.amount = Money::fromRupiah(20000);
    const StartPaymentResult conflict = rig.service->startPayment(other);
    QCOMPARE(conflict.outcome, Result::ReqIdConflict);
    QCOMPARE(conflict.record.id, first.id);
    QVERIFY2(conflict.error.contains(first.receiptNo), qPrintable(conflict.error));
    QCOMPARE(m_sandbox->receivedCount(QStringLiteral("SCRIPT-0001")), 1);
    QCOMPARE(m_sandbox->chargedCount(QStringLiteral("SCRIPT-0001")), 1);
}

void tst_StartPayment::refusingJournalIsJournalError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipts.db"));
    {
        ReceiptStore store(path);
        QVERIFY(store.open());
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99"))); // as if from a newer program
    }
    SaleRig rig(m_sandbox.get(), nullptr, m_manual, QString(), SaleRig::DefaultTimeoutMs, path);
    QVERIFY(!rig.ok);
    const StartPaymentResult started = rig.service->startPayment(draft());
    QCOMPARE(started.outcome, Result::JournalError);
    QVERIFY2(started.error.contains(QLatin1String("nothing was sent")), qPrintable(started.error));
    QCOMPARE(sandboxRequests(), 0);
}

void tst_StartPayment::changeNeverNegative_data()
{
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<qint64>("change");
    QTest::addColumn<qint64>("owes"); // 0: nothing owed
    // Direct pay: 50.000 nominal, fee 1.500; the answer's price 51.500 makes the total 53.000.
    QTest::newRow("cash covers") << qint64(60000) << qint64(7000) << qint64(0);
    QTest::newRow("cash exact") << qint64(53000) << qint64(0) << qint64(0);
    QTest::newRow("cash short by the admin fee") << qint64(51500) << qint64(0) << qint64(1500);
    QTest::newRow("cash short by one") << qint64(52999) << qint64(0) << qint64(1);
}

void tst_StartPayment::changeNeverNegative()
{
    QFETCH(qint64, cash);
    QFETCH(qint64, change);
    QFETCH(qint64, owes);
    SaleRig rig(m_sandbox.get(), nullptr, m_manual);
    SaleDraft d = draft();
    d.cashReceived = Money::fromRupiah(cash);
    const SaleRecord r = rig.pay(d);
    QCOMPARE(r.status, SaleStatus::Success); // the wallet was topped up either way
    const SaleRecord stored = rig.store->findById(r.id).value();
    QCOMPARE(stored.sellingPrice.rupiah(), qint64(53000));
    QCOMPARE(stored.change.value().rupiah(), change);
    QCOMPARE(stored.customerOwes().value_or(Money()).rupiah(), owes);
    QCOMPARE(stored.customerOwes().has_value(), owes > 0);
}

void tst_StartPayment::answerNotSavedIsSaid()
{
    // Another connection holds the journal's write lock while the answer arrives: the answer
    // cannot be written (after busy_timeout) and saleFinished says so; the row stays PAYING.
    SaleRig rig(m_sandbox.get(), nullptr, m_manual);
    QVERIFY(rig.ok);
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("delay") }, { QStringLiteral("delay_ms"), 1000 } }));
    QSignalSpy finished(rig.service.get(), &SaleService::saleFinished);
    const StartPaymentResult started = rig.service->startPayment(draft());
    QCOMPARE(started.outcome, Result::Sent);
    QSignalSpy changed(rig.service.get(), &SaleService::saleChanged); // "after every commit"

    ReceiptStore other(rig.store->path());
    QVERIFY(other.open());
    QSqlDatabase lock = QSqlDatabase::database(other.connectionName(), false);
    QSqlQuery q(lock);
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(finished.wait(30000));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));

    const QList<QVariant> args = finished.first();
    QCOMPARE(args.at(0).value<SaleRecord>().status, SaleStatus::Success); // what was received
    QCOMPARE(args.at(2).toBool(), false); // ... but not saved
    QCOMPARE(rig.store->findById(started.record.id)->status, SaleStatus::Paying);
    QCOMPARE(m_sandbox->chargedCount(started.record.reqId), 1);
    QCOMPARE(changed.size(), 0); // nothing was committed, so no row change is announced
    // The schedule backs off although the journal could not take it: not due at once.
    QVERIFY(rig.service->nextScheduledCheckUtc() > QDateTime::currentDateTimeUtc().addSecs(8));

    // Recovery settles it with the same req_id, charged once.
    QCOMPARE(rig.recover(), 0);
    QCOMPARE(rig.store->findById(started.record.id)->status, SaleStatus::Success);
    QCOMPARE(m_sandbox->chargedCount(started.record.reqId), 1);
}

QTEST_GUILESS_MAIN(tst_StartPayment)
#include "tst_startpayment.moc"
