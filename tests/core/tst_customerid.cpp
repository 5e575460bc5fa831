#include "customer/CustomerId.h"

#include <QTest>

using Kasir::CustomerIdRule;

class TestCustomerId : public QObject
{
    Q_OBJECT
private slots:
    void phone_data();
    void phone();
    void account_data();
    void account();
};

void TestCustomerId::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty: rejected
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("plain") << QStringLiteral("08123456789") << QStringLiteral("08123456789") << QString();
    QTest::newRow("+62 dashed") << QStringLiteral("+62 812-3456-789") << QStringLiteral("08123456789")
                                << QString();
    QTest::newRow("62 prefix") << QStringLiteral("628123456789") << QStringLiteral("08123456789")
                               << QString();
    QTest::newRow("spaced") << QStringLiteral("0812 3456 789") << QStringLiteral("08123456789") << QString();
    QTest::newRow("dots") << QStringLiteral("0812.3456.789") << QStringLiteral("08123456789") << QString();
    QTest::newRow("brackets") << QStringLiteral("(0812) 3456789") << QStringLiteral("08123456789")
                              << QString();
    QTest::newRow("without zero") << QStringLiteral("8123456789") << QStringLiteral("08123456789")
                                  << QString();
    QTest::newRow("shortest") << QStringLiteral("0812345678") << QStringLiteral("0812345678") << QString();
    QTest::newRow("longest") << QStringLiteral("0812345678901") << QStringLiteral("0812345678901")
                             << QString();
    QTest::newRow("pasted spaces") << QStringLiteral("  +62 812 3456 789  ") << QStringLiteral("08123456789")
                                   << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("Enter the customer");
    QTest::newRow("letters") << QStringLiteral("0812abc6789") << QString() << QStringLiteral("digits only");
    QTest::newRow("too short") << QStringLiteral("0812345") << QString() << QStringLiteral("too short");
    QTest::newRow("too long") << QStringLiteral("08123456789012") << QString() << QStringLiteral("too long");
    QTest::newRow("landline") << QStringLiteral("0215551234") << QString()
                              << QStringLiteral("starts with 08");
    QTest::newRow("foreign") << QStringLiteral("+65 8123 4567") << QString()
                             << QStringLiteral("starts with 08");
    QTest::newRow("plus inside") << QStringLiteral("0812+3456789") << QString()
                                 << QStringLiteral("digits only");
}

void TestCustomerId::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, errorPart);
    const auto result = Kasir::normalizeCustomerId(input, CustomerIdRule {});
    QCOMPARE(result.ok, !normalized.isEmpty());
    QCOMPARE(result.normalized, normalized);
    if (!errorPart.isEmpty())
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    else
        QVERIFY(result.error.isEmpty());
}

void TestCustomerId::account_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("digits") << QStringLiteral("1234567890") << QStringLiteral("1234567890");
    QTest::newRow("spaces removed") << QStringLiteral(" 1234 5678 ") << QStringLiteral("12345678");
    QTest::newRow("too short") << QStringLiteral("12") << QString();
    QTest::newRow("letters") << QStringLiteral("ABC12345") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCustomerId::account()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    CustomerIdRule rule;
    rule.kind = CustomerIdRule::Kind::Account;
    rule.accountPattern = QStringLiteral("[0-9]{6,16}");
    const auto result = Kasir::normalizeCustomerId(input, rule);
    QCOMPARE(result.ok, !normalized.isEmpty());
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.error.isEmpty(), result.ok);
}

QTEST_GUILESS_MAIN(TestCustomerId)
#include "tst_customerid.moc"
