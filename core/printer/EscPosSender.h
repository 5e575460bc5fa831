#pragma once

#include "printer/PrintDestination.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSocketNotifier;
class QTcpSocket;
class QTimer;

namespace Kasir {

// Sends ESC/POS bytes to a device file or a network printer without blocking the thread, and
// tells finished() exactly once: within timeoutMs, whatever the other side does.
//
// A device or file is opened non-blocking and written as it accepts data. A network printer
// gets the receipt followed by a real-time status request (DLE EOT 1); the receipt counts as
// delivered only when the printer answers it, so a printer that accepts the connection but never
// reads (or is offline) ends in a timeout or an error, never in a false "printed".
class EscPosSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit EscPosSender(QObject *parent = nullptr);
    ~EscPosSender() override;

    // One send per object. destination must be EscPosDevice or EscPosNetwork.
    void send(const QByteArray &data, const PrintDestination &destination, int timeoutMs = DefaultTimeoutMs);

signals:
    void finished(bool ok, const QString &message);

private:
    void sendToDevice();
    void writeToDevice();
    void sendToNetwork();
    void done(bool ok, const QString &message);
    void closeDevice();

    QByteArray m_data;
    qint64 m_written = 0;
    PrintDestination m_destination;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer;
    bool m_done = false;
};

} // namespace Kasir
