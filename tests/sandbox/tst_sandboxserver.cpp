// SandboxServer in-process (as the CLI's --demo and the window's demo mode use it), driven by
// QNetworkAccessManager: default options, catalogue replacement and Qt 6.4's re-send of a POST
// whose connection closed unanswered.
#include "SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using PpobSandbox::SandboxOptions;
using PpobSandbox::SandboxServer;

namespace {

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void defaultOptions();
    void qnamResendAfterDrop_data();
    void qnamResendAfterDrop();
    void customCatalogue();
    void invalidCatalogue_data();
    void invalidCatalogue();
    void faultSpec_data();
    void faultSpec();

private:
    Answer send(const QUrl &base, const QString &path, const QByteArray &verb, const QByteArray &body,
        const QByteArray &key);
    QNetworkAccessManager m_nam;
};

Answer TestSandboxServer::send(const QUrl &base, const QString &path, const QByteArray &verb,
    const QByteArray &body, const QByteArray &key)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("X-API-Key", key);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(15000))
        return answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestSandboxServer::defaultOptions()
{
    SandboxServer server(SandboxOptions {});
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.url().toString(), QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

    const QByteArray inquiry = R"({"product_id":"GOPAY","cust_id":"08123456789","amount":"50000"})";
    Answer a = send(server.url(), QStringLiteral("/api/v1/merchant/ppob/ewallet/inquiry"), "POST", inquiry,
        "sandbox-demo-key");
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    const QJsonObject data = a.body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("unit_price")).toString(), QStringLiteral("51500"));
    QCOMPARE(data.value(QStringLiteral("balance")).toString(), QStringLiteral("500000"));

    a = send(server.url(), QStringLiteral("/api/v1/merchant/ppob/ewallet/inquiry"), "POST", inquiry,
        "not-the-key");
    QCOMPARE(a.status, 401);
}

void TestSandboxServer::qnamResendAfterDrop_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("clientSucceeds");
    QTest::addColumn<int>("received");
    QTest::newRow("drop_after once: re-send gets the stored SUCCESS")
        << QStringLiteral("drop_after:1") << true << 2;
    QTest::newRow("drop_after twice: client sees an error") << QStringLiteral("drop_after:2") << false << 2;
}

void TestSandboxServer::qnamResendAfterDrop()
{
    QFETCH(QString, fault);
    QFETCH(bool, clientSucceeds);
    QFETCH(int, received);

    SandboxOptions options;
    options.apiKey = QStringLiteral("k");
    SandboxServer server(options);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QVERIFY(server.addFault(fault));

    const QByteArray pay
        = R"({"req_id":"Q-1","product_id":"GOPAY","cust_id":"08123456789","amount":"50000"})";
    const Answer a
        = send(server.url(), QStringLiteral("/api/v1/merchant/ppob/ewallet/transaction"), "POST", pay, "k");
    if (clientSucceeds) {
        QCOMPARE(a.error, QNetworkReply::NoError);
        QCOMPARE(a.body.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("SUCCESS"));
    } else {
        QVERIFY(a.error != QNetworkReply::NoError);
    }
    const Answer ledger = send(server.url(), QStringLiteral("/__sandbox/ledger"), "GET", {}, {});
    const QJsonObject entry
        = ledger.body.value(QStringLiteral("requests")).toObject().value(QStringLiteral("Q-1")).toObject();
    QCOMPARE(entry.value(QStringLiteral("received")).toInt(), received);
    QCOMPARE(entry.value(QStringLiteral("charged")).toInt(), 1);
    QCOMPARE(ledger.body.value(QStringLiteral("balance")).toString(), QStringLiteral("448500"));
}

void TestSandboxServer::customCatalogue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"products":[{"product_id":"TESTPAY","name":"Test Pay","fee":2500,
                  "serial_prefix":"TP","customer":"account","max_amount":"200000"}]})");
    file.close();

    SandboxServer server(SandboxOptions { QStringLiteral("k"), 1000000, path, QString() });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QString txPath = QStringLiteral("/api/v1/merchant/ppob/ewallet/transaction");
    Answer a = send(server.url(), txPath, "POST",
        R"({"req_id":"C-1","product_id":"TESTPAY","cust_id":"member.42","amount":"100000"})", "k");
    QCOMPARE(a.status, 200);
    const QJsonObject data = a.body.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("unit_price")).toString(), QStringLiteral("102500"));
    QCOMPARE(data.value(QStringLiteral("balance")).toString(), QStringLiteral("897500"));
    QVERIFY(data.value(QStringLiteral("serial_no")).toString().startsWith(QStringLiteral("TP")));
    QCOMPARE(data.value(QStringLiteral("serial_no")).toString().size(), 11);

    // The built-in products are gone; the per-product maximum applies.
    a = send(server.url(), txPath, "POST",
        R"({"req_id":"C-2","product_id":"GOPAY","cust_id":"08123456789","amount":"50000"})", "k");
    QCOMPARE(a.status, 400);
    a = send(server.url(), txPath, "POST",
        R"({"req_id":"C-3","product_id":"TESTPAY","cust_id":"member.42","amount":"200001"})", "k");
    QCOMPARE(a.status, 400);
    QVERIFY(a.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("amount")));
}

void TestSandboxServer::invalidCatalogue_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("no products") << QByteArray(R"({"products":[]})");
    QTest::newRow("fraction fee") << QByteArray(R"({"products":[{"product_id":"X","fee":1.5}]})");
    QTest::newRow("duplicate") << QByteArray(R"({"products":[{"product_id":"X"},{"product_id":"X"}]})");
    QTest::newRow("bad customer") << QByteArray(R"({"products":[{"product_id":"X","customer":"email"}]})");
}

void TestSandboxServer::invalidCatalogue()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    SandboxServer server(SandboxOptions { QStringLiteral("k"), 1000, path, QString() });
    QString error;
    QVERIFY(!server.listen(QHostAddress::LocalHost, 0, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestSandboxServer::faultSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("drop_after:2") << QStringLiteral("drop_after:2") << true;
    QTest::newRow("delay:5000") << QStringLiteral("delay:5000") << true;
    QTest::newRow("delay:5000:3@any") << QStringLiteral("delay:5000:3@any") << true;
    QTest::newRow("pending:3:SUCCESS") << QStringLiteral("pending:3:SUCCESS") << true;
    QTest::newRow("pending:1:FAILED:2") << QStringLiteral("pending:1:FAILED:2") << true;
    QTest::newRow("html502@inquiry") << QStringLiteral("html502@inquiry") << true;
    QTest::newRow("malformed_json") << QStringLiteral("malformed_json") << true;
    QTest::newRow("delay without ms") << QStringLiteral("delay") << false;
    QTest::newRow("count zero") << QStringLiteral("drop_before:0") << false;
    QTest::newRow("pending bad then") << QStringLiteral("pending:2:MAYBE") << false;
    QTest::newRow("unknown kind") << QStringLiteral("explode") << false;
    QTest::newRow("bad endpoint") << QStringLiteral("html502@ledger") << false;
    QTest::newRow("extra part") << QStringLiteral("error500_after:1:2") << false;
}

void TestSandboxServer::faultSpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    SandboxServer server(SandboxOptions {});
    QString error;
    QCOMPARE(server.addFault(spec, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
