#include "api/ApiResponseParser.h"

#include <QTest>

using Kasir::ApiRequest;
using Kasir::ApiResponseParser;
using Kasir::Endpoint;
using Kasir::Outcome;

Q_DECLARE_METATYPE(Kasir::Outcome)
Q_DECLARE_METATYPE(Kasir::Endpoint)

namespace {

const QByteArray DocumentedPayment = R"({
"success": true, "message": "E-wallet payment created successfully", "rc": "000",
"data": {"req_id": "TXN-20240501-010", "ref_id": "1777946295495372000", "product_id": "GOPAY",
"cust_id": "08123456789", "status": "SUCCESS", "rc": "000", "description": "Transaksi Sukses",
"message": "TOPUP GOPAY 50000 KE 08123456789 SUKSES", "amount": "50000", "unit_price": "51500",
"balance_used": "51500", "balance": "448500", "serial_no": "GW123456789", "data": {}}})";

const QByteArray DocumentedInsufficient = R"({
"success": true, "message": "Transaction failed", "rc": "008",
"data": {"req_id": "TXN-20240501-010", "status": "FAILED", "rc": "008",
"description": "Insufficient Balance", "message": "Saldo deposit tidak mencukupi",
"balance": "10000", "data": {}}})";

QByteArray replaced(QByteArray body, const char *from, const char *to)
{
    return body.replace(from, to);
}

ApiRequest documentedRequest()
{
    ApiRequest request;
    request.reqId = QStringLiteral("TXN-20240501-010");
    request.productId = QStringLiteral("GOPAY");
    request.custId = QStringLiteral("08123456789");
    request.amount = Kasir::Money::fromRupiah(50000);
    return request;
}

} // namespace

class TestApiResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void documentedPaymentFieldsKeptExactly();
    void refIdNeverLosesDigits();
    void serverTextIsCleaned_data();
    void serverTextIsCleaned();
    void conflictKeepsTheServersWords();
    void inquiryAtZeroPriceIsNotBelieved();
};

void TestApiResponseParser::classify_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("echoMismatch");

    QTest::newRow("documented success") << 200 << DocumentedPayment << Outcome::Success << false;
    QTest::newRow("documented rc 008") << 200 << DocumentedInsufficient << Outcome::Failed << false;
    QTest::newRow("pending status") << 200
                                    << replaced(DocumentedPayment, "\"status\": \"SUCCESS\"",
                                           "\"status\": \"PENDING\"")
                                    << Outcome::Pending << false;
    QTest::newRow("unknown status") << 200
                                    << replaced(DocumentedPayment, "\"status\": \"SUCCESS\"",
                                           "\"status\": \"PROCESS\"")
                                    << Outcome::Pending << false;
    QTest::newRow("no status") << 200 << replaced(DocumentedPayment, "\"status\": \"SUCCESS\",", "")
                               << Outcome::Pending << false;
    QTest::newRow("success flag false but status SUCCESS is not believed")
        << 200 << replaced(DocumentedPayment, "\"success\": true", "\"success\": false") << Outcome::Pending
        << false;
    QTest::newRow("success with other rc")
        << 200
        << replaced(DocumentedPayment, "\"rc\": \"000\", \"description\"", "\"rc\": \"099\", \"description\"")
        << Outcome::Pending << false;
    QTest::newRow("other product") << 200
                                   << replaced(DocumentedPayment, "\"product_id\": \"GOPAY\"",
                                          "\"product_id\": \"OVO\"")
                                   << Outcome::Pending << true;
    QTest::newRow("other number") << 200
                                  << replaced(DocumentedPayment, "\"cust_id\": \"08123456789\"",
                                         "\"cust_id\": \"08123456780\"")
                                  << Outcome::Pending << true;
    QTest::newRow("other amount") << 200
                                  << replaced(
                                         DocumentedPayment, "\"amount\": \"50000\"", "\"amount\": \"20000\"")
                                  << Outcome::Pending << true;
    QTest::newRow("other req_id") << 200
                                  << replaced(DocumentedPayment, "\"req_id\": \"TXN-20240501-010\"",
                                         "\"req_id\": \"TXN-X\"")
                                  << Outcome::Pending << true;
    QTest::newRow("success without echo")
        << 200 << replaced(DocumentedPayment, "\"product_id\": \"GOPAY\",", "") << Outcome::Pending << true;
    QTest::newRow("failed for another number")
        << 200 << replaced(DocumentedInsufficient, "\"status\"", "\"cust_id\": \"0811\", \"status\"")
        << Outcome::Pending << true;
    QTest::newRow("numeric amount") << 200
                                    << replaced(
                                           DocumentedPayment, "\"amount\": \"50000\"", "\"amount\": 50000")
                                    << Outcome::Pending << false;
    QTest::newRow("grouped unit price")
        << 200 << replaced(DocumentedPayment, "\"unit_price\": \"51500\"", "\"unit_price\": \"51.500\"")
        << Outcome::Pending << false;
    QTest::newRow("truncated json") << 200 << DocumentedPayment.left(120) << Outcome::Pending << false;
    QTest::newRow("empty body") << 200 << QByteArray() << Outcome::Pending << false;
    QTest::newRow("no data") << 200 << QByteArray(R"({"success": true, "rc": "000"})") << Outcome::Pending
                             << false;
    QTest::newRow("html 502") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                              << Outcome::Pending << false;
    QTest::newRow("500 json") << 500 << QByteArray(R"({"success": false, "message": "oops"})")
                              << Outcome::Pending << false;
    QTest::newRow("503") << 503 << QByteArray() << Outcome::Pending << false;
    QTest::newRow("302") << 302 << QByteArray() << Outcome::Pending << false;
    QTest::newRow("307") << 307 << QByteArray() << Outcome::Pending << false;
    QTest::newRow("400") << 400
                         << QByteArray(R"({"success": false, "message": "amount must be digits only"})")
                         << Outcome::Rejected << false;
    QTest::newRow("401") << 401 << QByteArray(R"({"success": false, "message": "Invalid API key"})")
                         << Outcome::Rejected << false;
    QTest::newRow("403") << 403 << QByteArray() << Outcome::Rejected << false;
    QTest::newRow("404") << 404 << QByteArray("not found") << Outcome::Rejected << false;
    QTest::newRow("409 req_id conflict is refused") << 409 << QByteArray() << Outcome::Rejected << false;
    QTest::newRow("429 stays unknown") << 429 << QByteArray() << Outcome::Pending << false;
    QTest::newRow("no response") << 0 << QByteArray() << Outcome::Pending << false;
    // Answers that contradict themselves are not definitive.
    QTest::newRow("success at zero price")
        << 200
        << replaced(replaced(DocumentedPayment, "\"unit_price\": \"51500\"", "\"unit_price\": \"0\""),
               "\"balance_used\": \"51500\"", "\"balance_used\": \"0\"")
        << Outcome::Pending << false;
    QTest::newRow("success below nominal")
        << 200 << replaced(DocumentedPayment, "\"unit_price\": \"51500\"", "\"unit_price\": \"100\"")
        << Outcome::Pending << false;
    QTest::newRow("success used differs")
        << 200 << replaced(DocumentedPayment, "\"balance_used\": \"51500\"", "\"balance_used\": \"99000\"")
        << Outcome::Pending << false;
    QTest::newRow("top rc against data rc")
        << 200 << replaced(DocumentedInsufficient, "\"rc\": \"008\",\n\"data\"", "\"rc\": \"000\",\n\"data\"")
        << Outcome::Pending << false;
    QTest::newRow("failed with rc 000")
        << 200
        << replaced(replaced(DocumentedInsufficient, "\"rc\": \"008\"", "\"rc\": \"000\""), "\"rc\": \"008\"",
               "\"rc\": \"000\"")
        << Outcome::Pending << false;
    QTest::newRow("failed with a serial") << 200
                                          << replaced(DocumentedInsufficient, "\"balance\": \"10000\"",
                                                 "\"balance\": \"10000\", \"serial_no\": \"GW1\"")
                                          << Outcome::Pending << false;
    QTest::newRow("failed with a charge") << 200
                                          << replaced(DocumentedInsufficient, "\"balance\": \"10000\"",
                                                 "\"balance\": \"10000\", \"balance_used\": \"51500\"")
                                          << Outcome::Pending << false;
    QTest::newRow("failed with balance_used 0") << 200
                                                << replaced(DocumentedInsufficient, "\"balance\": \"10000\"",
                                                       "\"balance\": \"10000\", \"balance_used\": \"0\"")
                                                << Outcome::Failed << false;
}

void TestApiResponseParser::classify()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(bool, echoMismatch);
    const auto result = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), httpStatus, body);
    QCOMPARE(Kasir::outcomeName(result.outcome), Kasir::outcomeName(outcome));
    QCOMPARE(result.echoMismatch, echoMismatch);
    QCOMPARE(result.httpStatus, httpStatus);
    if (outcome != Outcome::Success && outcome != Outcome::Failed)
        QVERIFY2(!result.reason().isEmpty(), "a person must be told why");
}

void TestApiResponseParser::documentedPaymentFieldsKeptExactly()
{
    const auto result
        = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), 200, DocumentedPayment);
    QVERIFY(result.successFlag);
    QCOMPARE(result.topMessage, QStringLiteral("E-wallet payment created successfully"));
    QCOMPARE(result.topRc, QStringLiteral("000"));
    QCOMPARE(result.status, QStringLiteral("SUCCESS"));
    QCOMPARE(result.rc, QStringLiteral("000"));
    QCOMPARE(result.reqId, QStringLiteral("TXN-20240501-010"));
    QCOMPARE(result.productId, QStringLiteral("GOPAY"));
    QCOMPARE(result.custId, QStringLiteral("08123456789"));
    QCOMPARE(result.description, QStringLiteral("Transaksi Sukses"));
    QCOMPARE(result.message, QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES"));
    QCOMPARE(result.amount, QStringLiteral("50000"));
    QCOMPARE(result.unitPrice, QStringLiteral("51500"));
    QCOMPARE(result.balanceUsed, QStringLiteral("51500"));
    QCOMPARE(result.balance, QStringLiteral("448500"));
    QCOMPARE(result.serialNo, QStringLiteral("GW123456789"));
    QVERIFY(result.error.isEmpty());

    const auto failed
        = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), 200, DocumentedInsufficient);
    QCOMPARE(failed.description, QStringLiteral("Insufficient Balance"));
    QCOMPARE(failed.message, QStringLiteral("Saldo deposit tidak mencukupi"));
    QCOMPARE(failed.balance, QStringLiteral("10000"));
    QCOMPARE(failed.reason(), QStringLiteral("Insufficient Balance: Saldo deposit tidak mencukupi"));
}

void TestApiResponseParser::refIdNeverLosesDigits()
{
    // 1777946295495372001 is not representable as a double: a toDouble() would round it.
    const QByteArray body = replaced(DocumentedPayment, "1777946295495372000", "1777946295495372001");
    const auto result = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), 200, body);
    QCOMPARE(result.refId, QStringLiteral("1777946295495372001"));
}

void TestApiResponseParser::serverTextIsCleaned_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("description");

    const QString message = QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES");
    QTest::newRow("ansi colour and clear screen")
        << QByteArray("\"message\": \"TOPUP") << QByteArray("\"message\": \"\\u001b[2J\\u001b[31mTOPUP")
        << message << QStringLiteral("Transaksi Sukses");
    QTest::newRow("CR LF injection") << QByteArray("\"description\": \"Transaksi Sukses\"")
                                     << QByteArray("\"description\": \"Transaksi\\r\\nSTATUS: FAILED\"")
                                     << message << QStringLiteral("Transaksi  STATUS: FAILED");
    QTest::newRow("NUL and DEL") << QByteArray("\"description\": \"Transaksi Sukses\"")
                                 << QByteArray("\"description\": \"Trans\\u0000aksi\\u007f Sukses\"")
                                 << message << QStringLiteral("Transaksi Sukses");
    QTest::newRow("OSC title and bidi override")
        << QByteArray("\"description\": \"Transaksi Sukses\"")
        << QByteArray("\"description\": \"\\u001b]0;pwned\\u0007Transaksi \\u202eSukses\"") << message
        << QStringLiteral("Transaksi Sukses");
    QTest::newRow("long message cut at 500")
        << QByteArray("\"description\": \"Transaksi Sukses\"")
        << QByteArray("\"description\": \"") + QByteArray(2000, 'x') + QByteArray("\"") << message
        << QString(500, u'x');
}

void TestApiResponseParser::serverTextIsCleaned()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QFETCH(QString, description);
    const auto result = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), 200,
        replaced(DocumentedPayment, from.constData(), to.constData()));
    QCOMPARE(result.outcome, Outcome::Success);
    QCOMPARE(result.message, message);
    QCOMPARE(result.description, description);
    for (const QChar c : result.reason())
        QVERIFY2(c.category() != QChar::Other_Control, "no control character reaches a person");
}

void TestApiResponseParser::conflictKeepsTheServersWords()
{
    const auto result = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), 409,
        R"({"success": false, "message": "req_id TXN-20240501-010 was already used\r\n\u001b[32mwith a different request body"})");
    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(result.error,
        QStringLiteral("The server refused the request (HTTP 409): req_id TXN-20240501-010 was "
                       "already used  with a different request body"));

    // Ids are cut at 64 characters.
    const auto longIds = ApiResponseParser::parse(Endpoint::Payment, documentedRequest(), 200,
        replaced(replaced(DocumentedPayment, "GW123456789", QByteArray(300, '7').constData()),
            "\"ref_id\": \"1777946295495372000\"",
            QByteArray(QByteArray("\"ref_id\": \"") + QByteArray(100, '1') + "\"").constData()));
    QCOMPARE(longIds.serialNo, QString(64, u'7'));
    QCOMPARE(longIds.refId, QString(64, u'1'));
}

void TestApiResponseParser::inquiryAtZeroPriceIsNotBelieved()
{
    ApiRequest request = documentedRequest();
    request.reqId.clear();
    const QByteArray inquiry
        = replaced(replaced(DocumentedPayment, "\"balance_used\": \"51500\"", "\"balance_used\": \"0\""),
            "\"req_id\": \"TXN-20240501-010\"", "\"req_id\": \"\"");
    QCOMPARE(ApiResponseParser::parse(Endpoint::Inquiry, request, 200, inquiry).outcome, Outcome::Success);
    const auto zero = ApiResponseParser::parse(Endpoint::Inquiry, request, 200,
        replaced(inquiry, "\"unit_price\": \"51500\"", "\"unit_price\": \"0\""));
    QCOMPARE(zero.outcome, Outcome::Pending);
    QVERIFY2(zero.error.contains(QLatin1String("unit_price is zero")), qPrintable(zero.error));
}

QTEST_GUILESS_MAIN(TestApiResponseParser)
#include "tst_apiresponseparser.moc"
