#include "SaleRig.h"
#include "SandboxProcess.h"
#include "TestClock.h"
#include "api/MerchantApiClient.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Kasir;

namespace {

constexpr int ClientTimeoutMs = 1500;
constexpr int WaitMs = 15000;

QJsonObject fault(const char *kind, int count = 1)
{
    return QJsonObject { { QStringLiteral("kind"), QLatin1String(kind) },
        { QStringLiteral("count"), count } };
}

SaleDraft gopayDraft(qint64 amount = 50000)
{
    SaleDraft d;
    d.productId = QStringLiteral("GOPAY");
    d.custId = QStringLiteral("08123456789");
    d.amount = Money::fromRupiah(amount);
    d.storeFee = Money::fromRupiah(1500);
    d.cashier = QStringLiteral("ani");
    return d;
}

} // namespace

// Everything one test needs (tests/support/SaleRig), with this suite's short client timeout.
struct Rig : SaleRig
{
    Rig(SandboxProcess *sandbox, Clock *clock, const SaleServiceOptions &options,
        const QString &apiKey = QString(), int timeoutMs = ClientTimeoutMs)
        : SaleRig(sandbox, clock, options, apiKey, timeoutMs)
    { }
};

class tst_SaleService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void success();
    void inquiryReportsDepositAndConnection();
    void successWithoutInquiryPricesFromAnswer();
    void failedInsufficientBalance();
    void rejectedWrongKeyNotRetried();
    void pendingThenRecovered_data();
    void pendingThenRecovered();
    void oneRequestInFlightPerRow();
    void duplicateGuard_data();
    void duplicateGuard();
    void priceChangedIsFlaggedNotSuccess();
    void catalogPriceChangedIsFlagged();
    void badDraftsSendNothing_data();
    void badDraftsSendNothing();
    void backoffDelays_data();
    void backoffDelays();
    void backoffScheduleWithTestClock();
    void payingRowsAtStartupAreDueAtOnce();
    void timerRedrivesPendingByItself();
    void journalRefusingWritesSendsNothing();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    SaleServiceOptions m_manual; // no timer-driven recovery: tests drive it
};

void tst_SaleService::initTestCase()
{
    qRegisterMetaType<SaleRecord>();
    qRegisterMetaType<ApiResult>();
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_manual.autoRecovery = false;
}

void tst_SaleService::init()
{
    QVERIFY(m_sandbox->reset(500000));
}

void tst_SaleService::success()
{
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    QVERIFY(rig.ok);
    QSignalSpy balances(rig.service.get(), &SaleService::balanceSeen);
    QSignalSpy unresolved(rig.service.get(), &SaleService::unresolvedCountChanged);
    QSignalSpy changed(rig.service.get(), &SaleService::saleChanged);
    QSignalSpy connection(rig.service.get(), &SaleService::connectionStateChanged);

    SaleDraft draft = gopayDraft();
    draft.inquiryUnitPrice = Money::fromRupiah(51500);
    draft.cashReceived = Money::fromRupiah(60000);

    QSignalSpy finished(rig.service.get(), &SaleService::saleFinished);
    const StartPaymentResult started = rig.service->startPayment(draft);
    QVERIFY2(started.ok, qPrintable(started.error));
    // Committed as PAYING before anything could be answered.
    const SaleRecord paying = rig.store->findByReqId(started.record.reqId).value();
    QCOMPARE(paying.status, SaleStatus::Paying);
    QCOMPARE(paying.receiptNo, started.record.receiptNo);
    QVERIFY(QRegularExpression(QStringLiteral("^K01-\\d{8}-0001$")).match(paying.receiptNo).hasMatch());
    QVERIFY(
        QRegularExpression(QStringLiteral("^KSR-K01-\\d{14}-[0-9a-f]{16}$")).match(paying.reqId).hasMatch());
    QVERIFY(paying.reqId.size() <= 64);
    QCOMPARE(rig.service->unresolvedCount(), 1);
    QCOMPARE(rig.service->inFlightCount(), 1);

    QVERIFY(finished.wait(WaitMs));
    const SaleRecord r = rig.store->findByReqId(paying.reqId).value();
    QCOMPARE(r.status, SaleStatus::Success);
    QCOMPARE(r.rc, QStringLiteral("000"));
    QCOMPARE(r.description, QStringLiteral("Transaksi Sukses"));
    QCOMPARE(r.message, QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{19}$")).match(r.refId).hasMatch());
    QVERIFY(!r.serialNo.isEmpty());
    QCOMPARE(r.unitPrice->rupiah(), 51500);
    QCOMPARE(r.balanceUsed->rupiah(), 51500);
    QCOMPARE(r.balanceAfter->rupiah(), 448500);
    QCOMPARE(r.sellingPrice.rupiah(), 53000);
    QCOMPARE(r.storeFee.rupiah(), 1500);
    QCOMPARE(r.change->rupiah(), 7000);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.completedUtc.isValid());
    QVERIFY(!r.nextCheckUtc.isValid());
    QVERIFY(!r.flagged);
    QCOMPARE(finished.first().at(0).value<SaleRecord>().status, SaleStatus::Success);
    QCOMPARE(finished.first().at(1).value<ApiResult>().outcome, Outcome::Success);

    QCOMPARE(m_sandbox->chargedCount(r.reqId), 1);
    QCOMPARE(m_sandbox->balance(), 448500);
    QCOMPARE(balances.size(), 1);
    QCOMPARE(balances.first().at(0).value<Money>().rupiah(), 448500);
    QCOMPARE(unresolved.size(), 2);
    QCOMPARE(unresolved.at(0).at(0).toInt(), 1);
    QCOMPARE(unresolved.at(1).at(0).toInt(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(connection.size(), 1);
    QCOMPARE(connection.first().at(0).toBool(), true);
    QCOMPARE(rig.service->inFlightCount(), 0);
}

void tst_SaleService::inquiryReportsDepositAndConnection()
{
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    QVERIFY(rig.ok);
    QSignalSpy balances(rig.service.get(), &SaleService::balanceSeen);
    QSignalSpy connection(rig.service.get(), &SaleService::connectionStateChanged);
    ApiCall *call = rig.service->inquire(
        QStringLiteral("GOPAY"), QStringLiteral("08123456789"), Money::fromRupiah(50000));
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(balances.size(), 1);
    QCOMPARE(balances.first().first().value<Money>().rupiah(), qint64(500000));
    QCOMPARE(connection.size(), 1);
    QCOMPARE(connection.first().first().toBool(), true);
    QCOMPARE(rig.store->unresolvedCount(), 0); // an inquiry writes no journal row
}

void tst_SaleService::successWithoutInquiryPricesFromAnswer()
{
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    SaleDraft draft = gopayDraft(20000);
    draft.cashReceived = Money::fromRupiah(25000);
    const SaleRecord r = rig.pay(draft);
    QCOMPARE(r.status, SaleStatus::Success);
    QVERIFY(!r.inquiryUnitPrice);
    QCOMPARE(r.unitPrice->rupiah(), 21500);
    QCOMPARE(r.sellingPrice.rupiah(), 23000); // unit price + fee
    QCOMPARE(r.change->rupiah(), 2000);
    QCOMPARE(rig.store->findById(r.id)->sellingPrice.rupiah(), 23000);
}

void tst_SaleService::failedInsufficientBalance()
{
    QVERIFY(m_sandbox->reset(10000));
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    ApiResult result;
    const SaleRecord r = rig.pay(gopayDraft(), &result);
    QCOMPARE(r.status, SaleStatus::Failed);
    QCOMPARE(r.rc, QStringLiteral("008"));
    QCOMPARE(r.description, QStringLiteral("Insufficient Balance"));
    QCOMPARE(r.balanceAfter->rupiah(), 10000);
    QVERIFY(r.completedUtc.isValid());
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(m_sandbox->chargedCount(r.reqId), 0);
    QCOMPARE(m_sandbox->balance(), 10000);
    QCOMPARE(rig.service->unresolvedCount(), 0);
    // Settled: recovery has nothing to send.
    QCOMPARE(rig.recover(), 0);
    QCOMPARE(m_sandbox->receivedCount(r.reqId), 1);
}

void tst_SaleService::rejectedWrongKeyNotRetried()
{
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual, QStringLiteral("wrong-key"));
    ApiResult result;
    const SaleRecord r = rig.pay(gopayDraft(), &result);
    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(r.status, SaleStatus::Rejected);
    QCOMPARE(rig.store->findById(r.id)->status, SaleStatus::Rejected);
    QVERIFY(!r.lastError.isEmpty());
    QCOMPARE(rig.service->unresolvedCount(), 0);
    QCOMPARE(rig.recover(), 0);
    rig.service->runDueChecks();
    QCOMPARE(rig.service->inFlightCount(), 0);
    QCOMPARE(m_sandbox->chargedCount(r.reqId), 0);
    QCOMPARE(m_sandbox->balance(), 500000);
}

void tst_SaleService::pendingThenRecovered_data()
{
    QTest::addColumn<QJsonObject>("faultSpec");
    QTest::addColumn<QString>("finalStatus");
    QTest::addColumn<int>("charged");

    // One POST per attempt: a closed connection is never re-sent behind the journal's back.
    QTest::newRow("drop_before") << fault("drop_before") << "SUCCESS" << 1;
    QTest::newRow("drop_after") << fault("drop_after") << "SUCCESS" << 1;
    QTest::newRow("error500_before") << fault("error500_before") << "SUCCESS" << 1;
    QTest::newRow("error500_after") << fault("error500_after") << "SUCCESS" << 1;
    QTest::newRow("malformed_json") << fault("malformed_json") << "SUCCESS" << 1;
    QTest::newRow("html502") << fault("html502") << "SUCCESS" << 1;
    QJsonObject delay = fault("delay");
    delay.insert(QStringLiteral("delay_ms"), 2500);
    QTest::newRow("delay past the timeout") << delay << "SUCCESS" << 1;
    QJsonObject pendingSuccess = fault("pending");
    pendingSuccess.insert(QStringLiteral("checks"), 1);
    pendingSuccess.insert(QStringLiteral("then"), QStringLiteral("SUCCESS"));
    QTest::newRow("pending then SUCCESS") << pendingSuccess << "SUCCESS" << 1;
    QJsonObject pendingFailed = pendingSuccess;
    pendingFailed.insert(QStringLiteral("then"), QStringLiteral("FAILED"));
    QTest::newRow("pending then FAILED") << pendingFailed << "FAILED" << 0;
}

void tst_SaleService::pendingThenRecovered()
{
    QFETCH(QJsonObject, faultSpec);
    QFETCH(QString, finalStatus);
    QFETCH(int, charged);

    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    QVERIFY(m_sandbox->injectFault(faultSpec));
    ApiResult result;
    const SaleRecord first = rig.pay(gopayDraft(), &result);
    QCOMPARE(result.outcome, Outcome::Pending);
    QCOMPARE(first.status, SaleStatus::Pending);
    QCOMPARE(first.attempts, 1);
    QCOMPARE(m_sandbox->receivedCount(first.reqId), 1);
    QVERIFY(!first.lastError.isEmpty());
    QVERIFY(first.nextCheckUtc.isValid());
    QCOMPARE(rig.store->findById(first.id)->status, SaleStatus::Pending);
    QCOMPARE(rig.service->unresolvedCount(), 1);

    // Recover until settled (a delayed first request may still be running on the server).
    int left = 1;
    for (int i = 0; i < 5 && left > 0; ++i)
        left = rig.recover();
    QCOMPARE(left, 0);
    const SaleRecord r = rig.store->findById(first.id).value();
    QCOMPARE(saleStatusName(r.status), finalStatus);
    QCOMPARE(r.reqId, first.reqId); // never a new req_id
    QVERIFY(r.attempts >= 2);
    QCOMPARE(m_sandbox->chargedCount(r.reqId), charged);
    const qint64 used = r.status == SaleStatus::Success ? r.balanceUsed->rupiah() : 0;
    QCOMPARE(m_sandbox->balance(), 500000 - used);
    if (r.status == SaleStatus::Success) {
        QCOMPARE(used, 51500);
        QVERIFY(!r.serialNo.isEmpty());
    }
}

void tst_SaleService::oneRequestInFlightPerRow()
{
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual, QString(), 5000);
    QJsonObject delay = fault("delay");
    delay.insert(QStringLiteral("delay_ms"), 800);
    QVERIFY(m_sandbox->injectFault(delay));
    QSignalSpy finished(rig.service.get(), &SaleService::saleFinished);
    QSignalSpy recovered(rig.service.get(), &SaleService::recoveryFinished);
    const StartPaymentResult started = rig.service->startPayment(gopayDraft());
    QVERIFY(started.ok);
    rig.service->recoverNow();
    rig.service->recoverNow();
    rig.service->runDueChecks();
    QCOMPARE(rig.service->inFlightCount(), 1);
    QVERIFY(rig.service->isInFlight(started.record.id));
    QVERIFY(recovered.wait(WaitMs));
    QCOMPARE(recovered.first().at(0).toInt(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_sandbox->receivedCount(started.record.reqId), 1);
    QCOMPARE(m_sandbox->chargedCount(started.record.reqId), 1);
    QCOMPARE(rig.store->findById(started.record.id)->status, SaleStatus::Success);
}

void tst_SaleService::duplicateGuard_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<qint64>("secondAmount");
    QTest::addColumn<int>("advanceSecs");
    QTest::addColumn<bool>("expectDuplicate");
    QTest::newRow("same sale inside the window") << 600 << qint64(50000) << 60 << true;
    QTest::newRow("other amount") << 600 << qint64(20000) << 60 << false;
    QTest::newRow("window passed") << 600 << qint64(50000) << 601 << false;
    QTest::newRow("guard off") << 0 << qint64(50000) << 60 << false;
}

void tst_SaleService::duplicateGuard()
{
    QFETCH(int, window);
    QFETCH(qint64, secondAmount);
    QFETCH(int, advanceSecs);
    QFETCH(bool, expectDuplicate);
    TestClock clock(QDateTime::currentDateTimeUtc());
    SaleServiceOptions options = m_manual;
    options.duplicateWindowSeconds = window;
    Rig rig(m_sandbox.get(), &clock, options);
    const SaleRecord first = rig.pay(gopayDraft());
    QCOMPARE(first.status, SaleStatus::Success);
    QVERIFY(!rig.service->findDuplicate(gopayDraft(10000)).has_value());

    clock.advanceSecs(advanceSecs);
    const std::optional<SaleRecord> dup = rig.service->findDuplicate(gopayDraft(secondAmount));
    QCOMPARE(dup.has_value(), expectDuplicate);
    if (dup)
        QCOMPARE(dup->reqId, first.reqId);
}

void tst_SaleService::priceChangedIsFlaggedNotSuccess()
{
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    SaleDraft draft = gopayDraft();
    draft.inquiryUnitPrice = Money::fromRupiah(51000); // what the cashier confirmed earlier
    const SaleRecord r = rig.pay(draft);
    QCOMPARE(r.status, SaleStatus::Pending);
    QVERIFY(r.flagged);
    QVERIFY2(r.flagReason.contains(QLatin1String("price changed")), qPrintable(r.flagReason));
    QVERIFY(r.flagReason.contains(QLatin1String("51.000")));
    QVERIFY(r.flagReason.contains(QLatin1String("51.500")));
    const SaleRecord stored = rig.store->findById(r.id).value();
    QCOMPARE(stored.status, SaleStatus::Pending);
    QVERIFY(stored.flagged);
    QCOMPARE(stored.unitPrice->rupiah(), 51500);
    // Re-checking gives the same answer: still held, never shown as a success, charged once.
    QCOMPARE(rig.recover(), 1);
    QCOMPARE(rig.store->findById(r.id)->status, SaleStatus::Pending);
    QCOMPARE(m_sandbox->chargedCount(r.reqId), 1);
}

void tst_SaleService::catalogPriceChangedIsFlagged()
{
    // A sandbox whose GOPAY fee is 2500: the inquiry of one sandbox is confirmed, the payment
    // is answered by the other, as if the price changed between the two.
    QTemporaryDir dir;
    QFile catalog(dir.filePath(QStringLiteral("catalog.json")));
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    catalog.write(R"({"version":1,"products":[{"product_id":"GOPAY","name":"GoPay","operator":"GOPAY",
        "fee":2500,"serial_prefix":"GW","min_amount":1000,"max_amount":10000000,"customer":"phone"}]})");
    catalog.close();
    SandboxProcess expensive({ QStringLiteral("--catalog"), catalog.fileName() });
    QString error;
    QVERIFY2(expensive.start(&error), qPrintable(error));

    Rig cheap(m_sandbox.get(), SystemClock::instance(), m_manual);
    QSignalSpy inquiryDone(cheap.service->inquire(QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                               Money::fromRupiah(50000)),
        &ApiCall::finished);
    QVERIFY(inquiryDone.wait(WaitMs));
    const ApiResult inquiry = inquiryDone.first().at(0).value<ApiResult>();
    QCOMPARE(inquiry.outcome, Outcome::Success);
    QCOMPARE(inquiry.unitPrice, QStringLiteral("51500"));

    Rig rig(&expensive, SystemClock::instance(), m_manual);
    SaleDraft draft = gopayDraft();
    draft.inquiryUnitPrice = Money::fromApiString(inquiry.unitPrice);
    const SaleRecord r = rig.pay(draft);
    QCOMPARE(r.status, SaleStatus::Pending);
    QVERIFY(r.flagged);
    QVERIFY(r.flagReason.contains(QLatin1String("price changed")));
    QCOMPARE(r.unitPrice->rupiah(), 52500);
    QCOMPARE(expensive.chargedCount(r.reqId), 1);
}

void tst_SaleService::badDraftsSendNothing_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("cust");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("cash");
    QTest::addColumn<QString>("reqId");
    QTest::newRow("no product") << QString() << "08123456789" << qint64(50000) << qint64(-1) << QString();
    QTest::newRow("no customer") << "GOPAY" << QString() << qint64(50000) << qint64(-1) << QString();
    QTest::newRow("below minimum") << "GOPAY"
                                   << "08123456789" << qint64(999) << qint64(-1) << QString();
    QTest::newRow("not enough cash") << "GOPAY"
                                     << "08123456789" << qint64(50000) << qint64(50000) << QString();
    QTest::newRow("req_id too long") << "GOPAY"
                                     << "08123456789" << qint64(50000) << qint64(-1)
                                     << QString(65, QLatin1Char('a'));
    QTest::newRow("req_id with spaces") << "GOPAY"
                                        << "08123456789" << qint64(50000) << qint64(-1) << "a b";
}

void tst_SaleService::badDraftsSendNothing()
{
    QFETCH(QString, product);
    QFETCH(QString, cust);
    QFETCH(qint64, amount);
    QFETCH(qint64, cash);
    QFETCH(QString, reqId);
    Rig rig(m_sandbox.get(), SystemClock::instance(), m_manual);
    SaleDraft draft = gopayDraft(amount);
    draft.productId = product;
    draft.custId = cust;
    draft.reqId = reqId;
    if (cash >= 0)
        draft.cashReceived = Money::fromRupiah(cash);
    const StartPaymentResult started = rig.service->startPayment(draft);
    QVERIFY(!started.ok);
    QVERIFY(!started.error.isEmpty());
    QCOMPARE(rig.service->inFlightCount(), 0);
    QVERIFY(rig.store->history({}).isEmpty());
}

void tst_SaleService::backoffDelays_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("minMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::newRow("after the send") << 0 << qint64(10000) << qint64(12000);
    QTest::newRow("1") << 1 << qint64(10000) << qint64(12000);
    QTest::newRow("2") << 2 << qint64(30000) << qint64(35000);
    QTest::newRow("3") << 3 << qint64(60000) << qint64(70000);
    QTest::newRow("4") << 4 << qint64(60000) << qint64(120000);
    QTest::newRow("50") << 50 << qint64(60000) << qint64(120000);
}

void tst_SaleService::backoffDelays()
{
    QFETCH(int, attempts);
    QFETCH(qint64, minMs);
    QFETCH(qint64, maxMs);
    QCOMPARE(SaleService::recheckDelayMs(attempts, 0.0), minMs);
    QVERIFY(SaleService::recheckDelayMs(attempts, 0.999) <= maxMs);
    QVERIFY(SaleService::recheckDelayMs(attempts, 0.999) > minMs); // there is jitter
    QVERIFY(SaleService::recheckDelayMs(attempts, 0.5) > minMs);
}

void tst_SaleService::backoffScheduleWithTestClock()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    Rig rig(m_sandbox.get(), &clock, m_manual);
    QJsonObject pending = fault("pending");
    pending.insert(QStringLiteral("checks"), 4);
    pending.insert(QStringLiteral("then"), QStringLiteral("SUCCESS"));
    QVERIFY(m_sandbox->injectFault(pending));

    SaleRecord r = rig.pay(gopayDraft());
    QCOMPARE(r.status, SaleStatus::Pending);
    struct Step
    {
        qint64 minMs;
        qint64 maxMs;
    };
    const Step steps[] = { { 10000, 12000 }, { 30000, 35000 }, { 60000, 70000 }, { 60000, 120000 } };
    for (int i = 0; i < 4; ++i) {
        const SaleRecord stored = rig.store->findById(r.id).value();
        QCOMPARE(stored.attempts, i + 1);
        QCOMPARE(stored.status, SaleStatus::Pending);
        const qint64 wait = clock.nowUtc().msecsTo(stored.nextCheckUtc);
        QVERIFY2(wait >= steps[i].minMs && wait <= steps[i].maxMs,
            qPrintable(QStringLiteral("attempt %1: next check in %2 ms").arg(i + 1).arg(wait)));
        QCOMPARE(rig.service->nextScheduledCheckUtc(), stored.nextCheckUtc);

        // A restart keeps the schedule: it is in the row.
        {
            ReceiptStore again(rig.store->path(), &clock);
            QVERIFY(again.open());
            QCOMPARE(again.findById(r.id)->nextCheckUtc, stored.nextCheckUtc);
        }

        // Not due yet: nothing is sent.
        clock.advanceMs(wait - 1);
        rig.service->runDueChecks();
        QCOMPARE(rig.service->inFlightCount(), 0);
        // Due: exactly one re-send with the same req_id.
        clock.advanceMs(1);
        QSignalSpy finished(rig.service.get(), &SaleService::saleFinished);
        rig.service->runDueChecks();
        QCOMPARE(rig.service->inFlightCount(), 1);
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.first().at(0).value<SaleRecord>().reqId, r.reqId);
    }
    r = rig.store->findById(r.id).value();
    QCOMPARE(r.status, SaleStatus::Success);
    QCOMPARE(r.attempts, 5);
    QCOMPARE(m_sandbox->chargedCount(r.reqId), 1);
    QCOMPARE(m_sandbox->receivedCount(r.reqId), 5);
    QVERIFY(!rig.service->nextScheduledCheckUtc().isValid());
}

void tst_SaleService::payingRowsAtStartupAreDueAtOnce()
{
    TestClock clock(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipts.db"));
    SaleRecord paying;
    SaleRecord pendingLater;
    {
        // What a killed process left behind: a PAYING row (maybe sent, maybe not) and a PENDING
        // row whose next check is still ahead.
        ReceiptStore store(path, &clock);
        QVERIFY(store.open());
        paying.reqId = SaleService::generateReqId(QStringLiteral("K01"), clock.nowUtc());
        paying.productId = QStringLiteral("GOPAY");
        paying.custId = QStringLiteral("08123456789");
        paying.amount = Money::fromRupiah(50000);
        paying.sellingPrice = Money::fromRupiah(53000);
        paying.storeFee = Money::fromRupiah(1500);
        paying.status = SaleStatus::Paying;
        paying.nextCheckUtc = clock.nowUtc().addSecs(10);
        QVERIFY(store.insertSale(&paying, QStringLiteral("K01")));
        pendingLater = paying;
        pendingLater.reqId = SaleService::generateReqId(QStringLiteral("K01"), clock.nowUtc());
        pendingLater.status = SaleStatus::Pending;
        pendingLater.attempts = 3;
        pendingLater.nextCheckUtc = clock.nowUtc().addSecs(90);
        QVERIFY(store.insertSale(&pendingLater, QStringLiteral("K01")));
    }
    SaleServiceOptions options;
    options.autoRecovery = true;
    SaleRig rig(m_sandbox.get(), &clock, options, QString(), ClientTimeoutMs, path);
    QVERIFY(rig.ok);
    ReceiptStore &store = *rig.store;
    SaleService &service = *rig.service;
    QSignalSpy finished(&service, &SaleService::saleFinished);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<SaleRecord>().reqId, paying.reqId);
    QCOMPARE(store.findById(paying.id)->status, SaleStatus::Success);
    // The PENDING row keeps its stored schedule: not sent yet.
    QCOMPARE(store.findById(pendingLater.id)->status, SaleStatus::Pending);
    QCOMPARE(m_sandbox->receivedCount(pendingLater.reqId), 0);
    QCOMPARE(service.nextScheduledCheckUtc(), pendingLater.nextCheckUtc);
    QCOMPARE(m_sandbox->chargedCount(paying.reqId), 1);
}

void tst_SaleService::timerRedrivesPendingByItself()
{
    // Real time, real timer: the first re-check comes about 10 s after the attempt, unasked.
    SaleServiceOptions options;
    options.autoRecovery = true;
    Rig rig(m_sandbox.get(), SystemClock::instance(), options);
    QJsonObject pending = fault("pending");
    pending.insert(QStringLiteral("checks"), 1);
    pending.insert(QStringLiteral("then"), QStringLiteral("SUCCESS"));
    QVERIFY(m_sandbox->injectFault(pending));
    QSignalSpy unresolved(rig.service.get(), &SaleService::unresolvedCountChanged);
    const SaleRecord first = rig.pay(gopayDraft());
    QCOMPARE(first.status, SaleStatus::Pending);
    QElapsedTimer waited;
    waited.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.store->findById(first.id)->status, SaleStatus::Success, 20000);
    QVERIFY2(waited.elapsed() >= 9000, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(rig.store->findById(first.id)->attempts, 2);
    QCOMPARE(m_sandbox->chargedCount(first.reqId), 1);
    QCOMPARE(unresolved.last().at(0).toInt(), 0);
}

void tst_SaleService::journalRefusingWritesSendsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipts.db"));
    {
        ReceiptStore store(path);
        QVERIFY(store.open());
        QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99"))); // as if from a newer program
    }
    SaleRig rig(m_sandbox.get(), nullptr, m_manual, QString(), ClientTimeoutMs, path);
    QVERIFY(!rig.ok); // the journal opened, but refuses writes
    SaleService &service = *rig.service;
    const StartPaymentResult started = service.startPayment(gopayDraft());
    QVERIFY(!started.ok);
    QVERIFY2(started.error.contains(QLatin1String("nothing was sent")), qPrintable(started.error));
    QCOMPARE(service.inFlightCount(), 0);
    QTest::qWait(200);
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("requests")).toObject().size(), 0);
    QCOMPARE(m_sandbox->balance(), 500000);
}

QTEST_GUILESS_MAIN(tst_SaleService)
#include "tst_saleservice.moc"
