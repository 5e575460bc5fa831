#include "InterruptWatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Kasir {

namespace {

int s_writeFd = -1;
volatile sig_atomic_t s_armed = 0;

extern "C" void onSignal(int signalNumber)
{
    if (!s_armed || s_writeFd < 0) {
        std::signal(signalNumber, SIG_DFL);
        std::raise(signalNumber);
        return;
    }
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(s_writeFd, &byte, 1);
    errno = saved;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{ }

InterruptWatcher::~InterruptWatcher()
{
    if (m_fds[0] < 0)
        return;
    s_armed = 0;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    s_writeFd = -1;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

bool InterruptWatcher::install()
{
    if (m_fds[0] >= 0)
        return true;
    if (::pipe(m_fds) != 0)
        return false;
    for (int fd : m_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    s_writeFd = m_fds[1];
    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onReadable);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

void InterruptWatcher::setArmed(bool armed)
{
    s_armed = armed ? 1 : 0;
}

bool InterruptWatcher::isArmed() const
{
    return s_armed != 0;
}

void InterruptWatcher::onReadable()
{
    unsigned char byte = 0;
    int last = 0;
    while (::read(m_fds[0], &byte, 1) == 1)
        last = byte;
    if (last != 0)
        emit interrupted(last);
}

} // namespace Kasir
