// The window's demo mode after a restart: the in-process simulator keeps its ledger beside the
// demo journal (SandboxOptions::ledgerPath), so a demo sale left PENDING is answered after the
// restart from the same ledger (still pending, then resolved, charged once), not re-charged by
// a simulator that has never seen its req_id.

#include "SandboxServer.h"
#include "api/MerchantApiClient.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kasir;
using PpobSandbox::SandboxOptions;
using PpobSandbox::SandboxServer;

namespace {

constexpr int kTimeoutMs = 20000;

// One run of the demo: simulator, client and sale service over the same journal.
struct DemoRun
{
    DemoRun(ReceiptStore *store, const SandboxOptions &options)
        : server(options)
    {
        listening = server.listen(QHostAddress::LocalHost, 0, &error);
        ApiConfig config;
        config.baseUrl = server.url();
        config.apiKey = options.apiKey;
        config.timeoutMs = 10000;
        client = std::make_unique<MerchantApiClient>(&nam, config);
        SaleServiceOptions saleOptions;
        saleOptions.autoRecovery = false;
        sales = std::make_unique<SaleService>(store, client.get(), SystemClock::instance(), saleOptions);
    }

    bool recover()
    {
        QSignalSpy done(sales.get(), &SaleService::recoveryFinished);
        sales->recoverNow();
        return done.wait(kTimeoutMs);
    }

    SandboxServer server;
    QString error;
    bool listening = false;
    QNetworkAccessManager nam;
    std::unique_ptr<MerchantApiClient> client;
    std::unique_ptr<SaleService> sales;
};

QJsonObject ledgerEntry(const QString &ledgerPath, const QString &reqId, qint64 *balance)
{
    QFile f(ledgerPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    *balance = root.value(QStringLiteral("balance")).toString().toLongLong();
    for (const QJsonValue &v : root.value(QStringLiteral("entries")).toArray()) {
        if (v.toObject().value(QStringLiteral("req_id")).toString() == reqId)
            return v.toObject();
    }
    return {};
}

} // namespace

class DemoRestartTest : public QObject
{
    Q_OBJECT

private slots:
    void pendingDemoSaleResolvesAgainstTheSameLedger();
};

void DemoRestartTest::pendingDemoSaleResolvesAgainstTheSameLedger()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("kasir-demo.sqlite"));
    ReceiptStore store(journal, SystemClock::instance());
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    SandboxOptions options;
    options.apiKey = QStringLiteral("demo-key-for-this-test");
    options.ledgerPath = journal + QStringLiteral(".sandbox-ledger.json"); // as app/gui/main.cpp

    QString reqId;
    {
        DemoRun first(&store, options);
        QVERIFY2(first.listening, qPrintable(first.error));
        // The simulator answers this sale PENDING three times (the payment and two checks).
        QVERIFY(first.server.addFault(QStringLiteral("pending:3")));
        SaleDraft draft;
        draft.productId = QStringLiteral("GOPAY");
        draft.custId = QStringLiteral("08123456789");
        draft.amount = Money::fromRupiah(50000);
        QSignalSpy finished(first.sales.get(), &SaleService::saleFinished);
        const StartPaymentResult started = first.sales->startPayment(draft);
        QVERIFY2(started.ok, qPrintable(started.error));
        reqId = started.record.reqId;
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(store.findByReqId(reqId)->status, SaleStatus::Pending);
    } // the window closes: simulator gone

    qint64 balance = 0;
    const QJsonObject saved = ledgerEntry(options.ledgerPath, reqId, &balance);
    QCOMPARE(saved.value(QStringLiteral("charged")).toInt(), 1);
    QCOMPARE(balance, qint64(500000 - 51500));

    DemoRun second(&store, options);
    QVERIFY2(second.listening, qPrintable(second.error));
    // A simulator that had never seen the req_id would answer SUCCESS at once (a second charge);
    // this one remembers the sale and its two pending checks.
    QVERIFY(second.recover());
    QCOMPARE(store.findByReqId(reqId)->status, SaleStatus::Pending);
    QVERIFY(second.recover());
    QCOMPARE(store.findByReqId(reqId)->status, SaleStatus::Pending);
    QVERIFY(second.recover());
    const std::optional<SaleRecord> row = store.findByReqId(reqId);
    QCOMPARE(row->status, SaleStatus::Success);
    QVERIFY(!row->serialNo.isEmpty());

    const QJsonObject after = ledgerEntry(options.ledgerPath, reqId, &balance);
    QCOMPARE(after.value(QStringLiteral("received")).toInt(), 4);
    QCOMPARE(after.value(QStringLiteral("charged")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("serial_no")).toString(), row->serialNo);
    QCOMPARE(balance, qint64(500000 - 51500));
}

QTEST_GUILESS_MAIN(DemoRestartTest)
#include "tst_demo_restart.moc"
