#include "backup/JournalBackups.h"

#include "clock/Clock.h"
#include "logging/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace Kasir {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::JournalBackups", text);
}

const QString kDaily = QStringLiteral("daily");

} // namespace

JournalBackups::JournalBackups(const QString &journalPath, Clock *clock)
    : m_journalPath(QFileInfo(journalPath).absoluteFilePath())
    , m_clock(clock ? clock : SystemClock::instance())
{ }

QString JournalBackups::folder() const
{
    return QFileInfo(JournalBackup::pathFor(m_journalPath, kDaily, m_clock->nowUtc())).absolutePath();
}

BackupResult JournalBackups::backupNow(const QString &label, const QString &target)
{
    // pathFor() gives a name no backup has yet (two in one second get -2, -3...).
    const QString path
        = target.isEmpty() ? JournalBackup::pathFor(m_journalPath, label, m_clock->nowUtc()) : target;
    return JournalBackup::write(m_journalPath, path);
}

QList<BackupInfo> JournalBackups::list() const
{
    QList<BackupInfo> out;
    const QString base = QFileInfo(m_journalPath).completeBaseName();
    const QRegularExpression re(QStringLiteral("^%1-([a-z-]+?)-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$")
                                    .arg(QRegularExpression::escape(base)));
    const QFileInfoList files = QDir(folder()).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files);
    for (const QFileInfo &f : files) {
        const QRegularExpressionMatch m = re.match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo info;
        info.path = f.absoluteFilePath();
        info.label = m.captured(1);
        info.takenLocal = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        info.size = f.size();
        out << info;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.takenLocal != b.takenLocal ? a.takenLocal < b.takenLocal : a.path < b.path;
    });
    return out;
}

BackupResult JournalBackups::dailyIfDue()
{
    const QDate today = m_clock->nowLocal().date();
    const QList<BackupInfo> all = list();
    const bool done = std::any_of(all.cbegin(), all.cend(),
        [&](const BackupInfo &b) { return b.label == kDaily && b.takenLocal.date() == today; });
    if (done) {
        BackupResult r;
        r.ok = true;
        return r;
    }
    BackupResult r = backupNow(kDaily);
    if (r.ok)
        rotate();
    return r;
}

int JournalBackups::rotate(int keep)
{
    QList<BackupInfo> daily;
    for (const BackupInfo &b : list()) {
        if (b.label == kDaily)
            daily << b;
    }
    int removed = 0;
    for (int i = 0; i < daily.size() - keep; ++i) {
        if (QFile::remove(daily.at(i).path))
            ++removed;
    }
    return removed;
}

QString JournalBackups::journalIdOf(const QString &path)
{
    QString id;
    const QString name = QStringLiteral("kasir-journal-id-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM journal_meta WHERE name = 'journal_id'"))
                && q.next())
                id = q.value(0).toString();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

int JournalBackups::salesNewerThan(const QString &journalPath, const QString &backupPath, QString *error)
{
    int newer = -1;
    const QString name = QStringLiteral("kasir-restore-check-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(journalPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("ATTACH DATABASE ? AS b"));
            q.bindValue(0, backupPath);
            if (!q.exec()
                || !q.exec(QStringLiteral(
                    "SELECT count(*) FROM main.sales s LEFT JOIN b.sales o ON o.req_id = s.req_id"
                    " WHERE o.id IS NULL OR s.updated_utc > o.updated_utc OR s.status <> o.status"))
                || !q.next()) {
                *error = q.lastError().text();
            } else {
                newer = q.value(0).toInt();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return newer;
}

RestoreResult JournalBackups::restore(const QString &backupFileIn, bool force)
{
    RestoreResult r;
    const QString backupFile = QFileInfo(backupFileIn).absoluteFilePath();
    QString error;
    const QString integrity = JournalBackup::integrityCheck(backupFile, &error);
    if (integrity != QLatin1String("ok")) {
        r.outcome = RestoreResult::RefusedBadBackup;
        r.message = tr("The backup %1 cannot be used: %2. Nothing was changed.")
                        .arg(QDir::toNativeSeparators(backupFile), error.isEmpty() ? integrity : error);
        return r;
    }
    if (backupFile == m_journalPath) {
        r.outcome = RestoreResult::RefusedBadBackup;
        r.message = tr("That file is the journal itself. Nothing was changed.");
        return r;
    }
    if (QFileInfo::exists(m_journalPath)) {
        const QString currentId = journalIdOf(m_journalPath);
        const QString backupId = journalIdOf(backupFile);
        if (!currentId.isEmpty() && !backupId.isEmpty() && currentId != backupId) {
            r.outcome = RestoreResult::RefusedOtherJournal;
            r.message = tr("The backup %1 belongs to another journal (journal id %2, this one is %3). "
                           "Nothing was changed.")
                            .arg(QDir::toNativeSeparators(backupFile), backupId, currentId);
            return r;
        }
        r.newerSales = salesNewerThan(m_journalPath, backupFile, &error);
        if (r.newerSales < 0) {
            r.outcome = RestoreResult::RefusedBadBackup;
            r.message
                = tr("The backup cannot be compared with the journal (%1). Nothing was changed.").arg(error);
            return r;
        }
        if (r.newerSales > 0 && !force) {
            r.outcome = RestoreResult::RefusedNewerSales;
            r.message = tr("The journal holds %1 sale(s) newer than the backup %2. Nothing was changed; "
                           "restore with --force to replace it anyway (it is kept as a backup).")
                            .arg(r.newerSales)
                            .arg(QDir::toNativeSeparators(backupFile));
            return r;
        }
        const BackupResult before = backupNow(QStringLiteral("pre-restore"));
        if (!before.ok) {
            r.message = tr("The journal could not be backed up before the restore (%1). Nothing was changed.")
                            .arg(before.error);
            return r;
        }
        r.previousJournalBackup = before.path;
    }

    // Copy next to the journal first, then swap in one rename: a crash leaves either the old
    // journal or the restored one, never half of each.
    const QString temp = m_journalPath + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!QFile::copy(backupFile, temp)) {
        r.message = tr("Cannot copy the backup next to the journal. Nothing was changed.");
        return r;
    }
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString wal = m_journalPath + QStringLiteral("-wal");
    const QString shm = m_journalPath + QStringLiteral("-shm");
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_journalPath).constData()) != 0) {
        QFile::remove(temp);
        r.message = tr("Cannot put the backup in place of the journal. Nothing was changed.");
        return r;
    }
    // The old journal's write-ahead log belongs to the replaced file (its content is in the
    // pre-restore backup); left behind it would be applied to the restored one.
    QFile::remove(wal);
    QFile::remove(shm);
    r.outcome = RestoreResult::Restored;
    r.message = tr("The journal was restored from %1.").arg(QDir::toNativeSeparators(backupFile));
    qCInfo(lcStore).noquote() << "journal restored from" << backupFile << "previous kept as"
                              << r.previousJournalBackup;
    return r;
}

} // namespace Kasir
