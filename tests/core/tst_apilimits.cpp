#include "api/ApiLimits.h"
#include "settings/AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Kasir::ApiLimits;
using Kasir::AppSettings;

// The bounds of one exchange: the timeout range, read from the command line and from settings.
class TestApiLimits : public QObject
{
    Q_OBJECT
private slots:
    void timeoutFromText_data();
    void timeoutFromText();
    void storedTimeoutIsBounded_data();
    void storedTimeoutIsBounded();
};

void TestApiLimits::timeoutFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("ms"); // -1: refused
    QTest::newRow("1") << QStringLiteral("1") << 1000;
    QTest::newRow("30") << QStringLiteral("30") << 30000;
    QTest::newRow("2.5") << QStringLiteral("2.5") << 2500;
    QTest::newRow("300") << QStringLiteral("300") << 300000;
    QTest::newRow("spaces") << QStringLiteral(" 5 ") << 5000;
    QTest::newRow("nan") << QStringLiteral("nan") << -1;
    QTest::newRow("-nan") << QStringLiteral("-nan") << -1;
    QTest::newRow("inf") << QStringLiteral("inf") << -1;
    QTest::newRow("0") << QStringLiteral("0") << -1;
    QTest::newRow("0.0001") << QStringLiteral("0.0001") << -1;
    QTest::newRow("0.999") << QStringLiteral("0.999") << -1;
    QTest::newRow("negative") << QStringLiteral("-5") << -1;
    QTest::newRow("300.001") << QStringLiteral("300.001") << -1;
    QTest::newRow("huge") << QStringLiteral("1e300") << -1;
    QTest::newRow("letters") << QStringLiteral("abc") << -1;
    QTest::newRow("unit") << QStringLiteral("30s") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestApiLimits::timeoutFromText()
{
    QFETCH(QString, text);
    QFETCH(int, ms);
    const std::optional<int> got = ApiLimits::timeoutMsFromText(text);
    QCOMPARE(got.value_or(-1), ms);
}

void TestApiLimits::storedTimeoutIsBounded_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("seconds");
    QTest::newRow("default") << QVariant() << 30;
    QTest::newRow("45") << QVariant(45) << 45;
    QTest::newRow("0") << QVariant(0) << 1;
    QTest::newRow("negative") << QVariant(-10) << 1;
    QTest::newRow("1000") << QVariant(1000) << 300;
    QTest::newRow("nan") << QVariant(QStringLiteral("nan")) << 30;
    QTest::newRow("text") << QVariant(QStringLiteral("soon")) << 30;
}

void TestApiLimits::storedTimeoutIsBounded()
{
    QFETCH(QVariant, stored);
    QFETCH(int, seconds);
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (stored.isValid())
        qs.setValue(QStringLiteral("api/timeoutSeconds"), stored);
    AppSettings settings(&qs);
    QCOMPARE(settings.clientTimeoutSeconds(), seconds);
    settings.setClientTimeoutSeconds(100000);
    QCOMPARE(settings.clientTimeoutSeconds(), ApiLimits::MaxTimeoutSeconds);
}

QTEST_GUILESS_MAIN(TestApiLimits)
#include "tst_apilimits.moc"
