#include "api/MerchantApiClient.h"

#include "SandboxProcess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Kasir::ApiCall;
using Kasir::ApiConfig;
using Kasir::ApiRequest;
using Kasir::ApiResult;
using Kasir::MerchantApiClient;
using Kasir::Money;
using Kasir::Outcome;

// The client against the real sandbox process over HTTP on 127.0.0.1.
class TestMerchantApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void documentedInquiry();
    void documentedPayment();
    void insufficientBalance();
    void wrongKeyIsRejected();
    void badRequestIsRejected();
    void unregisteredNumberFails();
    void faults_data();
    void faults();
    void plainHttpToRemoteHostIsRefused();
    void missingKeyIsRefusedLocally();
    void cancelledInquiry();

private:
    ApiResult run(ApiCall *call, int timeoutMs = 15000);
    ApiRequest request(const QString &reqId, qint64 amount = 50000) const;
    MerchantApiClient *client(int timeoutMs = 10000, const QString &key = {});

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    int m_counter = 0;
};

void TestMerchantApiClient::initTestCase()
{
    qRegisterMetaType<Kasir::ApiResult>();
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

void TestMerchantApiClient::init()
{
    QVERIFY(m_sandbox.reset(500000));
}

ApiResult TestMerchantApiClient::run(ApiCall *call, int timeoutMs)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(timeoutMs))
        return ApiResult {};
    return spy.first().first().value<ApiResult>();
}

ApiRequest TestMerchantApiClient::request(const QString &reqId, qint64 amount) const
{
    ApiRequest r;
    r.productId = QStringLiteral("GOPAY");
    r.custId = QStringLiteral("08123456789");
    r.amount = Money::fromRupiah(amount);
    r.reqId = reqId;
    return r;
}

MerchantApiClient *TestMerchantApiClient::client(int timeoutMs, const QString &key)
{
    ApiConfig config;
    config.baseUrl = m_sandbox.baseUrl();
    config.apiKey = key.isEmpty() ? m_sandbox.apiKey() : key;
    config.timeoutMs = timeoutMs;
    return new MerchantApiClient(&m_nam, config, this);
}

void TestMerchantApiClient::documentedInquiry()
{
    const ApiResult r = run(client()->inquiry(request(QString())));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.unitPrice, QStringLiteral("51500"));
    QCOMPARE(r.balanceUsed, QStringLiteral("0"));
    QCOMPARE(r.balance, QStringLiteral("500000"));
    QCOMPARE(r.message, QStringLiteral("INQUIRY GOPAY 50000 KE 08123456789 SUKSES"));
    QCOMPARE(r.serialNo, QString());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{19}$")).match(r.refId).hasMatch());
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestMerchantApiClient::documentedPayment()
{
    const QString reqId = QStringLiteral("TXN-20240501-010");
    const ApiResult r = run(client()->pay(request(reqId)));
    QCOMPARE(r.outcome, Outcome::Success);
    QCOMPARE(r.reqId, reqId);
    QCOMPARE(r.unitPrice, QStringLiteral("51500"));
    QCOMPARE(r.balanceUsed, QStringLiteral("51500"));
    QCOMPARE(r.balance, QStringLiteral("448500"));
    QCOMPARE(r.message, QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES"));
    QVERIFY(QRegularExpression(QStringLiteral("^GW[0-9]{9}$")).match(r.serialNo).hasMatch());
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
    QCOMPARE(m_sandbox.balance(), qint64(448500));

    // The same req_id again is a status check, not a second charge.
    const ApiResult again = run(client()->pay(request(reqId)));
    QCOMPARE(again.outcome, Outcome::Success);
    QCOMPARE(again.serialNo, r.serialNo);
    QCOMPARE(again.refId, r.refId);
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
    QCOMPARE(m_sandbox.receivedCount(reqId), 2);
    QCOMPARE(m_sandbox.balance(), qint64(448500));
}

void TestMerchantApiClient::insufficientBalance()
{
    QVERIFY(m_sandbox.reset(10000));
    const QString reqId = QStringLiteral("TXN-20240501-011");
    const ApiResult r = run(client()->pay(request(reqId)));
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.rc, QStringLiteral("008"));
    QCOMPARE(r.description, QStringLiteral("Insufficient Balance"));
    QCOMPARE(r.message, QStringLiteral("Saldo deposit tidak mencukupi"));
    QCOMPARE(r.balance, QStringLiteral("10000"));
    QCOMPARE(m_sandbox.chargedCount(reqId), 0);
    QCOMPARE(m_sandbox.balance(), qint64(10000));
}

void TestMerchantApiClient::wrongKeyIsRejected()
{
    const QString key = QStringLiteral("wrong-secret-key-4711");
    const ApiResult r = run(client(10000, key)->pay(request(QStringLiteral("KEY-1"))));
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.httpStatus, 401);
    QVERIFY(!r.error.contains(key));
    QVERIFY(!r.reason().contains(key));
    QCOMPARE(m_sandbox.chargedCount(QStringLiteral("KEY-1")), 0);
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestMerchantApiClient::badRequestIsRejected()
{
    const ApiResult r = run(client()->pay(request(QStringLiteral("BAD-1"), 500)));
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.reason().contains(QStringLiteral("amount")), qPrintable(r.reason()));
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestMerchantApiClient::unregisteredNumberFails()
{
    ApiRequest r = request(QString());
    r.custId = QStringLiteral("081200000000");
    const ApiResult result = run(client()->inquiry(r));
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY(!result.reason().isEmpty());
}

void TestMerchantApiClient::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("clientTimeoutMs");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("charged"); // by the sandbox, after the first call
    QTest::addColumn<Outcome>("recheck"); // the same req_id sent again with no fault

    auto fault = [](const char *kind, int count = 1) {
        return QJsonObject { { QStringLiteral("kind"), QLatin1String(kind) },
            { QStringLiteral("count"), count } };
    };
    QJsonObject delay = fault("delay");
    delay.insert(QStringLiteral("delay_ms"), 2500);
    QJsonObject pendingSuccess = fault("pending");
    pendingSuccess.insert(QStringLiteral("checks"), 2);
    pendingSuccess.insert(QStringLiteral("then"), QStringLiteral("SUCCESS"));
    QJsonObject pendingFailed = pendingSuccess;
    pendingFailed.insert(QStringLiteral("checks"), 1);
    pendingFailed.insert(QStringLiteral("then"), QStringLiteral("FAILED"));

    QTest::newRow("delay past timeout") << delay << 1000 << Outcome::Pending << 1 << Outcome::Success;
    // One POST per attempt (Qt 6.4's QNetworkAccessManager would send it again on a closed
    // connection): the first call ends unknown, the re-check with the same req_id settles it.
    QTest::newRow("drop before charge")
        << fault("drop_before") << 10000 << Outcome::Pending << 0 << Outcome::Success;
    QTest::newRow("drop after charge")
        << fault("drop_after") << 10000 << Outcome::Pending << 1 << Outcome::Success;
    QTest::newRow("500 before charge")
        << fault("error500_before") << 10000 << Outcome::Pending << 0 << Outcome::Success;
    QTest::newRow("500 after charge")
        << fault("error500_after") << 10000 << Outcome::Pending << 1 << Outcome::Success;
    QTest::newRow("malformed json") << fault("malformed_json") << 10000 << Outcome::Pending << 1
                                    << Outcome::Success;
    QTest::newRow("html 502") << fault("html502") << 10000 << Outcome::Pending << 0 << Outcome::Success;
    QTest::newRow("pending then success")
        << pendingSuccess << 10000 << Outcome::Pending << 1 << Outcome::Pending;
    QTest::newRow("pending then failed")
        << pendingFailed << 10000 << Outcome::Pending << 0 << Outcome::Failed;
}

void TestMerchantApiClient::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, clientTimeoutMs);
    QFETCH(Outcome, outcome);
    QFETCH(int, charged);
    QFETCH(Outcome, recheck);

    const QString reqId = QStringLiteral("FAULT-%1").arg(++m_counter);
    QVERIFY(m_sandbox.injectFault(fault));
    MerchantApiClient *api = client(clientTimeoutMs);
    const ApiResult first = run(api->pay(request(reqId)));
    QCOMPARE(Kasir::outcomeName(first.outcome), Kasir::outcomeName(outcome));
    if (first.outcome == Outcome::Pending)
        QVERIFY2(!first.reason().isEmpty(), "an unknown outcome must say why");
    if (fault.value(QStringLiteral("kind")).toString() == QLatin1String("delay"))
        QVERIFY(first.timedOut);
    QTRY_COMPARE(m_sandbox.chargedCount(reqId), charged);
    QCOMPARE(m_sandbox.receivedCount(reqId), 1); // never re-sent behind our back

    // Recovery re-sends the same req_id and body: never a second charge.
    const ApiResult second = run(api->pay(request(reqId)));
    QCOMPARE(Kasir::outcomeName(second.outcome), Kasir::outcomeName(recheck));
    if (recheck == Outcome::Pending) {
        const ApiResult third = run(api->pay(request(reqId)));
        QCOMPARE(third.outcome, Outcome::Success);
    }
    QVERIFY(m_sandbox.chargedCount(reqId) <= 1);
    const qint64 expectedBalance = 500000 - 51500 * m_sandbox.chargedCount(reqId);
    QCOMPARE(m_sandbox.balance(), expectedBalance);
}

void TestMerchantApiClient::plainHttpToRemoteHostIsRefused()
{
    ApiConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://api.example.com"));
    config.apiKey = QStringLiteral("secret-key");
    MerchantApiClient api(&m_nam, config);
    const ApiResult r = run(api.pay(request(QStringLiteral("HTTP-1"))));
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.error.contains(QStringLiteral("https://")), qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("secret-key")));

    QVERIFY(MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
    QVERIFY(MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("http://localhost:8080"))).isEmpty());
    QVERIFY(MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
    QVERIFY(MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("https://api.example.com"))).isEmpty());
    QVERIFY(!MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("http://192.168.1.10"))).isEmpty());
    QVERIFY(!MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))).isEmpty());
    QVERIFY(!MerchantApiClient::checkBaseUrl(QUrl(QStringLiteral("not a url"))).isEmpty());
}

void TestMerchantApiClient::missingKeyIsRefusedLocally()
{
    ApiConfig config;
    config.baseUrl = m_sandbox.baseUrl();
    MerchantApiClient api(&m_nam, config);
    const ApiResult r = run(api.pay(request(QStringLiteral("NOKEY-1"))));
    QCOMPARE(r.outcome, Outcome::Rejected);
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(m_sandbox.receivedCount(QStringLiteral("NOKEY-1")), 0);
}

void TestMerchantApiClient::cancelledInquiry()
{
    QJsonObject delay { { QStringLiteral("kind"), QStringLiteral("delay") },
        { QStringLiteral("delay_ms"), 3000 }, { QStringLiteral("endpoint"), QStringLiteral("inquiry") } };
    QVERIFY(m_sandbox.injectFault(delay));
    ApiCall *call = client()->inquiry(request(QString()));
    QSignalSpy spy(call, &ApiCall::finished);
    QTest::qWait(200);
    call->abort();
    QCOMPARE(spy.size(), 1);
    const ApiResult r = spy.first().first().value<ApiResult>();
    QCOMPARE(r.outcome, Outcome::Pending);
    QVERIFY(r.cancelled);
    QVERIFY(!r.timedOut);
}

QTEST_GUILESS_MAIN(TestMerchantApiClient)
#include "tst_merchantapiclient.moc"
