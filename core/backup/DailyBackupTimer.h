#pragma once

#include "store/JournalBackup.h"

#include <QObject>
#include <QTimer>

namespace Kasir {

class Clock;

// Takes the daily backup of a journal while the program runs: once at start() and then every
// checkEveryMs, a backup is written when none was taken on the local day (JournalBackups::
// dailyIfDue, which keeps the last 30). The copy and its integrity check run on a worker thread
// over their own connection, so the window never waits for them.
class DailyBackupTimer : public QObject
{
    Q_OBJECT
public:
    DailyBackupTimer(const QString &journalPath, Clock *clock = nullptr, QObject *parent = nullptr);

    void start(int checkEveryMs = 60 * 60 * 1000);
    // One check now (also what the timer calls). Ignored while one runs.
    void checkNow();
    bool isRunning() const { return m_running; }

signals:
    // A new daily backup was written and checked (result.ok), or the attempt failed.
    void backupFinished(const Kasir::BackupResult &result);

private:
    QString m_journalPath;
    Clock *m_clock;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace Kasir
