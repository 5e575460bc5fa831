#include "secrets/FileKeyStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class tst_FileKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadClear();
    void fileIsOwnerOnly();
    void othersReadableRefused();
    void badKeysRefused_data();
    void badKeysRefused();
    void defaultPathInConfigFolder();
};

void tst_FileKeyStore::writeReadClear()
{
    QTemporaryDir dir;
    FileKeyStore store(dir.filePath(QStringLiteral("cfg/api-key")));
    QCOMPARE(store.readNow().status, ApiKeyResult::NotFound);
    QVERIFY(store.writeNow(QStringLiteral("k3y-Abc_123456")).ok());
    ApiKeyResult r = store.readNow();
    QVERIFY(r.ok());
    QCOMPARE(r.key, QStringLiteral("k3y-Abc_123456"));
    QCOMPARE(store.describe(), QStringLiteral("file ") + dir.filePath(QStringLiteral("cfg/api-key")));
    bool called = false;
    store.read([&](const ApiKeyResult &a) {
        called = true;
        QCOMPARE(a.key, QStringLiteral("k3y-Abc_123456"));
    });
    QVERIFY(called);
    QVERIFY(store.clearNow().ok());
    QVERIFY(!QFile::exists(store.path()));
    QCOMPARE(store.readNow().status, ApiKeyResult::NotFound);
}

void tst_FileKeyStore::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    FileKeyStore store(dir.filePath(QStringLiteral("api-key")));
    QVERIFY(store.writeNow(QStringLiteral("secret-key-1")).ok());
    QCOMPARE(QFile::permissions(store.path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(store.writeNow(QStringLiteral("secret-key-2")).ok());
    QCOMPARE(QFile::permissions(store.path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(store.readNow().key, QStringLiteral("secret-key-2"));
}

void tst_FileKeyStore::othersReadableRefused()
{
    QTemporaryDir dir;
    FileKeyStore store(dir.filePath(QStringLiteral("api-key")));
    QVERIFY(store.writeNow(QStringLiteral("secret-key-1")).ok());
    QVERIFY(QFile::setPermissions(
        store.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const ApiKeyResult r = store.readNow();
    QCOMPARE(r.status, ApiKeyResult::Failed);
    QVERIFY(r.key.isEmpty());
    QVERIFY(r.error.contains(QLatin1String("other users")));
    QVERIFY(!r.error.contains(QLatin1String("secret-key-1")));
}

void tst_FileKeyStore::badKeysRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << QStringLiteral("abc");
    QTest::newRow("space") << QStringLiteral("abcd efgh");
    QTest::newRow("newline") << QStringLiteral("abcdefgh\nx");
    QTest::newRow("non-ascii") << QStringLiteral("abcdefgh\u00e9");
    QTest::newRow("long") << QString(513, QLatin1Char('a'));
}

void tst_FileKeyStore::badKeysRefused()
{
    QFETCH(QString, key);
    QTemporaryDir dir;
    FileKeyStore store(dir.filePath(QStringLiteral("api-key")));
    const ApiKeyResult r = store.writeNow(key);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!QFile::exists(store.path()));
}

void tst_FileKeyStore::defaultPathInConfigFolder()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KasirEWallet"));
    QCoreApplication::setApplicationName(QStringLiteral("kasir-ewallet"));
    QVERIFY(FileKeyStore::defaultPath().endsWith(QLatin1String("/KasirEWallet/kasir-ewallet/api-key")));
}

QTEST_GUILESS_MAIN(tst_FileKeyStore)
#include "tst_filekeystore.moc"
