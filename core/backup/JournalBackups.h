#pragma once

#include "store/JournalBackup.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Kasir {

class Clock;

struct BackupInfo
{
    QString path;
    QString label; // daily, manual, pre-restore, pre-close, ...
    QDateTime takenLocal; // from the file name
    qint64 size = 0;
};

struct RestoreResult
{
    enum Outcome { Restored, RefusedNewerSales, RefusedBadBackup, RefusedOtherJournal, Failed };
    Outcome outcome = Failed;
    QString message;
    QString previousJournalBackup; // the replaced journal, kept as a backup
    int newerSales = 0; // sales in the journal that the backup does not hold as they are
};

// The backups folder of one journal (<journal folder>/backups, see JournalBackup::pathFor):
// daily backups keeping the last KeepDaily, a backup before every restore (and before every
// close), each integrity-checked after writing by JournalBackup.
class JournalBackups
{
public:
    static constexpr int KeepDaily = 30;

    explicit JournalBackups(const QString &journalPath, Clock *clock = nullptr);

    QString folder() const;
    // label: a word such as manual, pre-close. target: empty = a new file in folder().
    BackupResult backupNow(const QString &label, const QString &target = QString());
    // A daily backup when none was taken on today's local date, then the rotation.
    // Returns ok with an empty path when one was already taken today.
    BackupResult dailyIfDue();
    // Removes the oldest daily backups beyond keep; returns how many were removed.
    int rotate(int keep = KeepDaily);
    // All backups of this journal, oldest first.
    QList<BackupInfo> list() const;

    // Replaces the journal with backupFile. Refuses (nothing changed) when the backup fails its
    // integrity check, or when the journal holds sales the backup does not (new ones, or newer
    // states) unless force. The replaced journal is first kept as a "pre-restore" backup.
    // Nothing may have the journal open while it runs.
    RestoreResult restore(const QString &backupFile, bool force);

    // The journal id a file carries (table journal_meta, name 'journal_id'); empty when none.
    // A backup of another journal is never restored, not even forced: the program remembers
    // which journal id belongs to the path and would refuse the swapped file.
    static QString journalIdOf(const QString &path);

    // Sales in journal that backup does not hold as they are (missing, or updated later).
    static int salesNewerThan(const QString &journalPath, const QString &backupPath, QString *error);

private:
    QString m_journalPath;
    Clock *m_clock;
};

} // namespace Kasir
