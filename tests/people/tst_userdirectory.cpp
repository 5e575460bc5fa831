#include "../store/TestClock.h"
#include "people/AuditTrail.h"
#include "people/UserDirectory.h"
#include "store/ReceiptStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class tst_UserDirectory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void addAndList();
    void badInputRefused_data();
    void badInputRefused();
    void saltDiffersPerUserAndNoPlainPin();
    void goodPinResetsCount();
    void lockoutAfterFiveAndAcrossRestart();
    void lockedUserRefusedEvenWithRightPin();
    void splitCheckMatchesOneCall();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("kasir.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
};

void tst_UserDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowUtc(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
}

void tst_UserDirectory::addAndList()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    UserDirectory users(store, &m_clock);
    QVERIFY(!users.hasManager());
    QVERIFY2(users.addUser(QStringLiteral("  Bu  Sari "), Role::Manager, QStringLiteral("1234")),
        qPrintable(users.lastError()));
    QVERIFY(users.addUser(
        QStringLiteral("Andi"), Role::Cashier, QStringLiteral("87654321"), QStringLiteral("Bu Sari")));
    QVERIFY(users.hasManager());
    const QList<User> all = users.users();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Bu Sari"));
    QCOMPARE(all.at(0).role, Role::Manager);
    QCOMPARE(all.at(1).name, QStringLiteral("Andi"));
    QCOMPARE(all.at(1).role, Role::Cashier);
    QCOMPARE(all.at(1).pinIterations, PinHasher::DefaultIterations);
    QCOMPARE(all.at(1).createdUtc, m_clock.nowUtc());
    // The name is unique regardless of case.
    QVERIFY(!users.addUser(QStringLiteral("andi"), Role::Cashier, QStringLiteral("1111")));
    QVERIFY(users.lastError().contains(QLatin1String("already")));
    QCOMPARE(users.users().size(), 2);

    const QList<AuditEntry> audit = AuditTrail(store, &m_clock).entries();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(1).event, AuditEvent::UserAdded);
    QCOMPARE(audit.at(1).user, QStringLiteral("Bu Sari"));
    QCOMPARE(audit.at(1).detail, QStringLiteral("Andi (cashier)"));
}

void tst_UserDirectory::badInputRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pin");
    QTest::newRow("empty name") << QStringLiteral("  ") << QStringLiteral("1234");
    QTest::newRow("long name") << QString(41, QLatin1Char('x')) << QStringLiteral("1234");
    QTest::newRow("short pin") << QStringLiteral("Andi") << QStringLiteral("123");
    QTest::newRow("long pin") << QStringLiteral("Andi") << QStringLiteral("123456789");
    QTest::newRow("letters") << QStringLiteral("Andi") << QStringLiteral("12ab");
}

void tst_UserDirectory::badInputRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, pin);
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    UserDirectory users(store, &m_clock);
    QVERIFY(!users.addUser(name, Role::Cashier, pin));
    QVERIFY(!users.lastError().isEmpty());
    QVERIFY(users.users().isEmpty());
}

void tst_UserDirectory::saltDiffersPerUserAndNoPlainPin()
{
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
        UserDirectory users(store, &m_clock);
        QVERIFY(users.addUser(QStringLiteral("Sari"), Role::Manager, QStringLiteral("739182")));
        QVERIFY(users.addUser(QStringLiteral("Andi"), Role::Cashier, QStringLiteral("739182")));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM users ORDER BY id")));
        QVERIFY(q.next());
        const QString salt1 = q.value(0).toString(), hash1 = q.value(1).toString();
        QCOMPARE(q.value(2).toInt(), PinHasher::DefaultIterations);
        QVERIFY(q.next());
        const QString salt2 = q.value(0).toString(), hash2 = q.value(1).toString();
        QCOMPARE(q.value(2).toInt(), PinHasher::DefaultIterations);
        QCOMPARE(salt1.size(), PinHasher::SaltBytes * 2);
        QVERIFY(salt1 != salt2);
        QVERIFY(hash1 != hash2); // same PIN, different salt
        QCOMPARE(QByteArray::fromHex(hash1.toLatin1()),
            PinHasher::derive(QStringLiteral("739182"), QByteArray::fromHex(salt1.toLatin1()),
                PinHasher::DefaultIterations));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    // The PIN is nowhere in the file as text.
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile f(dbPath() + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("739182"));
        QVERIFY(!bytes.contains(QStringLiteral("739182").toUtf8().toHex()));
    }
}

void tst_UserDirectory::goodPinResetsCount()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    UserDirectory users(store, &m_clock);
    QVERIFY(users.addUser(QStringLiteral("Andi"), Role::Cashier, QStringLiteral("2468")));
    for (int i = 0; i < 4; ++i) {
        const PinCheck c = users.checkPin(QStringLiteral("Andi"), QStringLiteral("0000"));
        QCOMPARE(c.outcome, PinCheck::WrongPin);
        QCOMPARE(c.attemptsLeft, 4 - i);
    }
    const PinCheck ok = users.checkPin(QStringLiteral("andi"), QStringLiteral("2468"));
    QCOMPARE(ok.outcome, PinCheck::Accepted);
    QCOMPARE(ok.user.name, QStringLiteral("Andi"));
    QCOMPARE(users.find(QStringLiteral("Andi"))->failedPins, 0);
    // Four more wrong ones do not lock: the count started over.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(users.checkPin(QStringLiteral("Andi"), QStringLiteral("0000")).outcome, PinCheck::WrongPin);
    QCOMPARE(users.checkPin(QStringLiteral("Nobody"), QStringLiteral("2468")).outcome, PinCheck::UnknownUser);
}

void tst_UserDirectory::lockoutAfterFiveAndAcrossRestart()
{
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
        UserDirectory users(store, &m_clock);
        QVERIFY(users.addUser(QStringLiteral("Andi"), Role::Cashier, QStringLiteral("2468")));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                users.checkPin(QStringLiteral("Andi"), QStringLiteral("1111")).outcome, PinCheck::WrongPin);
    }
    // A restart: a new store and directory on the same file.
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
        UserDirectory users(store, &m_clock);
        QCOMPARE(users.find(QStringLiteral("Andi"))->failedPins, 3);
        QCOMPARE(users.checkPin(QStringLiteral("Andi"), QStringLiteral("1111")).attemptsLeft, 1);
        const PinCheck fifth = users.checkPin(QStringLiteral("Andi"), QStringLiteral("1111"));
        QCOMPARE(fifth.outcome, PinCheck::Locked);
        QCOMPARE(fifth.lockedUntilUtc, m_clock.nowUtc().addSecs(300));
        QVERIFY(fifth.message.contains(QLatin1String("5 minute")));
    }
    m_clock.advanceSecs(299);
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
        UserDirectory users(store, &m_clock);
        QCOMPARE(users.checkPin(QStringLiteral("Andi"), QStringLiteral("2468")).outcome, PinCheck::Locked);
        m_clock.advanceSecs(1);
        QCOMPARE(users.checkPin(QStringLiteral("Andi"), QStringLiteral("2468")).outcome, PinCheck::Accepted);

        QStringList events;
        for (const AuditEntry &e : AuditTrail(store, &m_clock).entries())
            events << AuditTrail::eventName(e.event);
        QCOMPARE(events,
            QStringList(
                { QStringLiteral("USER_ADDED"), QStringLiteral("FAILED_PIN"), QStringLiteral("FAILED_PIN"),
                    QStringLiteral("FAILED_PIN"), QStringLiteral("FAILED_PIN"), QStringLiteral("FAILED_PIN"),
                    QStringLiteral("LOCKOUT"), QStringLiteral("FAILED_PIN"), QStringLiteral("LOGIN") }));
    }
}

void tst_UserDirectory::lockedUserRefusedEvenWithRightPin()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    UserDirectory users(store, &m_clock);
    QVERIFY(users.addUser(QStringLiteral("Sari"), Role::Manager, QStringLiteral("9999")));
    QVERIFY(users.addUser(QStringLiteral("Andi"), Role::Cashier, QStringLiteral("2468")));
    for (int i = 0; i < 5; ++i)
        users.checkPin(QStringLiteral("Andi"), QStringLiteral("1111"));
    QCOMPARE(users.checkPin(QStringLiteral("Andi"), QStringLiteral("2468")).outcome, PinCheck::Locked);
    // Tries while locked do not extend the lock.
    QCOMPARE(users.find(QStringLiteral("Andi"))->lockedUntilUtc, m_clock.nowUtc().addSecs(300));
    // Another user is not affected.
    QCOMPARE(users.checkPin(QStringLiteral("Sari"), QStringLiteral("9999")).outcome, PinCheck::Accepted);
}

void tst_UserDirectory::splitCheckMatchesOneCall()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    UserDirectory users(store, &m_clock);
    QVERIFY(users.addUser(QStringLiteral("Andi"), Role::Cashier, QStringLiteral("2468")));
    PinCheck check;
    const std::optional<PinHash> stored = users.storedPin(QStringLiteral("Andi"), &check);
    QVERIFY(stored);
    QVERIFY(PinHasher::matches(QStringLiteral("2468"), *stored));
    QVERIFY(!PinHasher::matches(QStringLiteral("2469"), *stored));
    QCOMPARE(users.recordAttempt(QStringLiteral("Andi"), true).outcome, PinCheck::Accepted);
}

QTEST_GUILESS_MAIN(tst_UserDirectory)
#include "tst_userdirectory.moc"
