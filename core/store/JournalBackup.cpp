#include "store/JournalBackup.h"

#include "logging/Logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Kasir {

namespace {

QAtomicInteger<quint64> s_checkCounter;

} // namespace

QString JournalBackup::pathFor(const QString &journalPath, const QString &label, const QDateTime &nowUtc)
{
    const QFileInfo info(journalPath);
    const QString stem = info.absoluteDir().filePath(
        QStringLiteral("backups/%1-%2-%3")
            .arg(info.completeBaseName(), label,
                nowUtc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    // Two backups in the same second (two closes) get -2, -3...: a backup never replaces one.
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

QString JournalBackup::integrityCheck(const QString &path, QString *error)
{
    QStringList lines;
    const QString name = QStringLiteral("kasir-backup-check-%1").arg(++s_checkCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = QStringLiteral("%1 does not exist").arg(path);
        } else if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                while (q.next())
                    lines << q.value(0).toString();
            } else if (error) {
                *error = q.lastError().text();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines.mid(0, 5).join(QLatin1String("; "));
}

BackupResult JournalBackup::write(const QString &journalPath, const QString &target)
{
    BackupResult r;
    r.path = target;
    if (QFileInfo::exists(target)) {
        r.error = QStringLiteral("The backup file %1 already exists").arg(target);
        return r;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        r.error = QStringLiteral("Cannot create the folder for the backup %1").arg(target);
        return r;
    }
    const QString name = QStringLiteral("kasir-backup-%1").arg(++s_checkCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(journalPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!QFileInfo::exists(journalPath) || !db.open()) {
            r.error = QStringLiteral("Cannot open the journal %1 for a backup: %2")
                          .arg(journalPath, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
                r.error = QStringLiteral("Cannot prepare the backup: %1").arg(q.lastError().text());
            } else {
                q.bindValue(0, target);
                if (!q.exec())
                    r.error = QStringLiteral("The backup to %1 failed: %2").arg(target, q.lastError().text());
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!r.error.isEmpty()) {
        QFile::remove(target);
        return r;
    }
    QString error;
    r.integrity = integrityCheck(target, &error);
    if (r.integrity != QLatin1String("ok")) {
        r.error = QStringLiteral("The backup %1 failed its integrity check (%2); it was removed")
                      .arg(target, error.isEmpty() ? r.integrity : error);
        QFile::remove(target);
        return r;
    }
    r.ok = true;
    qCInfo(lcStore).noquote() << "journal backed up to" << target;
    return r;
}

} // namespace Kasir
