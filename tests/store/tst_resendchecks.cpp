// Before a stored row is re-sent, the service checks it by a new sale's rules and the store
// checks its request digest; a row that fails is flagged and never reaches the server. Every
// send is claimed first: the attempt count equals the requests the server received, and a
// journal that cannot be written sends nothing.

#include "PendingSale.h"
#include "SandboxProcess.h"
#include "api/MerchantApiClient.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Kasir;

class tst_ResendChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_sandbox.reset(1000000));
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    }

    void damagedRowIsFlaggedAndNeverSent_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        // Rule failures (what a new sale would be refused for).
        QTest::newRow("req_id with a line break")
            << QStringLiteral("req_id") << QStringLiteral("KSR-A\nB") << QStringLiteral("req_id");
        QTest::newRow("req_id too long")
            << QStringLiteral("req_id") << QString(65, QLatin1Char('A')) << QStringLiteral("req_id");
        QTest::newRow("customer not a number")
            << QStringLiteral("cust_id") << QStringLiteral("08123x56789") << QStringLiteral("customer");
        QTest::newRow("amount below minimum")
            << QStringLiteral("amount") << QStringLiteral("5") << QStringLiteral("amount");
        QTest::newRow("product with a space")
            << QStringLiteral("product_id") << QStringLiteral("GO PAY") << QStringLiteral("product");
        // Passes the rules, fails the digest: a digit flipped.
        QTest::newRow("customer digit flipped")
            << QStringLiteral("cust_id") << QStringLiteral("08123456788") << QStringLiteral("digest");
        QTest::newRow("amount changed")
            << QStringLiteral("amount") << QStringLiteral("500000") << QStringLiteral("digest");
    }

    void damagedRowIsFlaggedAndNeverSent()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        ReceiptStore store(m_path);
        QVERIFY(store.open());
        SaleRecord good = pendingSale(QStringLiteral("KSR-GOOD-1"));
        SaleRecord bad = pendingSale(QStringLiteral("KSR-BAD-1"));
        QVERIFY(store.insertSale(&good, QStringLiteral("K01")));
        QVERIFY(store.insertSale(&bad, QStringLiteral("K01")));
        {
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            q.prepare(QStringLiteral("UPDATE sales SET %1 = ? WHERE id = ?").arg(column));
            q.addBindValue(value);
            q.addBindValue(bad.id);
            QVERIFY(q.exec());
        }
        const SaleRecord damaged = store.findById(bad.id).value();

        QNetworkAccessManager nam;
        ApiConfig config;
        config.baseUrl = m_sandbox.baseUrl();
        config.apiKey = m_sandbox.apiKey();
        config.timeoutMs = 3000;
        MerchantApiClient api(&nam, config);
        SaleServiceOptions options;
        options.autoRecovery = false;
        SaleService service(&store, &api, nullptr, options);
        QSignalSpy done(&service, &SaleService::recoveryFinished);
        service.recoverNow();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().at(0).toInt(), 1); // the damaged row stays unresolved

        // The good row went out once; the damaged one never reached the server.
        QCOMPARE(m_sandbox.receivedCount(good.reqId), 1);
        QCOMPARE(store.findById(good.id)->status, SaleStatus::Success);
        QCOMPARE(store.findById(good.id)->attempts, 1);
        QCOMPARE(m_sandbox.receivedCount(damaged.reqId), 0);
        QCOMPARE(m_sandbox.receivedCount(bad.reqId), 0);
        QCOMPARE(m_sandbox.ledger().value(QStringLiteral("requests")).toObject().size(), 1);
        const SaleRecord held = store.findById(bad.id).value();
        QVERIFY(held.flagged);
        QVERIFY2(held.flagReason.contains(reason), qPrintable(held.flagReason));
        QCOMPARE(held.status, SaleStatus::Pending);
        QCOMPARE(held.attempts, 0);

        // Asked again, it is still not sent.
        done.clear();
        service.recoverNow();
        QVERIFY(done.wait(15000));
        QCOMPARE(m_sandbox.ledger().value(QStringLiteral("requests")).toObject().size(), 1);
    }

    void attemptsEqualRequestsSent()
    {
        ReceiptStore store(m_path);
        QVERIFY(store.open());
        SaleRecord r = pendingSale(QStringLiteral("KSR-COUNT-1"));
        QVERIFY(store.insertSale(&r, QStringLiteral("K01")));
        QVERIFY(m_sandbox.injectFault(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("error500_before") }, { QStringLiteral("count"), 2 } }));
        QNetworkAccessManager nam;
        ApiConfig config;
        config.baseUrl = m_sandbox.baseUrl();
        config.apiKey = m_sandbox.apiKey();
        config.timeoutMs = 3000;
        MerchantApiClient api(&nam, config);
        SaleServiceOptions options;
        options.autoRecovery = false;
        SaleService service(&store, &api, nullptr, options);
        for (int i = 0; i < 3; ++i) {
            QSignalSpy done(&service, &SaleService::recoveryFinished);
            service.recoverNow();
            QVERIFY(done.wait(15000));
        }
        const SaleRecord after = store.findById(r.id).value();
        QCOMPARE(after.status, SaleStatus::Success);
        // Two answered 500 before processing, the third charged: three requests, three attempts.
        QCOMPARE(m_sandbox.receivedCount(r.reqId), 3);
        QCOMPARE(after.attempts, 3);
        QCOMPARE(m_sandbox.chargedCount(r.reqId), 1);
    }

    void journalThatCannotBeWrittenSendsNothing()
    {
        {
            ReceiptStore writer(m_path);
            QVERIFY(writer.open());
            SaleRecord r = pendingSale(QStringLiteral("KSR-RO-1"));
            QVERIFY(writer.insertSale(&r, QStringLiteral("K01")));
        }
        ReceiptStore store(m_path);
        JournalOpenOptions readOnly;
        readOnly.readOnly = true;
        QVERIFY(store.open(readOnly));
        QNetworkAccessManager nam;
        ApiConfig config;
        config.baseUrl = m_sandbox.baseUrl();
        config.apiKey = m_sandbox.apiKey();
        MerchantApiClient api(&nam, config);
        SaleServiceOptions options;
        options.autoRecovery = false;
        SaleService service(&store, &api, nullptr, options);
        QSignalSpy done(&service, &SaleService::recoveryFinished);
        service.recoverNow();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        QCOMPARE(service.inFlightCount(), 0);
        QCOMPARE(m_sandbox.ledger().value(QStringLiteral("requests")).toObject().size(), 0);
        QCOMPARE(store.findByReqId(QStringLiteral("KSR-RO-1"))->attempts, 0);
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_ResendChecks)
#include "tst_resendchecks.moc"
