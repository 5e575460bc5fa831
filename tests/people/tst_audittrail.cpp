#include "../store/TestClock.h"
#include "people/AuditTrail.h"
#include "store/ReceiptStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class tst_AuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void recordAndRead();
    void byLocalDate();
    void appendOnlyInSql();
    void eventNamesRoundTrip();
};

void tst_AuditTrail::recordAndRead()
{
    QTemporaryDir dir;
    TestClock clock;
    ReceiptStore store(dir.filePath(QStringLiteral("j.sqlite")), &clock);
    QVERIFY(store.open());
    AuditTrail audit(store, &clock);
    QVERIFY(audit.record(AuditEvent::Reprint, QStringLiteral("Andi"), QStringLiteral("K01-20261124-0001")));
    clock.advanceSecs(5);
    QVERIFY(audit.record(
        AuditEvent::SettingsChanged, QStringLiteral("Sari"), QStringLiteral("api/baseUrl, store/name")));
    const QList<AuditEntry> all = audit.entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).event, AuditEvent::Reprint);
    QCOMPARE(all.at(0).user, QStringLiteral("Andi"));
    QCOMPARE(all.at(0).detail, QStringLiteral("K01-20261124-0001"));
    QCOMPARE(all.at(0).atUtc, QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    QCOMPARE(all.at(1).event, AuditEvent::SettingsChanged);
    QCOMPARE(all.at(1).atUtc, QDateTime(QDate(2026, 11, 24), QTime(3, 0, 5), Qt::UTC));
    QCOMPARE(audit.entries(std::nullopt, 1).size(), 1);
    QCOMPARE(audit.entries(std::nullopt, 1).at(0).event, AuditEvent::SettingsChanged);
}

void tst_AuditTrail::byLocalDate()
{
    QTemporaryDir dir;
    TestClock clock;
    ReceiptStore store(dir.filePath(QStringLiteral("j.sqlite")), &clock);
    QVERIFY(store.open());
    AuditTrail audit(store, &clock);
    const QDate day(2026, 11, 24);
    clock.setNowUtc(QDateTime(day, QTime(12, 0), Qt::LocalTime).toUTC());
    QVERIFY(audit.record(AuditEvent::Login, QStringLiteral("Andi")));
    clock.setNowUtc(QDateTime(day.addDays(1), QTime(0, 0, 1), Qt::LocalTime).toUTC());
    QVERIFY(audit.record(AuditEvent::Logout, QStringLiteral("Andi")));
    QCOMPARE(audit.entries(day).size(), 1);
    QCOMPARE(audit.entries(day).at(0).event, AuditEvent::Login);
    QCOMPARE(audit.entries(day.addDays(1)).size(), 1);
    QCOMPARE(audit.entries(day.addDays(2)).size(), 0);
}

void tst_AuditTrail::appendOnlyInSql()
{
    QTemporaryDir dir;
    TestClock clock;
    const QString path = dir.filePath(QStringLiteral("j.sqlite"));
    {
        ReceiptStore store(path, &clock);
        QVERIFY(store.open());
        QVERIFY(AuditTrail(store, &clock)
                    .record(AuditEvent::Backup, QStringLiteral("Sari"), QStringLiteral("b.sqlite")));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
        QVERIFY2(
            q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(detail) FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), QStringLiteral("b.sqlite"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void tst_AuditTrail::eventNamesRoundTrip()
{
    for (int i = 0; i <= int(AuditEvent::Restore); ++i) {
        const auto e = AuditEvent(i);
        const QString name = AuditTrail::eventName(e);
        QVERIFY(!name.isEmpty());
        QCOMPARE(AuditTrail::eventFromName(name), std::optional<AuditEvent>(e));
    }
    QVERIFY(!AuditTrail::eventFromName(QStringLiteral("NOPE")));
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
