#include "ApiKeyVault.h"
#include "secrets/FileKeyStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Kasir;

// Runs without a keychain service (CI, a headless kiosk): the vault must settle on the 0600
// file within its probe bound, and the environment must override it.
class tst_ApiKeyVault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fallsBackToFileWithoutKeychain();
    void environmentOverrides();
    void keychainOffSkipsProbe();
};

void tst_ApiKeyVault::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KasirEWallet"));
    QCoreApplication::setApplicationName(QStringLiteral("kasir-ewallet"));
    // No session bus: no keychain service can answer.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kasir-test-bus");
}

void tst_ApiKeyVault::init()
{
    qunsetenv("KASIR_API_KEY");
    qunsetenv("KASIR_KEYCHAIN");
    FileKeyStore().clearNow();
}

void tst_ApiKeyVault::fallsBackToFileWithoutKeychain()
{
    ApiKeyVault vault(nullptr, 1500);
    bool ready = false;
    vault.open([&] { ready = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 10000);
    QVERIFY(vault.store());
    QCOMPARE(vault.store()->kind(), ApiKeyStore::Kind::File);
    QCOMPARE(vault.store()->describe(), QStringLiteral("file ") + FileKeyStore::defaultPath());

    bool written = false;
    vault.store()->write(QStringLiteral("vault-key-123"), [&](const ApiKeyResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    ApiKeySource source;
    bool resolved = false;
    vault.resolve([&](const ApiKeySource &s) {
        source = s;
        resolved = true;
    });
    QTRY_VERIFY(resolved);
    QCOMPARE(source.key, QStringLiteral("vault-key-123"));
    QCOMPARE(source.description, QStringLiteral("file ") + FileKeyStore::defaultPath());
}

void tst_ApiKeyVault::environmentOverrides()
{
    QVERIFY(FileKeyStore().writeNow(QStringLiteral("file-key-123")).ok());
    qputenv("KASIR_API_KEY", "env-key-456");
    ApiKeyVault vault(nullptr, 1500);
    ApiKeySource source;
    bool resolved = false;
    vault.resolve([&](const ApiKeySource &s) {
        source = s;
        resolved = true;
    });
    QTRY_VERIFY(resolved);
    QCOMPARE(source.key, QStringLiteral("env-key-456"));
    QCOMPARE(source.description, QStringLiteral("environment"));
}

void tst_ApiKeyVault::keychainOffSkipsProbe()
{
    qputenv("KASIR_KEYCHAIN", "off");
    ApiKeyVault vault(nullptr, 60000);
    bool ready = false;
    vault.open([&] { ready = true; });
    QVERIFY(ready); // at once: no probe
    QCOMPARE(vault.store()->kind(), ApiKeyStore::Kind::File);
}

QTEST_GUILESS_MAIN(tst_ApiKeyVault)
#include "tst_apikeyvault.moc"
