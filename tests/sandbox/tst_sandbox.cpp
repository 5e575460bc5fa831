// The ppob-sandbox executable over raw HTTP: conformance with the merchant documentation,
// validation, idempotency, the ledger and every fault kind.
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

const QString kInquiry = QStringLiteral("/api/v1/merchant/ppob/ewallet/inquiry");
const QString kTransaction = QStringLiteral("/api/v1/merchant/ppob/ewallet/transaction");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject payment(const QString &reqId, const QString &product = QStringLiteral("GOPAY"),
    const QString &cust = QStringLiteral("08123456789"), const QString &amount = QStringLiteral("50000"))
{
    return QJsonObject { { QStringLiteral("req_id"), reqId }, { QStringLiteral("product_id"), product },
        { QStringLiteral("cust_id"), cust }, { QStringLiteral("amount"), amount } };
}

QJsonObject docInquiry()
{
    return QJsonObject { { QStringLiteral("product_id"), QStringLiteral("GOPAY") },
        { QStringLiteral("cust_id"), QStringLiteral("08123456789") },
        { QStringLiteral("amount"), QStringLiteral("50000") } };
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QString dataString(const QJsonObject &reply, const char *field)
{
    return reply.value(QStringLiteral("data")).toObject().value(QLatin1String(field)).toString();
}

qint64 ledgerMoney(const QJsonObject &ledger, const char *field)
{
    bool ok = false;
    const qint64 v = ledger.value(QLatin1String(field)).toString().toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listeningLine();
    void conformance_data();
    void conformance();
    void productCatalogue_data();
    void productCatalogue();
    void unauthorized_data();
    void unauthorized();
    void badRequest_data();
    void badRequest();
    void routing_data();
    void routing();
    void idempotentRetry();
    void conflictingBody_data();
    void conflictingBody();
    void insufficientBalance();
    void customerNotRegistered_data();
    void customerNotRegistered();
    void faults_data();
    void faults();
    void pending_data();
    void pending();
    void faultQueueIsFifoWithCounts();
    void faultEndpointTargeting();
    void clearFaults();
    void badFaultRequest_data();
    void badFaultRequest();
    void ledgerConservation();
    void rawHttp_data();
    void rawHttp();
    void commandLineFault_data();
    void commandLineFault();
    void commandLineRejected_data();
    void commandLineRejected();
    void randomFaultRate();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandbox::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestSandbox::init()
{
    QVERIFY(m_sandbox->reset(500000));
}

void TestSandbox::listeningLine()
{
    static const QRegularExpression re(QStringLiteral("^listening on http://127\\.0\\.0\\.1:([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(m_sandbox->listeningLine());
    QVERIFY2(m.hasMatch(), qPrintable(m_sandbox->listeningLine()));
    const int port = m.captured(1).toInt();
    QVERIFY(port > 0 && port < 65536);
    QCOMPARE(m_sandbox->baseUrl().port(), port);
}

void TestSandbox::conformance_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QJsonObject>("expected"); // documented response; ref_id/serial_no by format
    QTest::addColumn<QString>("serialPattern");

    const QJsonObject inquiryData {
        { QStringLiteral("req_id"), QString() },
        { QStringLiteral("ref_id"), QStringLiteral("1777946295495371000") },
        { QStringLiteral("product_id"), QStringLiteral("GOPAY") },
        { QStringLiteral("cust_id"), QStringLiteral("08123456789") },
        { QStringLiteral("status"), QStringLiteral("SUCCESS") },
        { QStringLiteral("rc"), QStringLiteral("000") },
        { QStringLiteral("description"), QStringLiteral("Transaksi Sukses") },
        { QStringLiteral("message"), QStringLiteral("INQUIRY GOPAY 50000 KE 08123456789 SUKSES") },
        { QStringLiteral("amount"), QStringLiteral("50000") },
        { QStringLiteral("unit_price"), QStringLiteral("51500") },
        { QStringLiteral("balance_used"), QStringLiteral("0") },
        { QStringLiteral("balance"), QStringLiteral("500000") },
        { QStringLiteral("serial_no"), QString() },
        { QStringLiteral("data"), QJsonObject() },
    };
    QTest::newRow("inquiry example") << kInquiry << docInquiry()
                                     << QJsonObject { { QStringLiteral("success"), true },
                                            { QStringLiteral("message"),
                                                QStringLiteral("E-wallet inquiry completed successfully") },
                                            { QStringLiteral("rc"), QStringLiteral("000") },
                                            { QStringLiteral("data"), inquiryData } }
                                     << QStringLiteral("^$");

    QJsonObject payData = inquiryData;
    payData[QStringLiteral("req_id")] = QStringLiteral("TXN-20240501-010");
    payData[QStringLiteral("message")] = QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES");
    payData[QStringLiteral("balance_used")] = QStringLiteral("51500");
    payData[QStringLiteral("balance")] = QStringLiteral("448500");
    payData[QStringLiteral("serial_no")] = QStringLiteral("GW123456789");
    QTest::newRow("payment example") << kTransaction << payment(QStringLiteral("TXN-20240501-010"))
                                     << QJsonObject { { QStringLiteral("success"), true },
                                            { QStringLiteral("message"),
                                                QStringLiteral("E-wallet payment created successfully") },
                                            { QStringLiteral("rc"), QStringLiteral("000") },
                                            { QStringLiteral("data"), payData } }
                                     << QStringLiteral("^GW[0-9]{9}$");

    QJsonObject inquiryWithReqId = docInquiry();
    inquiryWithReqId[QStringLiteral("req_id")] = QStringLiteral("TRACE-1");
    QJsonObject tracedData = inquiryData;
    tracedData[QStringLiteral("req_id")] = QStringLiteral("TRACE-1");
    QTest::newRow("inquiry echoes req_id")
        << kInquiry << inquiryWithReqId
        << QJsonObject { { QStringLiteral("success"), true },
               { QStringLiteral("message"), QStringLiteral("E-wallet inquiry completed successfully") },
               { QStringLiteral("rc"), QStringLiteral("000") }, { QStringLiteral("data"), tracedData } }
        << QStringLiteral("^$");
}

void TestSandbox::conformance()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, request);
    QFETCH(QJsonObject, expected);
    QFETCH(QString, serialPattern);

    QByteArray body;
    QCOMPARE(m_sandbox->post(path, json(request), &body), 200);
    const QJsonObject reply = parse(body);
    QCOMPARE(sortedKeys(reply), sortedKeys(expected));
    const QJsonObject data = reply.value(QStringLiteral("data")).toObject();
    const QJsonObject expectedData = expected.value(QStringLiteral("data")).toObject();
    QCOMPARE(sortedKeys(data), sortedKeys(expectedData));

    QCOMPARE(reply.value(QStringLiteral("success")), expected.value(QStringLiteral("success")));
    QCOMPARE(reply.value(QStringLiteral("message")).toString(),
        expected.value(QStringLiteral("message")).toString());
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), expected.value(QStringLiteral("rc")).toString());
    for (const QString &key : expectedData.keys()) {
        const QJsonValue actual = data.value(key);
        if (key == QLatin1String("ref_id")) {
            QVERIFY2(actual.isString(), "ref_id must be a string");
            QVERIFY2(
                QRegularExpression(QStringLiteral("^[1-9][0-9]{18}$")).match(actual.toString()).hasMatch(),
                qPrintable(actual.toString()));
        } else if (key == QLatin1String("serial_no")) {
            QVERIFY2(QRegularExpression(serialPattern).match(actual.toString()).hasMatch(),
                qPrintable(actual.toString()));
        } else if (key == QLatin1String("data")) {
            QVERIFY(actual.isObject());
            QVERIFY(actual.toObject().isEmpty());
        } else {
            QVERIFY2(actual.isString(), qPrintable(key));
            QCOMPARE(actual.toString(), expectedData.value(key).toString());
        }
    }
    // The deposit moved exactly by balance_used.
    QCOMPARE(
        m_sandbox->balance(), 500000 - data.value(QStringLiteral("balance_used")).toString().toLongLong());
}

void TestSandbox::productCatalogue_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<QString>("serialPrefix");
    QTest::newRow("GOPAY") << QStringLiteral("GOPAY") << QStringLiteral("21500") << QStringLiteral("GW");
    QTest::newRow("OVO") << QStringLiteral("OVO") << QStringLiteral("21500") << QStringLiteral("OV");
    QTest::newRow("DANA") << QStringLiteral("DANA") << QStringLiteral("21000") << QStringLiteral("DN");
    QTest::newRow("SHOPEEPAY") << QStringLiteral("SHOPEEPAY") << QStringLiteral("21500")
                               << QStringLiteral("SP");
    QTest::newRow("LINKAJA") << QStringLiteral("LINKAJA") << QStringLiteral("21000") << QStringLiteral("LA");
}

void TestSandbox::productCatalogue()
{
    QFETCH(QString, product);
    QFETCH(QString, unitPrice);
    QFETCH(QString, serialPrefix);

    QByteArray body;
    QCOMPARE(m_sandbox->post(kTransaction,
                 json(payment(QStringLiteral("CAT-") + product, product, QStringLiteral("081298765432"),
                     QStringLiteral("20000"))),
                 &body),
        200);
    const QJsonObject reply = parse(body);
    QCOMPARE(dataString(reply, "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(dataString(reply, "unit_price"), unitPrice);
    QCOMPARE(dataString(reply, "balance_used"), unitPrice);
    QCOMPARE(dataString(reply, "balance"), QString::number(500000 - unitPrice.toLongLong()));
    QCOMPARE(
        dataString(reply, "message"), QStringLiteral("TOPUP %1 20000 KE 081298765432 SUKSES").arg(product));
    QVERIFY2(QRegularExpression(QStringLiteral("^%1[0-9]{9}$").arg(serialPrefix))
                 .match(dataString(reply, "serial_no"))
                 .hasMatch(),
        qPrintable(dataString(reply, "serial_no")));
}

void TestSandbox::unauthorized_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("sendKey");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("inquiry, no key") << kInquiry << false << QByteArray();
    QTest::newRow("inquiry, wrong key") << kInquiry << true << QByteArray("sandbox-demo-key");
    QTest::newRow("payment, no key") << kTransaction << false << QByteArray();
    QTest::newRow("payment, wrong key") << kTransaction << true << QByteArray("test-key-012345678");
    QTest::newRow("payment, key with suffix") << kTransaction << true << QByteArray("test-key-0123456789x");
}

void TestSandbox::unauthorized()
{
    QFETCH(QString, path);
    QFETCH(bool, sendKey);
    QFETCH(QByteArray, key);

    const QByteArray request
        = path == kInquiry ? json(docInquiry()) : json(payment(QStringLiteral("AUTH-1")));
    QByteArray body;
    const int status = sendKey ? m_sandbox->post(path, request, &body, key)
                               : m_sandbox->postWithoutApiKey(path, request, &body);
    QCOMPARE(status, 401);
    const QJsonObject reply = parse(body);
    QCOMPARE(reply.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), QStringLiteral("401"));
    QCOMPARE(reply.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid API key"));
    QVERIFY(!body.contains(SandboxProcess::defaultApiKey().toUtf8()));
    QCOMPARE(m_sandbox->balance(), qint64(500000));
    QCOMPARE(m_sandbox->receivedCount(QStringLiteral("AUTH-1")), 0);
}

void TestSandbox::badRequest_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("messagePart");

    auto without = [](QJsonObject o, const char *key) {
        o.remove(QLatin1String(key));
        return json(o);
    };
    auto with = [](QJsonObject o, const char *key, const QJsonValue &v) {
        o[QLatin1String(key)] = v;
        return json(o);
    };
    const QJsonObject pay = payment(QStringLiteral("BAD-1"));
    QTest::newRow("missing req_id on payment")
        << kTransaction << without(pay, "req_id") << QStringLiteral("req_id is required");
    QTest::newRow("empty req_id on payment")
        << kTransaction << with(pay, "req_id", QString()) << QStringLiteral("req_id is required");
    QTest::newRow("missing product_id")
        << kTransaction << without(pay, "product_id") << QStringLiteral("product_id is required");
    QTest::newRow("missing cust_id") << kInquiry << without(docInquiry(), "cust_id")
                                     << QStringLiteral("cust_id is required");
    QTest::newRow("missing amount") << kInquiry << without(docInquiry(), "amount")
                                    << QStringLiteral("amount is required");
    QTest::newRow("amount as number")
        << kTransaction << with(pay, "amount", 50000) << QStringLiteral("amount must be a string");
    QTest::newRow("req_id as number")
        << kTransaction << with(pay, "req_id", 12) << QStringLiteral("req_id must be a string");
    QTest::newRow("amount not digits") << kTransaction << with(pay, "amount", QStringLiteral("50.000"))
                                       << QStringLiteral("amount must be digits only");
    QTest::newRow("amount negative") << kInquiry << with(docInquiry(), "amount", QStringLiteral("-5"))
                                     << QStringLiteral("amount must be digits only");
    QTest::newRow("amount exponent") << kInquiry << with(docInquiry(), "amount", QStringLiteral("1e3"))
                                     << QStringLiteral("amount must be digits only");
    QTest::newRow("amount below 1000") << kTransaction << with(pay, "amount", QStringLiteral("999"))
                                       << QStringLiteral("amount must be at least 1000");
    QTest::newRow("amount above maximum") << kTransaction << with(pay, "amount", QStringLiteral("10000001"))
                                          << QStringLiteral("amount must be at most 10000000");
    QTest::newRow("unknown product") << kTransaction << with(pay, "product_id", QStringLiteral("GOPAYX"))
                                     << QStringLiteral("product_id GOPAYX");
    QTest::newRow("phone too short") << kInquiry << with(docInquiry(), "cust_id", QStringLiteral("0812345"))
                                     << QStringLiteral("cust_id must be a mobile number");
    QTest::newRow("phone not 08") << kTransaction << with(pay, "cust_id", QStringLiteral("628123456789"))
                                  << QStringLiteral("cust_id must be a mobile number");
    QTest::newRow("body not JSON") << kTransaction << QByteArray("product_id=GOPAY")
                                   << QStringLiteral("body must be a JSON object");
    QTest::newRow("body is an array")
        << kInquiry << QByteArray("[]") << QStringLiteral("body must be a JSON object");
    QTest::newRow("empty body") << kTransaction << QByteArray()
                                << QStringLiteral("body must be a JSON object");
}

void TestSandbox::badRequest()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, request);
    QFETCH(QString, messagePart);

    QByteArray body;
    QCOMPARE(m_sandbox->post(path, request, &body), 400);
    const QJsonObject reply = parse(body);
    QCOMPARE(reply.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), QStringLiteral("400"));
    QVERIFY2(reply.value(QStringLiteral("message")).toString().contains(messagePart),
        qPrintable(reply.value(QStringLiteral("message")).toString()));
    const QJsonObject ledger = m_sandbox->ledger();
    QCOMPARE(ledgerMoney(ledger, "balance"), qint64(500000));
    QCOMPARE(ledgerMoney(ledger, "charged_total"), qint64(0));
    QVERIFY(ledger.value(QStringLiteral("requests")).toObject().isEmpty());
}

void TestSandbox::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("GET inquiry") << QByteArray("GET") << kInquiry << 405;
    QTest::newRow("PUT transaction") << QByteArray("PUT") << kTransaction << 405;
    QTest::newRow("unknown API path")
        << QByteArray("POST") << QStringLiteral("/api/v1/merchant/ppob/ewallet/status") << 404;
    QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << 404;
    QTest::newRow("trailing slash") << QByteArray("POST") << kTransaction + QLatin1Char('/') << 404;
    QTest::newRow("unknown admin path") << QByteArray("GET") << QStringLiteral("/__sandbox/secrets") << 404;
    QTest::newRow("POST ledger") << QByteArray("POST") << QStringLiteral("/__sandbox/ledger") << 405;
    QTest::newRow("GET reset") << QByteArray("GET") << QStringLiteral("/__sandbox/reset") << 405;
}

void TestSandbox::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);

    QByteArray body;
    const SandboxProcess::Headers headers { { "X-API-Key", SandboxProcess::defaultApiKey().toUtf8() } };
    QCOMPARE(m_sandbox->request(method, path, headers, json(docInquiry()), &body), status);
    const QJsonObject reply = parse(body);
    QCOMPARE(reply.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), QString::number(status));
}

void TestSandbox::idempotentRetry()
{
    const QString reqId = QStringLiteral("IDEM-1");
    QByteArray first;
    QByteArray second;
    QByteArray third;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &first), 200);
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &second), 200);
    QCOMPARE(second, first);
    // The same fields written differently are the same request.
    const QByteArray reordered = "{ \"amount\": \"50000\", \"cust_id\": \"08123456789\",\n"
                                 "  \"product_id\": \"GOPAY\", \"req_id\": \"IDEM-1\" }";
    QCOMPARE(m_sandbox->post(kTransaction, reordered, &third), 200);
    QCOMPARE(third, first);

    QCOMPARE(dataString(parse(first), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox->receivedCount(reqId), 3);
    QCOMPARE(m_sandbox->chargedCount(reqId), 1);
    QCOMPARE(m_sandbox->balance(), qint64(448500));
    const QJsonObject entry
        = m_sandbox->ledger().value(QStringLiteral("requests")).toObject().value(reqId).toObject();
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(entry.value(QStringLiteral("amount")).toString(), QStringLiteral("50000"));
    QCOMPARE(entry.value(QStringLiteral("unit_price")).toString(), QStringLiteral("51500"));
}

void TestSandbox::conflictingBody_data()
{
    QTest::addColumn<QJsonObject>("second");
    QTest::newRow("other amount") << payment(QStringLiteral("DUP-1"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("60000"));
    QTest::newRow("other number") << payment(
        QStringLiteral("DUP-1"), QStringLiteral("GOPAY"), QStringLiteral("08123456788"));
    QTest::newRow("other product") << payment(QStringLiteral("DUP-1"), QStringLiteral("OVO"));
}

void TestSandbox::conflictingBody()
{
    QFETCH(QJsonObject, second);
    QByteArray body;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("DUP-1"))), &body), 200);
    QCOMPARE(m_sandbox->post(kTransaction, json(second), &body), 409);
    const QJsonObject reply = parse(body);
    QCOMPARE(reply.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), QStringLiteral("409"));
    QVERIFY(reply.value(QStringLiteral("message")).toString().contains(QStringLiteral("DUP-1")));
    QCOMPARE(m_sandbox->chargedCount(QStringLiteral("DUP-1")), 1);
    QCOMPARE(m_sandbox->receivedCount(QStringLiteral("DUP-1")), 2);
    QCOMPARE(m_sandbox->balance(), qint64(448500));
}

void TestSandbox::insufficientBalance()
{
    QVERIFY(m_sandbox->reset(10000));
    const QString reqId = QStringLiteral("TXN-20240501-011");
    QByteArray body;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &body), 200);
    const QJsonObject expected {
        { QStringLiteral("success"), true },
        { QStringLiteral("message"), QStringLiteral("Transaction failed") },
        { QStringLiteral("rc"), QStringLiteral("008") },
        { QStringLiteral("data"),
            QJsonObject { { QStringLiteral("req_id"), reqId },
                { QStringLiteral("status"), QStringLiteral("FAILED") },
                { QStringLiteral("rc"), QStringLiteral("008") },
                { QStringLiteral("description"), QStringLiteral("Insufficient Balance") },
                { QStringLiteral("message"), QStringLiteral("Saldo deposit tidak mencukupi") },
                { QStringLiteral("balance"), QStringLiteral("10000") },
                { QStringLiteral("data"), QJsonObject() } } },
    };
    QCOMPARE(parse(body), expected);
    QCOMPARE(m_sandbox->balance(), qint64(10000));

    // The FAILED answer is stored for its req_id as well.
    QByteArray again;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &again), 200);
    QCOMPARE(again, body);
    QCOMPARE(m_sandbox->receivedCount(reqId), 2);
    QCOMPARE(m_sandbox->chargedCount(reqId), 0);

    // Exactly the deposit still goes through.
    QCOMPARE(m_sandbox->post(kTransaction,
                 json(payment(QStringLiteral("EXACT"), QStringLiteral("DANA"), QStringLiteral("08123456789"),
                     QStringLiteral("9000"))),
                 &body),
        200);
    QCOMPARE(dataString(parse(body), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(dataString(parse(body), "balance"), QStringLiteral("0"));
    QCOMPARE(m_sandbox->balance(), qint64(0));
}

void TestSandbox::customerNotRegistered_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("topMessage");
    QTest::newRow("inquiry") << kInquiry << QStringLiteral("E-wallet inquiry failed");
    QTest::newRow("payment") << kTransaction << QStringLiteral("Transaction failed");
}

void TestSandbox::customerNotRegistered()
{
    QFETCH(QString, path);
    QFETCH(QString, topMessage);
    QByteArray body;
    QCOMPARE(
        m_sandbox->post(path,
            json(payment(QStringLiteral("NOREG-1"), QStringLiteral("GOPAY"), QStringLiteral("08123450000"))),
            &body),
        200);
    const QJsonObject reply = parse(body);
    QCOMPARE(reply.value(QStringLiteral("message")).toString(), topMessage);
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), QStringLiteral("014"));
    QCOMPARE(dataString(reply, "status"), QStringLiteral("FAILED"));
    QCOMPARE(dataString(reply, "rc"), QStringLiteral("014"));
    QCOMPARE(dataString(reply, "description"), QStringLiteral("Nomor Tidak Terdaftar"));
    QCOMPARE(dataString(reply, "message"), QStringLiteral("Nomor 08123450000 tidak terdaftar di GOPAY"));
    QCOMPARE(dataString(reply, "cust_id"), QStringLiteral("08123450000"));
    QCOMPARE(dataString(reply, "balance_used"), QStringLiteral("0"));
    QCOMPARE(dataString(reply, "serial_no"), QString());
    QCOMPARE(m_sandbox->balance(), qint64(500000));
}

void TestSandbox::faults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status"); // 0: connection closed without a byte
    QTest::addColumn<QString>("bodyKind"); // none, error-json, html, malformed, success
    QTest::addColumn<int>("chargedAfterFirst");
    QTest::addColumn<int>("minElapsedMs");

    QTest::newRow("drop_before") << QStringLiteral("drop_before") << 0 << QStringLiteral("none") << 0 << 0;
    QTest::newRow("drop_after") << QStringLiteral("drop_after") << 0 << QStringLiteral("none") << 1 << 0;
    QTest::newRow("error500_before") << QStringLiteral("error500_before") << 500
                                     << QStringLiteral("error-json") << 0 << 0;
    QTest::newRow("error500_after") << QStringLiteral("error500_after") << 500 << QStringLiteral("error-json")
                                    << 1 << 0;
    QTest::newRow("malformed_json") << QStringLiteral("malformed_json") << 200 << QStringLiteral("malformed")
                                    << 1 << 0;
    QTest::newRow("html502") << QStringLiteral("html502") << 502 << QStringLiteral("html") << 0 << 0;
    QTest::newRow("delay") << QStringLiteral("delay") << 200 << QStringLiteral("success") << 1 << 1200;
}

void TestSandbox::faults()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, bodyKind);
    QFETCH(int, chargedAfterFirst);
    QFETCH(int, minElapsedMs);

    QJsonObject fault { { QStringLiteral("kind"), kind } };
    if (kind == QLatin1String("delay"))
        fault[QStringLiteral("delay_ms")] = 1200;
    QVERIFY(m_sandbox->injectFault(fault));
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 1);

    const QString reqId = QStringLiteral("FAULT-") + kind;
    QByteArray body;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &body), status);
    QVERIFY2(timer.elapsed() >= minElapsedMs, qPrintable(QString::number(timer.elapsed())));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (bodyKind == QLatin1String("none")) {
        QVERIFY(body.isEmpty());
    } else if (bodyKind == QLatin1String("error-json")) {
        QCOMPARE(doc.object().value(QStringLiteral("success")), QJsonValue(false));
        QCOMPARE(doc.object().value(QStringLiteral("rc")).toString(), QString::number(status));
    } else if (bodyKind == QLatin1String("html")) {
        QVERIFY(doc.isNull());
        QVERIFY(body.contains("<html>"));
        QVERIFY(body.contains("502 Bad Gateway"));
    } else if (bodyKind == QLatin1String("malformed")) {
        QVERIFY(!body.isEmpty());
        QVERIFY(parseError.error != QJsonParseError::NoError);
    } else {
        QCOMPARE(dataString(doc.object(), "status"), QStringLiteral("SUCCESS"));
    }
    QCOMPARE(m_sandbox->receivedCount(reqId), 1);
    QCOMPARE(m_sandbox->chargedCount(reqId), chargedAfterFirst);
    QCOMPARE(m_sandbox->balance(), 500000 - 51500 * chargedAfterFirst);
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 0);

    // The client re-sends the same req_id: the outcome is SUCCESS, charged exactly once.
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &body), 200);
    QCOMPARE(dataString(parse(body), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(dataString(parse(body), "balance"), QStringLiteral("448500"));
    QCOMPARE(m_sandbox->receivedCount(reqId), 2);
    QCOMPARE(m_sandbox->chargedCount(reqId), 1);
    QCOMPARE(m_sandbox->balance(), qint64(448500));
}

void TestSandbox::pending_data()
{
    QTest::addColumn<int>("checks");
    QTest::addColumn<QString>("then");
    QTest::addColumn<QString>("finalRc");
    QTest::addColumn<QString>("finalDescription");
    QTest::addColumn<qint64>("finalBalance");

    QTest::newRow("1 check then SUCCESS") << 1 << QStringLiteral("SUCCESS") << QStringLiteral("000")
                                          << QStringLiteral("Transaksi Sukses") << qint64(448500);
    QTest::newRow("3 checks then SUCCESS") << 3 << QStringLiteral("SUCCESS") << QStringLiteral("000")
                                           << QStringLiteral("Transaksi Sukses") << qint64(448500);
    QTest::newRow("2 checks then FAILED") << 2 << QStringLiteral("FAILED") << QStringLiteral("006")
                                          << QStringLiteral("Transaksi Gagal") << qint64(500000);
}

void TestSandbox::pending()
{
    QFETCH(int, checks);
    QFETCH(QString, then);
    QFETCH(QString, finalRc);
    QFETCH(QString, finalDescription);
    QFETCH(qint64, finalBalance);

    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("pending") },
        { QStringLiteral("checks"), checks }, { QStringLiteral("then"), then } }));
    const QString reqId = QStringLiteral("PEND-%1-%2").arg(checks).arg(then);
    QString refId;
    for (int i = 0; i < checks; ++i) {
        QByteArray body;
        QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &body), 200);
        const QJsonObject reply = parse(body);
        QCOMPARE(reply.value(QStringLiteral("rc")).toString(), QStringLiteral("068"));
        QCOMPARE(dataString(reply, "status"), QStringLiteral("PENDING"));
        QCOMPARE(dataString(reply, "rc"), QStringLiteral("068"));
        QCOMPARE(dataString(reply, "description"), QStringLiteral("Transaksi Sedang Diproses"));
        QCOMPARE(dataString(reply, "serial_no"), QString());
        QCOMPARE(dataString(reply, "req_id"), reqId);
        if (refId.isEmpty())
            refId = dataString(reply, "ref_id");
        QCOMPARE(dataString(reply, "ref_id"), refId);
        // then=SUCCESS charges at first receipt; then=FAILED never does.
        QCOMPARE(m_sandbox->balance(), finalBalance);
        QCOMPARE(m_sandbox->ledger()
                     .value(QStringLiteral("requests"))
                     .toObject()
                     .value(reqId)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("PENDING"));
    }
    QByteArray finalBody;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &finalBody), 200);
    const QJsonObject reply = parse(finalBody);
    QCOMPARE(dataString(reply, "status"), then);
    QCOMPARE(reply.value(QStringLiteral("rc")).toString(), finalRc);
    QCOMPARE(dataString(reply, "rc"), finalRc);
    QCOMPARE(dataString(reply, "description"), finalDescription);
    QCOMPARE(dataString(reply, "ref_id"), refId);
    QCOMPARE(dataString(reply, "balance"), QString::number(finalBalance));
    if (then == QLatin1String("SUCCESS"))
        QVERIFY(QRegularExpression(QStringLiteral("^GW[0-9]{9}$"))
                    .match(dataString(reply, "serial_no"))
                    .hasMatch());
    else
        QCOMPARE(dataString(reply, "serial_no"), QString());

    QByteArray again;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(reqId)), &again), 200);
    QCOMPARE(again, finalBody);
    QCOMPARE(m_sandbox->receivedCount(reqId), checks + 2);
    QCOMPARE(m_sandbox->chargedCount(reqId), then == QLatin1String("SUCCESS") ? 1 : 0);
    QCOMPARE(m_sandbox->balance(), finalBalance);
}

void TestSandbox::faultQueueIsFifoWithCounts()
{
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_after") }, { QStringLiteral("count"), 2 } }));
    QVERIFY(m_sandbox->injectFault(
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("error500_before") } }));
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 3);

    const QByteArray request = json(payment(QStringLiteral("FIFO-1")));
    QByteArray body;
    QCOMPARE(m_sandbox->post(kTransaction, request, &body), 0); // charged, dropped
    QCOMPARE(m_sandbox->post(kTransaction, request, &body), 0); // stored reply, dropped again
    QCOMPARE(m_sandbox->post(kTransaction, request, &body), 500); // error500_before
    QCOMPARE(m_sandbox->post(kTransaction, request, &body), 200); // queue empty: stored reply
    QCOMPARE(dataString(parse(body), "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox->receivedCount(QStringLiteral("FIFO-1")), 4);
    QCOMPARE(m_sandbox->chargedCount(QStringLiteral("FIFO-1")), 1);
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 0);
}

void TestSandbox::faultEndpointTargeting()
{
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("html502") },
        { QStringLiteral("endpoint"), QStringLiteral("inquiry") } }));
    QByteArray body;
    // The head fault is for inquiries: payments pass untouched and do not consume it.
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("EP-1"))), &body), 200);
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 1);
    QCOMPARE(m_sandbox->post(kInquiry, json(docInquiry()), &body), 502);
    QCOMPARE(m_sandbox->post(kInquiry, json(docInquiry()), &body), 200);

    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop_before") },
        { QStringLiteral("endpoint"), QStringLiteral("any") }, { QStringLiteral("count"), 2 } }));
    QCOMPARE(m_sandbox->post(kInquiry, json(docInquiry()), &body), 0);
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("EP-2"))), &body), 0);
    QCOMPARE(m_sandbox->chargedCount(QStringLiteral("EP-2")), 0);
    QCOMPARE(m_sandbox->receivedCount(QStringLiteral("EP-2")), 1);
    QCOMPARE(m_sandbox->balance(), qint64(448500));
}

void TestSandbox::clearFaults()
{
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_before") }, { QStringLiteral("count"), 5 } }));
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 5);
    QVERIFY(m_sandbox->clearFaults());
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 0);
    QByteArray body;
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("CLR-1"))), &body), 200);

    // reset clears faults too.
    QVERIFY(
        m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop_before") } }));
    QVERIFY(m_sandbox->reset(700000));
    const QJsonObject ledger = m_sandbox->ledger();
    QCOMPARE(ledger.value(QStringLiteral("faults_queued")).toInt(), 0);
    QCOMPARE(ledgerMoney(ledger, "start_balance"), qint64(700000));
    QCOMPARE(ledgerMoney(ledger, "balance"), qint64(700000));
    QVERIFY(ledger.value(QStringLiteral("requests")).toObject().isEmpty());
}

void TestSandbox::badFaultRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode"})") << QStringLiteral("kind");
    QTest::newRow("no kind") << QByteArray(R"({"count":1})") << QStringLiteral("kind");
    QTest::newRow("delay without delay_ms")
        << QByteArray(R"({"kind":"delay"})") << QStringLiteral("delay_ms");
    QTest::newRow("count zero") << QByteArray(R"({"kind":"drop_after","count":0})")
                                << QStringLiteral("count");
    QTest::newRow("count fraction") << QByteArray(R"({"kind":"drop_after","count":1.5})")
                                    << QStringLiteral("count");
    QTest::newRow("bad then") << QByteArray(R"({"kind":"pending","then":"MAYBE"})") << QStringLiteral("then");
    QTest::newRow("bad endpoint") << QByteArray(R"({"kind":"html502","endpoint":"ledger"})")
                                  << QStringLiteral("endpoint");
    QTest::newRow("not JSON") << QByteArray("drop_after") << QStringLiteral("JSON");
}

void TestSandbox::badFaultRequest()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, messagePart);
    QByteArray body;
    QCOMPARE(m_sandbox->request("POST", QStringLiteral("/__sandbox/faults"), {}, request, &body), 400);
    QVERIFY2(parse(body).value(QStringLiteral("message")).toString().contains(messagePart), body.constData());
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("faults_queued")).toInt(), 0);
}

void TestSandbox::ledgerConservation()
{
    QByteArray body;
    // A mix of outcomes, faults and retries.
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("MIX-1"))), &body), 200);
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("MIX-1"))), &body), 200);
    QCOMPARE(m_sandbox->post(kTransaction,
                 json(payment(QStringLiteral("MIX-2"), QStringLiteral("DANA"), QStringLiteral("0811111111"),
                     QStringLiteral("25000"))),
                 &body),
        200);
    QCOMPARE(m_sandbox->post(kTransaction,
                 json(payment(QStringLiteral("MIX-3"), QStringLiteral("OVO"), QStringLiteral("08123450000"))),
                 &body),
        200); // not registered
    QCOMPARE(m_sandbox->post(kTransaction,
                 json(payment(QStringLiteral("MIX-4"), QStringLiteral("OVO"), QStringLiteral("08123456789"),
                     QStringLiteral("9000000"))),
                 &body),
        200); // 008
    QCOMPARE(dataString(parse(body), "rc"), QStringLiteral("008"));
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop_after") } }));
    QCOMPARE(m_sandbox->post(
                 kTransaction, json(payment(QStringLiteral("MIX-5"), QStringLiteral("LINKAJA"))), &body),
        0);
    QVERIFY(m_sandbox->injectFault(
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("error500_before") } }));
    QCOMPARE(m_sandbox->post(
                 kTransaction, json(payment(QStringLiteral("MIX-6"), QStringLiteral("SHOPEEPAY"))), &body),
        500);
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("pending") },
        { QStringLiteral("then"), QStringLiteral("FAILED") } }));
    QCOMPARE(m_sandbox->post(kTransaction, json(payment(QStringLiteral("MIX-7"))), &body), 200);
    QCOMPARE(m_sandbox->post(
                 kTransaction, json(payment(QStringLiteral("MIX-5"), QStringLiteral("LINKAJA"))), &body),
        200);
    QCOMPARE(m_sandbox->post(kInquiry, json(docInquiry()), &body), 200);

    const QJsonObject ledger = m_sandbox->ledger();
    const qint64 start = ledgerMoney(ledger, "start_balance");
    const qint64 balance = ledgerMoney(ledger, "balance");
    const qint64 chargedTotal = ledgerMoney(ledger, "charged_total");
    QCOMPARE(start, qint64(500000));
    // MIX-1 51500 + MIX-2 26000 + MIX-5 51000.
    QCOMPARE(chargedTotal, qint64(51500 + 26000 + 51000));
    QCOMPARE(start - chargedTotal, balance);
    qint64 sum = 0;
    const QJsonObject requests = ledger.value(QStringLiteral("requests")).toObject();
    for (const QString &key : requests.keys()) {
        const QJsonObject e = requests.value(key).toObject();
        sum += e.value(QStringLiteral("charged")).toInt()
            * e.value(QStringLiteral("unit_price")).toString().toLongLong();
        QVERIFY2(e.value(QStringLiteral("charged")).toInt() <= 1, qPrintable(key));
    }
    QCOMPARE(sum, chargedTotal);
    QCOMPARE(requests.size(), 7);
    QCOMPARE(requests.value(QStringLiteral("MIX-6")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("NONE"));
    QCOMPARE(requests.value(QStringLiteral("MIX-7")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("PENDING"));
    QCOMPARE(requests.value(QStringLiteral("MIX-4")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("FAILED"));
}

void TestSandbox::rawHttp_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QByteArray>("firstStatusLine");
    QTest::addColumn<int>("responses");
    QTest::addColumn<bool>("serverCloses");

    const QByteArray ledgerGet = "GET /__sandbox/ledger HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::newRow("pipelined keep-alive") << QList<QByteArray> { ledgerGet + ledgerGet + ledgerGet }
                                          << QByteArray("HTTP/1.1 200 OK") << 3 << false;
    QTest::newRow("split in pieces") << QList<QByteArray> { "GET /__sandbox/le", "dger HTTP/1.1\r\nHo",
        "st: x\r\n\r", "\n" } << QByteArray("HTTP/1.1 200 OK")
                                     << 1 << false;
    const QByteArray inquiry = "{\"product_id\":\"GOPAY\",\"cust_id\":\"08123456789\",\"amount\":\"50000\"}";
    const QByteArray head = "POST /api/v1/merchant/ppob/ewallet/inquiry HTTP/1.1\r\nHost: x\r\nX-API-Key: "
        + SandboxProcess::defaultApiKey().toUtf8()
        + "\r\nContent-Length: " + QByteArray::number(inquiry.size()) + "\r\n\r\n";
    QTest::newRow("body in two reads") << QList<QByteArray> { head + inquiry.left(20), inquiry.mid(20) }
                                       << QByteArray("HTTP/1.1 200 OK") << 1 << false;
    QTest::newRow("connection close")
        << QList<QByteArray> { "GET /__sandbox/ledger HTTP/1.1\r\nConnection: close\r\n\r\n" }
        << QByteArray("HTTP/1.1 200 OK") << 1 << true;
    QTest::newRow("HTTP/1.0 closes") << QList<QByteArray> { "GET /__sandbox/ledger HTTP/1.0\r\n\r\n" }
                                     << QByteArray("HTTP/1.1 200 OK") << 1 << true;
    QTest::newRow("garbage") << QList<QByteArray> { QByteArray("\x16\x03\x01\x02\x00 hello\r\n\r\n", 15) }
                             << QByteArray("HTTP/1.1 400 Bad Request") << 1 << true;
    QTest::newRow("no version") << QList<QByteArray> { "GET /\r\n\r\n" }
                                << QByteArray("HTTP/1.1 400 Bad Request") << 1 << true;
    QTest::newRow("bad header") << QList<QByteArray> { "GET / HTTP/1.1\r\nno colon here\r\n\r\n" }
                                << QByteArray("HTTP/1.1 400 Bad Request") << 1 << true;
    QTest::newRow("body over 1 MiB") << QList<QByteArray> { "POST /api/v1/merchant/ppob/ewallet/inquiry "
                                                            "HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n{" }
                                     << QByteArray("HTTP/1.1 413 Content Too Large") << 1 << true;
    QTest::newRow("chunked body")
        << QList<QByteArray> { "POST /api/v1/merchant/ppob/ewallet/inquiry HTTP/1.1\r\nTransfer-Encoding: "
                               "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" }
        << QByteArray("HTTP/1.1 501 Not Implemented") << 1 << true;
    QTest::newRow("good then garbage")
        << QList<QByteArray> { ledgerGet + "BLAH\r\n\r\n" } << QByteArray("HTTP/1.1 200 OK") << 2 << true;
}

void TestSandbox::rawHttp()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QByteArray, firstStatusLine);
    QFETCH(int, responses);
    QFETCH(bool, serverCloses);

    bool closed = false;
    const QByteArray received = m_sandbox->sendRaw(chunks, 1500, &closed);
    QVERIFY2(received.startsWith(QByteArray(firstStatusLine + "\r\n")), received.left(80).constData());
    QCOMPARE(int(received.count("HTTP/1.1 ")), responses);
    QCOMPARE(closed, serverCloses);
}

void TestSandbox::commandLineFault_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("lastStatus");
    QTest::addColumn<int>("charged");

    QTest::newRow("error500_before") << QStringList { QStringLiteral("--fault"),
        QStringLiteral("error500_before") }
                                     << kTransaction << QList<int> { 500, 200 } << QStringLiteral("SUCCESS")
                                     << 1;
    QTest::newRow("drop_after:2") << QStringList { QStringLiteral("--fault"), QStringLiteral("drop_after:2") }
                                  << kTransaction << QList<int> { 0, 0, 200 } << QStringLiteral("SUCCESS")
                                  << 1;
    QTest::newRow("two faults in order")
        << QStringList { QStringLiteral("--fault"), QStringLiteral("html502"), QStringLiteral("--fault"),
               QStringLiteral("drop_before") }
        << kTransaction << QList<int> { 502, 0, 200 } << QStringLiteral("SUCCESS") << 1;
    QTest::newRow("pending:2:FAILED")
        << QStringList { QStringLiteral("--fault"), QStringLiteral("pending:2:FAILED") } << kTransaction
        << QList<int> { 200, 200, 200 } << QStringLiteral("FAILED") << 0;
    QTest::newRow("delay on inquiry")
        << QStringList { QStringLiteral("--fault"), QStringLiteral("delay:700@inquiry") } << kInquiry
        << QList<int> { 200 } << QStringLiteral("SUCCESS") << 0;
    QTest::newRow("balance option") << QStringList { QStringLiteral("--balance"), QStringLiteral("40000") }
                                    << kTransaction << QList<int> { 200 } << QStringLiteral("FAILED") << 0;
}

void TestSandbox::commandLineFault()
{
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    QFETCH(QList<int>, statuses);
    QFETCH(QString, lastStatus);
    QFETCH(int, charged);

    SandboxProcess sandbox(args);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QByteArray body;
    QElapsedTimer timer;
    timer.start();
    for (const int expected : statuses)
        QCOMPARE(sandbox.post(path, json(payment(QStringLiteral("CLI-1"))), &body), expected);
    QCOMPARE(dataString(parse(body), "status"), lastStatus);
    if (args.contains(QStringLiteral("delay:700@inquiry")))
        QVERIFY(timer.elapsed() >= 700);
    if (path == kTransaction) {
        QCOMPARE(sandbox.receivedCount(QStringLiteral("CLI-1")), int(statuses.size()));
        QCOMPARE(sandbox.chargedCount(QStringLiteral("CLI-1")), charged);
    }
    const QJsonObject ledger = sandbox.ledger();
    QCOMPARE(ledgerMoney(ledger, "start_balance") - ledgerMoney(ledger, "charged_total"),
        ledgerMoney(ledger, "balance"));
    QCOMPARE(ledgerMoney(ledger, "charged_total"), qint64(51500 * charged));
}

void TestSandbox::commandLineRejected_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("remote host") << QStringList { QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--host"), QStringLiteral("0.0.0.0") }
                                 << QStringLiteral("--allow-remote");
    QTest::newRow("no port") << QStringList {} << QStringLiteral("--port");
    QTest::newRow("bad fault") << QStringList { QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--fault"), QStringLiteral("explode:1") }
                               << QStringLiteral("explode");
    QTest::newRow("bad balance") << QStringList { QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--balance"), QStringLiteral("50.000") }
                                 << QStringLiteral("--balance");
    QTest::newRow("missing catalogue") << QStringList { QStringLiteral("--port"), QStringLiteral("0"),
        QStringLiteral("--catalog"), QStringLiteral("/nonexistent/catalog.json") }
                                       << QStringLiteral("catalog");
}

void TestSandbox::commandLineRejected()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrPart);
    QProcess process;
    process.start(qEnvironmentVariable("PPOB_SANDBOX_BIN"), args);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!process.readAllStandardOutput().contains("listening on"));
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(stderrPart), qPrintable(err));
}

void TestSandbox::randomFaultRate()
{
    SandboxProcess sandbox({ QStringLiteral("--fault-rate"), QStringLiteral("1"), QStringLiteral("--seed"),
        QStringLiteral("7") });
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    int clean = 0;
    for (int i = 0; i < 6; ++i) {
        QByteArray body;
        const int status = sandbox.post(kTransaction, json(payment(QStringLiteral("RND-%1").arg(i))), &body);
        if (status == 200 && dataString(parse(body), "status") == QLatin1String("SUCCESS"))
            ++clean;
    }
    QVERIFY2(clean < 6, "with --fault-rate 1 every payment gets a fault");
    const QJsonObject ledger = sandbox.ledger();
    QCOMPARE(ledgerMoney(ledger, "start_balance") - ledgerMoney(ledger, "charged_total"),
        ledgerMoney(ledger, "balance"));
    QCOMPARE(ledger.value(QStringLiteral("requests")).toObject().size(), 6);
    // Inquiries and admin calls are never hit by random faults.
    QByteArray body;
    QCOMPARE(sandbox.post(kInquiry, json(docInquiry()), &body), 200);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
