#include "backup/DailyBackupTimer.h"

#include "backup/JournalBackups.h"
#include "clock/Clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Kasir {

DailyBackupTimer::DailyBackupTimer(const QString &journalPath, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_journalPath(journalPath)
    , m_clock(clock ? clock : SystemClock::instance())
{
    connect(&m_timer, &QTimer::timeout, this, &DailyBackupTimer::checkNow);
}

void DailyBackupTimer::start(int checkEveryMs)
{
    m_timer.start(checkEveryMs);
    checkNow();
}

void DailyBackupTimer::checkNow()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<DailyBackupTimer> self(this);
    const QString journal = m_journalPath;
    Clock *clock = m_clock;
    QThreadPool::globalInstance()->start([self, journal, clock] {
        const BackupResult result = JournalBackups(journal, clock).dailyIfDue();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                if (!result.path.isEmpty() || !result.ok)
                    emit self->backupFinished(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Kasir
