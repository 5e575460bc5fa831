// Typed settings: defaults, round trips, and bad stored values falling back to defaults.

#include "settings/AppSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class AppSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void badValuesFallBack();

private:
    QTemporaryDir m_dir;
};

void AppSettingsTest::defaults()
{
    QSettings qs(m_dir.filePath(QStringLiteral("defaults.ini")), QSettings::IniFormat);
    AppSettings s(&qs);
    QCOMPARE(s.language(), QStringLiteral("id"));
    QCOMPARE(s.terminalId(), QStringLiteral("K01"));
    QCOMPARE(s.storeFee(), Money::fromRupiah(1000));
    QCOMPARE(s.storeFee(QStringLiteral("GOPAY")), Money::fromRupiah(1000));
    QCOMPARE(s.lowBalanceThreshold(), Money::fromRupiah(200000));
    QCOMPARE(s.clientTimeoutSeconds(), 30);
    QCOMPARE(s.duplicateWindowSeconds(), 600);
    QVERIFY(s.baseUrl().isEmpty());
    QVERIFY(s.apiKeyFile().isEmpty());
    QVERIFY(s.cashierName().isEmpty());
    QCOMPARE(s.resolveSound(), true);
}

void AppSettingsTest::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    {
        QSettings qs(path, QSettings::IniFormat);
        AppSettings s(&qs);
        s.setLanguage(QStringLiteral("en"));
        s.setCashierName(QStringLiteral("Budi"));
        s.setTerminalId(QStringLiteral("K07"));
        s.setStoreFee(Money::fromRupiah(1500));
        s.setStoreFee(QStringLiteral("ovo"), Money::fromRupiah(2500));
        s.setLowBalanceThreshold(Money::fromRupiah(1000000));
        s.setBaseUrl(QUrl(QStringLiteral("https://api.example")));
        s.setApiKeyFile(QStringLiteral("/etc/kasir/key"));
        s.setClientTimeoutSeconds(45);
        s.setDuplicateWindowSeconds(0);
        s.setResolveSound(false);
        s.sync();
    }
    QSettings qs(path, QSettings::IniFormat);
    AppSettings s(&qs);
    QCOMPARE(s.language(), QStringLiteral("en"));
    QCOMPARE(s.cashierName(), QStringLiteral("Budi"));
    QCOMPARE(s.terminalId(), QStringLiteral("K07"));
    QCOMPARE(s.storeFee(), Money::fromRupiah(1500));
    QCOMPARE(s.storeFee(QStringLiteral("OVO")), Money::fromRupiah(2500));
    QCOMPARE(s.storeFee(QStringLiteral("DANA")), Money::fromRupiah(1500));
    QCOMPARE(s.lowBalanceThreshold(), Money::fromRupiah(1000000));
    QCOMPARE(s.baseUrl(), QUrl(QStringLiteral("https://api.example")));
    QCOMPARE(s.apiKeyFile(), QStringLiteral("/etc/kasir/key"));
    QCOMPARE(s.clientTimeoutSeconds(), 45);
    QCOMPARE(s.duplicateWindowSeconds(), 0);
    QCOMPARE(s.resolveSound(), false);
    // The key itself is never a setting: the only stored name about a key is the key file's
    // path, and the file written to disk holds no other.
    QVERIFY(qs.allKeys().contains(QStringLiteral("api/keyFile")));
    for (const QString &name : qs.allKeys()) {
        if (name != QLatin1String("api/keyFile"))
            QVERIFY2(!name.contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(name));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text.count("keyFile"), 1);
    QVERIFY2(!text.contains("apiKey") && !text.contains("api_key"), text.constData());
}

void AppSettingsTest::badValuesFallBack()
{
    QSettings qs(m_dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
    qs.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    qs.setValue(QStringLiteral("pricing/storeFee"), QStringLiteral("-5"));
    qs.setValue(QStringLiteral("deposit/lowBalanceThreshold"), QStringLiteral("lots"));
    qs.setValue(QStringLiteral("api/timeoutSeconds"), 1000);
    qs.setValue(QStringLiteral("sale/duplicateWindowSeconds"), -3);
    qs.setValue(QStringLiteral("counter/terminalId"), QStringLiteral("  "));
    AppSettings s(&qs);
    QCOMPARE(s.language(), QStringLiteral("id"));
    QCOMPARE(s.storeFee(), Money::fromRupiah(1000));
    QCOMPARE(s.lowBalanceThreshold(), Money::fromRupiah(200000));
    QCOMPARE(s.clientTimeoutSeconds(), 300);
    QCOMPARE(s.duplicateWindowSeconds(), 600);
    QCOMPARE(s.terminalId(), QStringLiteral("K01"));
}

QTEST_APPLESS_MAIN(AppSettingsTest)
#include "tst_ui_appsettings.moc"
