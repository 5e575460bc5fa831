#include "api/ApiResponseParser.h"
#include "catalog/Product.h"
#include "sale/RecheckSchedule.h"
#include "sale/SaleDecision.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Kasir;

namespace {

const QDateTime Now(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC);

// The documented payment answer, with fields replaced (a null value removes the field).
QByteArray answer(const QJsonObject &topOverrides, const QJsonObject &dataOverrides)
{
    QJsonObject data {
        { QStringLiteral("req_id"), QStringLiteral("KSR-K01-1") },
        { QStringLiteral("ref_id"), QStringLiteral("1777946295495372000") },
        { QStringLiteral("product_id"), QStringLiteral("GOPAY") },
        { QStringLiteral("cust_id"), QStringLiteral("08123456789") },
        { QStringLiteral("status"), QStringLiteral("SUCCESS") },
        { QStringLiteral("rc"), QStringLiteral("000") },
        { QStringLiteral("description"), QStringLiteral("Transaksi Sukses") },
        { QStringLiteral("message"), QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES") },
        { QStringLiteral("amount"), QStringLiteral("50000") },
        { QStringLiteral("unit_price"), QStringLiteral("51500") },
        { QStringLiteral("balance_used"), QStringLiteral("51500") },
        { QStringLiteral("balance"), QStringLiteral("448500") },
        { QStringLiteral("serial_no"), QStringLiteral("GW123456789") },
    };
    QJsonObject top { { QStringLiteral("success"), true },
        { QStringLiteral("message"), QStringLiteral("E-wallet payment created successfully") },
        { QStringLiteral("rc"), QStringLiteral("000") } };
    for (auto it = dataOverrides.begin(); it != dataOverrides.end(); ++it) {
        if (it.value().isNull())
            data.remove(it.key());
        else
            data.insert(it.key(), it.value());
    }
    for (auto it = topOverrides.begin(); it != topOverrides.end(); ++it) {
        if (it.value().isNull())
            top.remove(it.key());
        else
            top.insert(it.key(), it.value());
    }
    top.insert(QStringLiteral("data"), data);
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}

QJsonObject failed(const QString &rc = QStringLiteral("006"))
{
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("FAILED") }, { QStringLiteral("rc"), rc },
        { QStringLiteral("description"), QStringLiteral("Transaksi Gagal") },
        { QStringLiteral("serial_no"), QString() }, { QStringLiteral("balance_used"), QStringLiteral("0") } };
}

SaleRecord payingRow(std::optional<Money> inquiryPrice, std::optional<Money> cash)
{
    SaleRecord r;
    r.id = 7;
    r.receiptNo = QStringLiteral("K01-20261124-0001");
    r.reqId = QStringLiteral("KSR-K01-1");
    r.productId = QStringLiteral("GOPAY");
    r.custId = QStringLiteral("08123456789");
    r.amount = Money::fromRupiah(50000);
    r.inquiryUnitPrice = inquiryPrice;
    r.storeFee = Money::fromRupiah(2000);
    r.sellingPrice = inquiryPrice.value_or(r.amount) + r.storeFee;
    r.cashReceived = cash;
    if (cash)
        r.change = *cash - r.sellingPrice;
    r.status = SaleStatus::Paying;
    r.createdUtc = Now.addSecs(-5);
    r.attempts = 1; // claimed before the send
    return r;
}

ApiRequest requestOf(const SaleRecord &r)
{
    return ApiRequest { r.productId, r.custId, r.amount, r.reqId };
}

DecisionContext context(bool firstSend)
{
    DecisionContext ctx;
    ctx.now = Now;
    ctx.firstSend = firstSend;
    ctx.maxAdminFee = Product::DefaultMaxAdminFee;
    ctx.jitter01 = 0.0;
    return ctx;
}

} // namespace

class TestSaleDecision : public QObject
{
    Q_OBJECT
private slots:
    void answers_data();
    void answers();
    void implausiblePriceNeverPricesTheSale();
    void attemptsAreNotCounted();
    void rejections_data();
    void rejections();
    void schedule_data();
    void schedule();
    void productFeeBoundsTheCharge();
};

void TestSaleDecision::answers_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QJsonObject>("top");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<QString>("reason"); // a fragment of the flag reason
    QTest::addColumn<qint64>("selling");

    const QJsonObject none;
    auto price = [](const char *unit, const char *used) {
        return QJsonObject { { QStringLiteral("unit_price"), QLatin1String(unit) },
            { QStringLiteral("balance_used"), QLatin1String(used) } };
    };

    QTest::newRow("documented success") << 200 << none << none << "SUCCESS" << false << "" << qint64(53500);
    QTest::newRow("admin fee at the limit")
        << 200 << none << price("60000", "60000") << "SUCCESS" << false << "" << qint64(62000);
    QTest::newRow("price equals nominal")
        << 200 << none << price("50000", "50000") << "SUCCESS" << false << "" << qint64(52000);

    // Item 1: implausible SUCCESS.
    QTest::newRow("unit_price zero") << 200 << none << price("0", "0") << "PENDING" << true
                                     << "unit_price is zero" << qint64(52000);
    QTest::newRow("unit_price below nominal")
        << 200 << none << price("1000", "1000") << "PENDING" << true << "below the nominal" << qint64(52000);
    QTest::newRow("unit_price negative") << 200 << none << price("-51500", "-51500") << "PENDING" << true
                                         << "is not an amount" << qint64(52000);
    QTest::newRow("unit_price absurd") << 200 << none << price("5000000", "5000000") << "PENDING" << true
                                       << "largest admin fee" << qint64(52000);
    QTest::newRow("one rupiah above the fee") << 200 << none << price("60001", "60001") << "PENDING" << true
                                              << "largest admin fee" << qint64(52000);
    QTest::newRow("balance_used differs") << 200 << none << price("51500", "52000") << "PENDING" << true
                                          << "differs from unit_price" << qint64(52000);
    QTest::newRow("balance_used zero")
        << 200 << none << price("51500", "0") << "PENDING" << true << "balance_used is zero" << qint64(52000);
    QTest::newRow("balance_used missing")
        << 200 << none << QJsonObject { { QStringLiteral("balance_used"), QJsonValue::Null } } << "PENDING"
        << true << "balance_used" << qint64(52000);
    QTest::newRow("unit_price missing")
        << 200 << none << QJsonObject { { QStringLiteral("unit_price"), QJsonValue::Null } } << "PENDING"
        << true << "unit_price" << qint64(52000);

    // Item 2: contradictory FAILED.
    QTest::newRow("plain failed") << 200 << QJsonObject { { QStringLiteral("rc"), QStringLiteral("006") } }
                                  << failed() << "FAILED" << false << "" << qint64(52000);
    QTest::newRow("failed with rc 000") << 200 << none << failed(QStringLiteral("000")) << "PENDING" << true
                                        << "FAILED answer with rc 000" << qint64(52000);
    QJsonObject withSerial = failed();
    withSerial.insert(QStringLiteral("serial_no"), QStringLiteral("GW123456789"));
    QTest::newRow("failed with serial")
        << 200 << QJsonObject { { QStringLiteral("rc"), QStringLiteral("006") } } << withSerial << "PENDING"
        << true << "serial number GW123456789" << qint64(52000);
    QJsonObject withCharge = failed();
    withCharge.insert(QStringLiteral("balance_used"), QStringLiteral("51500"));
    QTest::newRow("failed with balance_used")
        << 200 << QJsonObject { { QStringLiteral("rc"), QStringLiteral("006") } } << withCharge << "PENDING"
        << true << "balance_used 51500" << qint64(52000);
    QJsonObject everything = failed(QStringLiteral("000"));
    everything.insert(QStringLiteral("serial_no"), QStringLiteral("GW1"));
    everything.insert(QStringLiteral("balance_used"), QStringLiteral("51500"));
    QTest::newRow("failed with every sign of a charge")
        << 200 << none << everything << "PENDING" << true << "serial number GW1" << qint64(52000);
    QJsonObject emptyUsed = failed();
    emptyUsed.insert(QStringLiteral("balance_used"), QJsonValue::Null);
    QTest::newRow("failed without balance_used")
        << 200 << QJsonObject { { QStringLiteral("rc"), QStringLiteral("006") } } << emptyUsed << "FAILED"
        << false << "" << qint64(52000);
    // The documented insufficient-balance answer: success true, rc 008 at both levels.
    const QJsonObject insufficientTop { { QStringLiteral("success"), true },
        { QStringLiteral("message"), QStringLiteral("Transaction failed") },
        { QStringLiteral("rc"), QStringLiteral("008") } };
    const QJsonObject insufficientData { { QStringLiteral("status"), QStringLiteral("FAILED") },
        { QStringLiteral("rc"), QStringLiteral("008") },
        { QStringLiteral("description"), QStringLiteral("Insufficient Balance") },
        { QStringLiteral("message"), QStringLiteral("Saldo deposit tidak mencukupi") },
        { QStringLiteral("balance"), QStringLiteral("10000") },
        { QStringLiteral("ref_id"), QJsonValue::Null }, { QStringLiteral("product_id"), QJsonValue::Null },
        { QStringLiteral("cust_id"), QJsonValue::Null }, { QStringLiteral("amount"), QJsonValue::Null },
        { QStringLiteral("unit_price"), QJsonValue::Null },
        { QStringLiteral("balance_used"), QJsonValue::Null },
        { QStringLiteral("serial_no"), QJsonValue::Null } };
    QTest::newRow("documented insufficient balance")
        << 200 << insufficientTop << insufficientData << "FAILED" << false << "" << qint64(52000);

    // Item 3: top level against data.
    QTest::newRow("success under success false")
        << 200 << QJsonObject { { QStringLiteral("success"), false } } << none << "PENDING" << true
        << "success false" << qint64(52000);
    QTest::newRow("success without a top-level success")
        << 200 << QJsonObject { { QStringLiteral("success"), QJsonValue::Null } } << none << "PENDING" << true
        << "success false" << qint64(52000);
    QTest::newRow("top rc 008 over data SUCCESS")
        << 200 << QJsonObject { { QStringLiteral("rc"), QStringLiteral("008") } } << none << "PENDING" << true
        << "top-level rc 008" << qint64(52000);
    QTest::newRow("top rc 000 over data FAILED 006")
        << 200 << none << failed() << "PENDING" << true << "top-level rc 000 contradicts" << qint64(52000);

    // Echo and req_id checks stay.
    QTest::newRow("other customer echoed")
        << 200 << none << QJsonObject { { QStringLiteral("cust_id"), QStringLiteral("08999999999") } }
        << "PENDING" << true << "does not echo" << qint64(52000);
    QTest::newRow("other req_id") << 200 << none
                                  << QJsonObject { { QStringLiteral("req_id"), QStringLiteral("KSR-OTHER") } }
                                  << "PENDING" << true << "req_id KSR-OTHER" << qint64(52000);

    // Not definitive.
    QTest::newRow("status PENDING") << 200 << QJsonObject { { QStringLiteral("rc"), QStringLiteral("068") } }
                                    << QJsonObject { { QStringLiteral("status"), QStringLiteral("PENDING") },
                                           { QStringLiteral("rc"), QStringLiteral("068") },
                                           { QStringLiteral("serial_no"), QString() } }
                                    << "PENDING" << false << "" << qint64(52000);
    QTest::newRow("HTTP 500") << 500 << none << none << "PENDING" << false << "" << qint64(52000);
}

void TestSaleDecision::answers()
{
    QFETCH(int, httpStatus);
    QFETCH(QJsonObject, top);
    QFETCH(QJsonObject, data);
    QFETCH(QString, status);
    QFETCH(bool, flagged);
    QFETCH(QString, reason);
    QFETCH(qint64, selling);

    // A direct pay: no inquiry price, so a believed SUCCESS prices the sale.
    const SaleRecord row = payingRow(std::nullopt, Money::fromRupiah(100000));
    const ApiResult result
        = ApiResponseParser::parse(Endpoint::Payment, requestOf(row), httpStatus, answer(top, data));
    const SaleRecord r = SaleDecision::apply(row, result, context(true));

    QCOMPARE(saleStatusName(r.status), status);
    QCOMPARE(r.flagged, flagged);
    QVERIFY2(r.flagReason.contains(reason), qPrintable(r.flagReason));
    if (!flagged)
        QVERIFY(r.flagReason.isEmpty());
    QCOMPARE(r.sellingPrice.rupiah(), selling);
    QVERIFY(r.change.has_value());
    QCOMPARE(r.change->rupiah(), 100000 - selling);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.updatedUtc, Now);
    if (r.status == SaleStatus::Pending) {
        QCOMPARE(r.nextCheckUtc, Now.addMSecs(RecheckSchedule::FirstCheck.baseMs));
        QVERIFY(!r.completedUtc.isValid());
        if (flagged)
            QVERIFY2(r.lastError.contains(reason), qPrintable(r.lastError));
    } else {
        QVERIFY(!r.nextCheckUtc.isValid());
        QCOMPARE(r.completedUtc, Now);
    }
}

void TestSaleDecision::implausiblePriceNeverPricesTheSale()
{
    // Today's bug: a SUCCESS with unit_price "0" told the cashier to collect Rp 1.000 (the fee)
    // and recorded Rp 59.000 change.
    const SaleRecord row = payingRow(std::nullopt, Money::fromRupiah(60000));
    const ApiResult result = ApiResponseParser::parse(Endpoint::Payment, requestOf(row), 200,
        answer({},
            { { QStringLiteral("unit_price"), QStringLiteral("0") },
                { QStringLiteral("balance_used"), QStringLiteral("0") } }));
    const SaleRecord r = SaleDecision::apply(row, result, context(true));
    QCOMPARE(r.status, SaleStatus::Pending);
    QVERIFY(r.flagged);
    QCOMPARE(r.sellingPrice, Money::fromRupiah(52000)); // nominal + fee, as before the answer
    QCOMPARE(*r.change, Money::fromRupiah(8000));
    QVERIFY(!r.unitPrice.has_value()); // the implausible figure is not a price of this sale
    QVERIFY(!r.balanceUsed.has_value());
    QCOMPARE(r.serialNo, QStringLiteral("GW123456789")); // the evidence is kept
}

void TestSaleDecision::attemptsAreNotCounted()
{
    SaleRecord row = payingRow(std::nullopt, std::nullopt);
    row.attempts = 3;
    const ApiResult result = ApiResponseParser::parse(Endpoint::Payment, requestOf(row), 0, {});
    const SaleRecord r = SaleDecision::apply(row, result, context(false));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.status, SaleStatus::Pending);
    QCOMPARE(r.nextCheckUtc, Now.addMSecs(RecheckSchedule::ThirdCheck.baseMs));
}

void TestSaleDecision::rejections_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("firstSend");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("flagged");

    QTest::newRow("401 first send") << 401 << true << "REJECTED" << false;
    QTest::newRow("401 on a re-check") << 401 << false << "PENDING" << false;
    QTest::newRow("409 first send") << 409 << true << "REJECTED" << false;
    // On a re-check the earlier attempt may have been charged: a person decides.
    QTest::newRow("409 on a re-check") << 409 << false << "PENDING" << true;
}

void TestSaleDecision::rejections()
{
    QFETCH(int, httpStatus);
    QFETCH(bool, firstSend);
    QFETCH(QString, status);
    QFETCH(bool, flagged);

    const SaleRecord row = payingRow(std::nullopt, std::nullopt);
    const QByteArray body
        = R"({"success":false,"message":"req_id KSR-K01-1 was already used with a different request body"})";
    const ApiResult result = ApiResponseParser::parse(Endpoint::Payment, requestOf(row), httpStatus, body);
    QCOMPARE(result.outcome, Outcome::Rejected);
    const SaleRecord r = SaleDecision::apply(row, result, context(firstSend));
    QCOMPARE(saleStatusName(r.status), status);
    QCOMPARE(r.flagged, flagged);
    // The server's own words reach the cashier.
    QVERIFY2(r.lastError.contains(QLatin1String("already used with a different request body")),
        qPrintable(r.lastError));
}

void TestSaleDecision::schedule_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("minMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::newRow("first") << 1 << qint64(10000) << qint64(12000);
    QTest::newRow("second") << 2 << qint64(30000) << qint64(35000);
    QTest::newRow("third") << 3 << qint64(60000) << qint64(70000);
    QTest::newRow("fourth") << 4 << qint64(60000) << qint64(120000);
    QTest::newRow("hundredth") << 100 << qint64(60000) << qint64(120000);
}

void TestSaleDecision::schedule()
{
    QFETCH(int, attempts);
    QFETCH(qint64, minMs);
    QFETCH(qint64, maxMs);
    QCOMPARE(RecheckSchedule::delayMs(attempts, 0.0), minMs);
    QVERIFY(RecheckSchedule::delayMs(attempts, 0.999) <= maxMs);
    QVERIFY(RecheckSchedule::delayMs(attempts, 0.999) > minMs);

    SaleRecord row = payingRow(std::nullopt, std::nullopt);
    row.attempts = attempts;
    DecisionContext ctx = context(false);
    ctx.jitter01 = 0.5;
    const SaleRecord r
        = SaleDecision::apply(row, ApiResponseParser::parse(Endpoint::Payment, requestOf(row), 502, {}), ctx);
    QCOMPARE(r.nextCheckUtc, Now.addMSecs(RecheckSchedule::delayMs(attempts, 0.5)));
}

void TestSaleDecision::productFeeBoundsTheCharge()
{
    const SaleRecord row = payingRow(std::nullopt, std::nullopt);
    const ApiResult result = ApiResponseParser::parse(Endpoint::Payment, requestOf(row), 200,
        answer({},
            { { QStringLiteral("unit_price"), QStringLiteral("53000") },
                { QStringLiteral("balance_used"), QStringLiteral("53000") } }));
    DecisionContext ctx = context(true);
    ctx.maxAdminFee = Money::fromRupiah(2500);
    QCOMPARE(SaleDecision::apply(row, result, ctx).status, SaleStatus::Pending);
    ctx.maxAdminFee = Money::fromRupiah(3000);
    QCOMPARE(SaleDecision::apply(row, result, ctx).status, SaleStatus::Success);
}

QTEST_GUILESS_MAIN(TestSaleDecision)
#include "tst_saledecision.moc"
