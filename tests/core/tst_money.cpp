#include "money/Money.h"

#include <QTest>

using Kasir::AmountLimits;
using Kasir::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void apiDigits_data();
    void apiDigits();
    void configuredMaximum();
};

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("rupiah");
    QTest::newRow("plain") << QStringLiteral("50000") << qint64(50000);
    QTest::newRow("grouped") << QStringLiteral("50.000") << qint64(50000);
    QTest::newRow("rp space") << QStringLiteral("Rp 50.000") << qint64(50000);
    QTest::newRow("rp no space") << QStringLiteral("Rp50.000") << qint64(50000);
    QTest::newRow("rp dot") << QStringLiteral("Rp. 50.000") << qint64(50000);
    QTest::newRow("lowercase rp") << QStringLiteral("rp 25.000") << qint64(25000);
    QTest::newRow("surrounding spaces") << QStringLiteral("  10000 ") << qint64(10000);
    QTest::newRow("minimum") << QStringLiteral("1000") << qint64(1000);
    QTest::newRow("minimum grouped") << QStringLiteral("1.000") << qint64(1000);
    QTest::newRow("million") << QStringLiteral("1.000.000") << qint64(1000000);
    QTest::newRow("maximum") << QStringLiteral("10.000.000") << qint64(10000000);
    QTest::newRow("odd amount") << QStringLiteral("12345") << qint64(12345);
}

void TestMoney::parseValid()
{
    QFETCH(QString, input);
    QFETCH(qint64, rupiah);
    const auto result = Kasir::parseCashierAmount(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.value.rupiah(), rupiah);
    QVERIFY(result.error.isEmpty());
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the amount");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter the amount");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("digits only");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative");
    QTest::newRow("negative big") << QStringLiteral("-50000") << QStringLiteral("negative");
    QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("digits only");
    QTest::newRow("decimal comma") << QStringLiteral("50,5") << QStringLiteral("no decimals");
    QTest::newRow("comma thousands") << QStringLiteral("50,000") << QStringLiteral("no decimals");
    QTest::newRow("decimal dot") << QStringLiteral("50.5") << QStringLiteral("dots only between thousands");
    QTest::newRow("bad group") << QStringLiteral("5.0000") << QStringLiteral("dots only between thousands");
    QTest::newRow("leading dot") << QStringLiteral(".500") << QStringLiteral("dots only between thousands");
    QTest::newRow("trailing dot") << QStringLiteral("500.") << QStringLiteral("dots only between thousands");
    QTest::newRow("below minimum") << QStringLiteral("999") << QStringLiteral("minimum top-up is Rp 1.000");
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("minimum");
    QTest::newRow("above maximum") << QStringLiteral("10000001")
                                   << QStringLiteral("maximum top-up is Rp 10.000.000");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999") << QStringLiteral("too large");
    QTest::newRow("plus sign") << QStringLiteral("+5000") << QStringLiteral("digits only");
    QTest::newRow("rp only") << QStringLiteral("Rp") << QStringLiteral("digits only");
    QTest::newRow("inner space") << QStringLiteral("50 000") << QStringLiteral("digits only");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, errorPart);
    const auto result = Kasir::parseCashierAmount(input);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    QCOMPARE(result.value.rupiah(), qint64(0));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("rupiah");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("api");
    QTest::newRow("price") << qint64(51500) << QStringLiteral("Rp 51.500") << QStringLiteral("51500");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("Rp 0") << QStringLiteral("0");
    QTest::newRow("small") << qint64(500) << QStringLiteral("Rp 500") << QStringLiteral("500");
    QTest::newRow("million") << qint64(1000000) << QStringLiteral("Rp 1.000.000")
                             << QStringLiteral("1000000");
    QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-Rp 1.500") << QStringLiteral("-1500");
}

void TestMoney::format()
{
    QFETCH(qint64, rupiah);
    QFETCH(QString, formatted);
    QFETCH(QString, api);
    QCOMPARE(Money::fromRupiah(rupiah).format(), formatted);
    QCOMPARE(Money::fromRupiah(rupiah).toApiString(), api);
}

void TestMoney::apiDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("rupiah");
    QTest::newRow("digits") << QStringLiteral("448500") << true << qint64(448500);
    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("grouped") << QStringLiteral("448.500") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
    QTest::newRow("decimal") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("space") << QStringLiteral(" 1") << false << qint64(0);
    QTest::newRow("too long") << QStringLiteral("1777946295495371000") << false << qint64(0);
}

void TestMoney::apiDigits()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, rupiah);
    const auto money = Money::fromApiString(text);
    QCOMPARE(money.has_value(), ok);
    if (ok)
        QCOMPARE(money->rupiah(), rupiah);
}

void TestMoney::configuredMaximum()
{
    AmountLimits limits;
    limits.maximum = Money::fromRupiah(500000);
    QVERIFY(Kasir::parseCashierAmount(QStringLiteral("500.000"), limits).ok);
    const auto over = Kasir::parseCashierAmount(QStringLiteral("500.001"), limits);
    QVERIFY(!over.ok);
    QVERIFY2(over.error.contains(QStringLiteral("Rp 500.000")), qPrintable(over.error));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
