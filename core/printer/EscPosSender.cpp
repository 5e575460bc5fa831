#include "printer/EscPosSender.h"

#include "receipt/EscPosEncoder.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Kasir {

EscPosSender::EscPosSender(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

EscPosSender::~EscPosSender()
{
    closeDevice();
}

void EscPosSender::send(const QByteArray &data, const PrintDestination &destination, int timeoutMs)
{
    m_data = data;
    m_destination = destination;
    m_timeoutMs = timeoutMs > 0 ? timeoutMs : DefaultTimeoutMs;
    const int seconds = (m_timeoutMs + 999) / 1000;
    connect(m_timer, &QTimer::timeout, this, [this, seconds] {
        const QString where = m_destination.describe().mid(7); // without "escpos:"
        done(false,
            tr("The printer %1 did not answer within %2 s. The receipt was not printed; "
               "check the printer (power, paper, cable or network) and print again.")
                .arg(where)
                .arg(seconds));
    });
    m_timer->start(m_timeoutMs);
    // Always report from the event loop, never from inside send().
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        if (m_destination.kind == PrintDestination::Kind::EscPosNetwork)
            sendToNetwork();
        else if (m_destination.kind == PrintDestination::Kind::EscPosDevice)
            sendToDevice();
        else
            done(false, tr("This destination does not take ESC/POS bytes."));
    });
}

void EscPosSender::done(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    closeDevice();
    if (m_socket) {
        m_socket->disconnect(this);
        if (ok)
            m_socket->disconnectFromHost();
        else
            m_socket->abort();
    }
    emit finished(ok, message);
}

void EscPosSender::closeDevice()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void EscPosSender::sendToDevice()
{
    const QByteArray path = m_destination.path.toLocal8Bit();
    // Non-blocking: a printer that stops taking data cannot freeze the program. A device that is
    // missing (printer unplugged) is an error, never a new file in its place; other paths (a file
    // kept for later, a test) are created.
    int flags = O_WRONLY | O_NONBLOCK | O_CLOEXEC;
    if (!m_destination.path.startsWith(QLatin1String("/dev/")))
        flags |= O_CREAT | O_TRUNC;
    m_fd = ::open(path.constData(), flags, 0644);
    if (m_fd < 0) {
        done(false,
            tr("Cannot open the printer %1: %2")
                .arg(m_destination.path, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { writeToDevice(); });
    writeToDevice();
}

void EscPosSender::writeToDevice()
{
    while (!m_done && m_written < m_data.size()) {
        const ssize_t n = ::write(m_fd, m_data.constData() + m_written, size_t(m_data.size() - m_written));
        if (n > 0) {
            m_written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_notifier->setEnabled(true); // wait until it takes more, or the timeout
            return;
        }
        done(false,
            tr("Cannot write to the printer %1: %2")
                .arg(m_destination.path, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (m_done)
        return;
    if (m_notifier)
        m_notifier->setEnabled(false);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        done(false,
            tr("Cannot finish writing to the printer %1: %2")
                .arg(m_destination.path, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    done(true, QString());
}

void EscPosSender::sendToNetwork()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->write(m_data);
        m_socket->write(EscPosEncoder::statusRequest());
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        const QByteArray answer = m_socket->readAll();
        if (answer.isEmpty())
            return;
        const char status = answer.at(answer.size() - 1);
        if (EscPosEncoder::statusIsOffline(status)) {
            done(false,
                tr("The printer %1:%2 is offline (out of paper or cover open). The receipt may not "
                   "have been printed; fix the printer and print again.")
                    .arg(m_destination.host)
                    .arg(m_destination.port));
            return;
        }
        done(true, QString());
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        done(false,
            tr("The printer %1:%2 cannot be reached: %3")
                .arg(m_destination.host)
                .arg(m_destination.port)
                .arg(m_socket->errorString()));
    });
    m_socket->connectToHost(m_destination.host, m_destination.port);
}

} // namespace Kasir
