#include "store/ProcessIdentity.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace Kasir {

namespace {

QMutex s_mutex;
QSet<QString> &aliveHere()
{
    static QSet<QString> set;
    return set;
}

QString hostName()
{
    QString host = QSysInfo::machineHostName();
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

} // namespace

QString ProcessIdentity::acquire()
{
    QString identity = QStringLiteral("%1:%2:%3")
                           .arg(hostName())
                           .arg(qint64(::getpid()))
                           .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    QMutexLocker lock(&s_mutex);
    aliveHere().insert(identity);
    return identity;
}

void ProcessIdentity::release(const QString &identity)
{
    QMutexLocker lock(&s_mutex);
    aliveHere().remove(identity);
}

bool ProcessIdentity::isKnownDead(const QString &identity)
{
    const QStringList parts = identity.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != hostName())
        return false; // another computer (or not ours to judge): alive until its lease ends
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (pid == qint64(::getpid())) {
        QMutexLocker lock(&s_mutex);
        return !aliveHere().contains(identity);
    }
    // A reused pid only makes us wait for the lease to run out: the safe side.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace Kasir
