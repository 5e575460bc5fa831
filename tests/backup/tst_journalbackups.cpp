#include "../store/TestClock.h"
#include "backup/DailyBackupTimer.h"
#include "backup/JournalBackups.h"
#include "store/ReceiptStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class tst_JournalBackups : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void backupOpensAndPassesIntegrityCheck();
    void dailyRotationKeepsThirty();
    void dailyOncePerLocalDay();
    void restoreRefusesNewerJournalWithoutForce();
    void restoreWithForceKeepsReplacedJournal();
    void restoreRefusesDamagedBackup();
    void restoreRefusesAnotherJournalsBackup();
    void timerTakesTheDailyBackupOffThread();

private:
    QString journal() const { return m_dir->filePath(QStringLiteral("kasir.sqlite")); }
    SaleRecord sale(const QString &reqId) const;
    void addSale(const QString &reqId);
    int saleCount(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
};

void tst_JournalBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowUtc(QDateTime(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC));
}

SaleRecord tst_JournalBackups::sale(const QString &reqId) const
{
    SaleRecord r;
    r.reqId = reqId;
    r.productId = QStringLiteral("GOPAY");
    r.custId = QStringLiteral("081234567890");
    r.amount = Money::fromRupiah(50000);
    r.sellingPrice = Money::fromRupiah(51500);
    r.status = SaleStatus::Paying;
    return r;
}

void tst_JournalBackups::addSale(const QString &reqId)
{
    ReceiptStore store(journal(), &m_clock);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    SaleRecord r = sale(reqId);
    QVERIFY2(store.insertSale(&r, QStringLiteral("K01")), qPrintable(store.lastError()));
}

int tst_JournalBackups::saleCount(const QString &path)
{
    ReceiptStore store(path, &m_clock);
    store.open();
    SaleHistoryFilter all;
    all.limit = 0;
    return int(store.history(all).size());
}

void tst_JournalBackups::backupOpensAndPassesIntegrityCheck()
{
    addSale(QStringLiteral("R1"));
    addSale(QStringLiteral("R2"));
    JournalBackups backups(journal(), &m_clock);
    const BackupResult r = backups.backupNow(QStringLiteral("manual"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.integrity, QStringLiteral("ok"));
    QCOMPARE(QFileInfo(r.path).absolutePath(), QDir(m_dir->path()).filePath(QStringLiteral("backups")));
    QCOMPARE(JournalBackup::integrityCheck(r.path), QStringLiteral("ok"));
    QCOMPARE(saleCount(r.path), 2);
    const QList<BackupInfo> all = backups.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).label, QStringLiteral("manual"));
    // A second one in the same second gets its own file.
    const BackupResult again = backups.backupNow(QStringLiteral("manual"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.path != r.path);
    QCOMPARE(backups.list().size(), 2);
}

void tst_JournalBackups::dailyRotationKeepsThirty()
{
    addSale(QStringLiteral("R1"));
    JournalBackups backups(journal(), &m_clock);
    QStringList taken;
    for (int day = 0; day < 33; ++day) {
        const BackupResult r = backups.dailyIfDue();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.path.isEmpty());
        taken << r.path;
        m_clock.advanceSecs(24 * 3600);
    }
    // A pre-restore backup is not part of the daily rotation.
    QVERIFY(backups.backupNow(QStringLiteral("pre-restore")).ok);
    const QList<BackupInfo> all = backups.list();
    QStringList daily;
    for (const BackupInfo &b : all) {
        if (b.label == QLatin1String("daily"))
            daily << b.path;
    }
    QCOMPARE(daily.size(), 30);
    QCOMPARE(daily, taken.mid(3)); // the three oldest went
    QCOMPARE(all.size(), 31);
    for (const QString &p : taken.mid(0, 3))
        QVERIFY(!QFileInfo::exists(p));
}

void tst_JournalBackups::dailyOncePerLocalDay()
{
    addSale(QStringLiteral("R1"));
    JournalBackups backups(journal(), &m_clock);
    QVERIFY(!backups.dailyIfDue().path.isEmpty());
    m_clock.advanceSecs(60);
    const BackupResult second = backups.dailyIfDue();
    QVERIFY(second.ok);
    QVERIFY(second.path.isEmpty());
    QCOMPARE(backups.list().size(), 1);
}

void tst_JournalBackups::restoreRefusesNewerJournalWithoutForce()
{
    addSale(QStringLiteral("R1"));
    JournalBackups backups(journal(), &m_clock);
    const BackupResult b = backups.backupNow(QStringLiteral("manual"));
    QVERIFY(b.ok);
    m_clock.advanceSecs(10);
    addSale(QStringLiteral("R2"));

    QFile f(journal());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const int backupsBefore = int(backups.list().size());

    const RestoreResult r = backups.restore(b.path, false);
    QCOMPARE(r.outcome, RestoreResult::RefusedNewerSales);
    QCOMPARE(r.newerSales, 1);
    QVERIFY(r.message.contains(QLatin1String("--force")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();
    QCOMPARE(saleCount(journal()), 2);
    QCOMPARE(int(backups.list().size()), backupsBefore);

    // The same backup over a journal that holds nothing newer is accepted.
    const BackupResult same = backups.backupNow(QStringLiteral("manual"));
    QVERIFY(same.ok);
    QCOMPARE(backups.restore(same.path, false).outcome, RestoreResult::Restored);
}

void tst_JournalBackups::restoreWithForceKeepsReplacedJournal()
{
    addSale(QStringLiteral("R1"));
    JournalBackups backups(journal(), &m_clock);
    const BackupResult b = backups.backupNow(QStringLiteral("manual"));
    QVERIFY(b.ok);
    m_clock.advanceSecs(10);
    addSale(QStringLiteral("R2"));
    addSale(QStringLiteral("R3"));

    const RestoreResult r = backups.restore(b.path, true);
    QCOMPARE(r.outcome, RestoreResult::Restored);
    QCOMPARE(r.newerSales, 2);
    QVERIFY(QFileInfo::exists(r.previousJournalBackup));
    QVERIFY(r.previousJournalBackup.contains(QLatin1String("pre-restore")));
    QCOMPARE(JournalBackup::integrityCheck(r.previousJournalBackup), QStringLiteral("ok"));
    QCOMPARE(saleCount(r.previousJournalBackup), 3);
    QCOMPARE(saleCount(journal()), 1);
    // The restored journal opens writable and goes on.
    ReceiptStore store(journal(), &m_clock);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QVERIFY(store.findByReqId(QStringLiteral("R1")));
    QVERIFY(!store.findByReqId(QStringLiteral("R2")));
}

void tst_JournalBackups::restoreRefusesDamagedBackup()
{
    addSale(QStringLiteral("R1"));
    const QString bogus = m_dir->filePath(QStringLiteral("not-a-journal.sqlite"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    JournalBackups backups(journal(), &m_clock);
    const RestoreResult r = backups.restore(bogus, true);
    QCOMPARE(r.outcome, RestoreResult::RefusedBadBackup);
    QCOMPARE(saleCount(journal()), 1);
    QVERIFY(backups.list().isEmpty());
}

static void setJournalId(const QString &path, const QString &id)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("meta"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS journal_meta (name TEXT PRIMARY KEY, value TEXT)")));
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO journal_meta VALUES ('journal_id', ?)"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("meta"));
}

void tst_JournalBackups::restoreRefusesAnotherJournalsBackup()
{
    addSale(QStringLiteral("R1"));
    setJournalId(journal(), QStringLiteral("aaaa"));
    JournalBackups backups(journal(), &m_clock);
    const BackupResult own = backups.backupNow(QStringLiteral("manual"));
    QVERIFY(own.ok);
    QCOMPARE(JournalBackups::journalIdOf(own.path), QStringLiteral("aaaa")); // the id travels with the copy
    const BackupResult other = backups.backupNow(QStringLiteral("manual"));
    QVERIFY(other.ok);
    setJournalId(other.path, QStringLiteral("bbbb"));

    RestoreResult r = backups.restore(other.path, true);
    QCOMPARE(r.outcome, RestoreResult::RefusedOtherJournal);
    QVERIFY(r.message.contains(QLatin1String("another journal")));
    QCOMPARE(JournalBackups::journalIdOf(journal()), QStringLiteral("aaaa"));
    QCOMPARE(backups.list().size(), 2); // no pre-restore copy either
    // The journal's own backup restores, and keeps the same id.
    r = backups.restore(own.path, false);
    QCOMPARE(r.outcome, RestoreResult::Restored);
    QCOMPARE(JournalBackups::journalIdOf(journal()), QStringLiteral("aaaa"));
}

void tst_JournalBackups::timerTakesTheDailyBackupOffThread()
{
    addSale(QStringLiteral("R1"));
    DailyBackupTimer timer(journal(), &m_clock);
    QSignalSpy done(&timer, &DailyBackupTimer::backupFinished);
    timer.start(3600 * 1000);
    QVERIFY(timer.isRunning());
    QVERIFY(done.wait(20000));
    const BackupResult first = done.takeFirst().at(0).value<BackupResult>();
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.integrity, QStringLiteral("ok"));
    QCOMPARE(JournalBackup::integrityCheck(first.path), QStringLiteral("ok"));
    // Same day: nothing new, no signal.
    timer.checkNow();
    QTRY_VERIFY(!timer.isRunning());
    QCOMPARE(done.size(), 0);
    // Next day: a new one.
    m_clock.advanceSecs(24 * 3600);
    timer.checkNow();
    QVERIFY(done.wait(20000));
    QCOMPARE(JournalBackups(journal(), &m_clock).list().size(), 2);
}

QTEST_GUILESS_MAIN(tst_JournalBackups)
#include "tst_journalbackups.moc"
