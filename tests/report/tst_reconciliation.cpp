// The deposit statement against the real sandbox process: sales over HTTP on 127.0.0.1, the
// deposit moved between two of them through the sandbox's admin endpoint.

#include "SandboxProcess.h"
#include "api/MerchantApiClient.h"
#include "clock/Clock.h"
#include "report/DepositGapMarker.h"
#include "report/ReportQuery.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

class tst_Reconciliation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noOutsideMovementNoGap();
    void depositChangedBetweenTwoSalesIsOneGap();
    void chargeFromElsewhereIsANegativeGap();
    void depositEndpointRefusesBadInput();

private:
    SaleRecord pay(const QString &wallet, qint64 amount);
    std::optional<ReportFigures> today() const
    {
        return ReportQuery(QSqlDatabase::database(m_store->connectionName(), false))
            .figures(ReportPeriod::day(SystemClock::instance()->nowLocal().date()));
    }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ReceiptStore> m_store;
    std::unique_ptr<MerchantApiClient> m_api;
    std::unique_ptr<SaleService> m_sales;
    int m_customer = 0;
};

void tst_Reconciliation::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_sandbox.reset(2000000));
    m_store = std::make_unique<ReceiptStore>(m_dir.filePath(QStringLiteral("journal.db")));
    QVERIFY(m_store->open());
    ApiConfig config;
    config.baseUrl = m_sandbox.baseUrl();
    config.apiKey = m_sandbox.apiKey();
    config.timeoutMs = 10000;
    m_api = std::make_unique<MerchantApiClient>(&m_nam, config);
    SaleServiceOptions options;
    options.autoRecovery = false;
    options.duplicateWindowSeconds = 0;
    m_sales = std::make_unique<SaleService>(m_store.get(), m_api.get(), SystemClock::instance(), options);
}

SaleRecord tst_Reconciliation::pay(const QString &wallet, qint64 amount)
{
    SaleDraft draft;
    draft.productId = wallet;
    draft.custId = QStringLiteral("0812345%1").arg(1000 + ++m_customer);
    draft.amount = Money::fromRupiah(amount);
    draft.storeFee = Money::fromRupiah(1000);
    draft.cashier = QStringLiteral("ani");
    QSignalSpy finished(m_sales.get(), &SaleService::saleFinished);
    const StartPaymentResult started = m_sales->startPayment(draft);
    if (!started.ok || (!finished.wait(15000) && finished.isEmpty()))
        return SaleRecord();
    return finished.first().at(0).value<SaleRecord>();
}

void tst_Reconciliation::noOutsideMovementNoGap()
{
    const QList<QPair<QString, qint64>> sales { { QStringLiteral("GOPAY"), 50000 },
        { QStringLiteral("OVO"), 20000 }, { QStringLiteral("DANA"), 100000 },
        { QStringLiteral("SHOPEEPAY"), 25000 } };
    QList<SaleRecord> paid;
    for (const auto &s : sales) {
        paid << pay(s.first, s.second);
        QCOMPARE(paid.last().status, SaleStatus::Success);
        QVERIFY(paid.last().balanceAfter);
    }
    const auto f = today();
    QVERIFY(f);
    QCOMPARE(f->totals.count, 4);
    QVERIFY(f->deposit.gaps.isEmpty());
    // The last reported balance is the sandbox's deposit, and the first one follows the start.
    QCOMPARE(f->deposit.last->rupiah(), m_sandbox.balance());
    QCOMPARE(f->deposit.first->rupiah(), 2000000 - paid.first().balanceUsed->rupiah());
    QCOMPARE(2000000 - f->totals.cost.rupiah(), m_sandbox.balance());
}

void tst_Reconciliation::depositChangedBetweenTwoSalesIsOneGap()
{
    const SaleRecord before = pay(QStringLiteral("GOPAY"), 50000);
    QCOMPARE(before.status, SaleStatus::Success);
    QVERIFY(m_sandbox.adjustDeposit(300000)); // the owner tops the deposit up at the bank
    const SaleRecord after = pay(QStringLiteral("OVO"), 20000);
    QCOMPARE(after.status, SaleStatus::Success);
    pay(QStringLiteral("DANA"), 10000);

    const auto f = today();
    QVERIFY(f);
    QCOMPARE(f->deposit.gaps.size(), 1);
    const DepositGap gap = f->deposit.gaps.first();
    QCOMPARE(gap.amount, Money::fromRupiah(300000));
    QCOMPARE(gap.fromReceipt, before.receiptNo);
    QCOMPARE(gap.toReceipt, after.receiptNo);
    QCOMPARE(f->deposit.last->rupiah(), m_sandbox.balance());

    // Marked as a deposit top-up: still listed, now explained.
    const GapMarkResult marked = DepositGapMarker(m_store.get(), SystemClock::instance())
                                     .markTopUp(gap.fromReceipt, gap.toReceipt, QStringLiteral("BCA 300rb"));
    QVERIFY2(marked.ok, qPrintable(marked.error));
    QVERIFY(today()->deposit.gaps.first().marked);
}

void tst_Reconciliation::chargeFromElsewhereIsANegativeGap()
{
    const SaleRecord before = pay(QStringLiteral("LINKAJA"), 20000);
    QVERIFY(m_sandbox.adjustDeposit(-51500)); // another counter on the same key sold a top-up
    const SaleRecord after = pay(QStringLiteral("GOPAY"), 10000);
    const auto f = today();
    QCOMPARE(f->deposit.gaps.size(), 2);
    const DepositGap gap = f->deposit.gaps.last();
    QCOMPARE(gap.amount, Money::fromRupiah(-51500));
    QCOMPARE(gap.fromReceipt, before.receiptNo);
    QCOMPARE(gap.toReceipt, after.receiptNo);
}

void tst_Reconciliation::depositEndpointRefusesBadInput()
{
    const qint64 before = m_sandbox.balance();
    QByteArray body;
    const SandboxProcess::Headers json { { "Content-Type", "application/json" } };
    QCOMPARE(
        m_sandbox.request("POST", QStringLiteral("/__sandbox/deposit"), json, "{\"delta\": 5000}", &body),
        400);
    QCOMPARE(
        m_sandbox.request("POST", QStringLiteral("/__sandbox/deposit"), json, "{\"delta\": \"5e3\"}", &body),
        400);
    QCOMPARE(m_sandbox.request("POST", QStringLiteral("/__sandbox/deposit"), json, "not json", &body), 400);
    QCOMPARE(m_sandbox.request("POST", QStringLiteral("/__sandbox/deposit"), json,
                 QByteArray("{\"delta\": \"-") + QByteArray::number(before + 1) + "\"}", &body),
        409); // never below zero
    QCOMPARE(m_sandbox.request("GET", QStringLiteral("/__sandbox/deposit"), {}, QByteArray(), &body), 405);
    QCOMPARE(m_sandbox.balance(), before); // nothing moved
    QVERIFY(m_sandbox.adjustDeposit(1000));
    QCOMPARE(m_sandbox.balance(), before + 1000);
    QCOMPARE(m_sandbox.ledger().value(QStringLiteral("adjusted_total")).toString(), QStringLiteral("249500"));
}

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_reconciliation.moc"
