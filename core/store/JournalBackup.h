#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Kasir {

struct BackupResult
{
    bool ok = false;
    QString path; // the copy written
    QString integrity; // the copy's PRAGMA integrity_check answer ("ok" when sound)
    QString error; // why it failed; the journal itself is never touched
};

// An online copy of the journal while it stays in use: VACUUM INTO a new file over a connection
// of its own (a consistent snapshot of what is committed; the program's own connection and its
// statements are not disturbed), then PRAGMA integrity_check on the copy over a read-only
// connection. A copy that fails the check is removed and reported.
class JournalBackup
{
public:
    // journalPath: the journal file. target must not exist yet; its folder is created.
    static BackupResult write(const QString &journalPath, const QString &target);

    // PRAGMA integrity_check of any SQLite file, read-only; "ok" when sound.
    static QString integrityCheck(const QString &path, QString *error = nullptr);

    // <journal folder>/backups/<journal name>-<label>-<yyyyMMdd-HHmmss>[-N].sqlite (local time),
    // a name no file has yet.
    static QString pathFor(const QString &journalPath, const QString &label, const QDateTime &nowUtc);
};

} // namespace Kasir
