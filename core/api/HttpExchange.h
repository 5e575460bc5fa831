#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

class QTcpSocket;

namespace Kasir {

// One HTTP/1.1 POST on a connection of its own, written exactly once.
//
// QNetworkAccessManager on Qt 6.4 silently sends a POST again when the connection closes
// before the answer's status line or when the answer is not HTTP (see the API notes). For a
// payment that is a second charge attempt the journal never counted, so payments use this
// exchange instead: it never reconnects and never re-sends. https:// uses QSslSocket with the
// system's peer verification (errors are never ignored); redirects are not followed (a 3xx is
// returned as it is); "Connection: close" is sent and the answer is read until it is complete.
// The reply is bounded by maxReplyBytes; the caller bounds the time and calls abort().
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None, // a complete HTTP answer
        NotSent, // the request was never written: refused, no such host, TLS handshake failed
        ConnectionLost, // closed or reset after the request was written, before a complete answer
        NotHttp, // the answer does not start with an HTTP status line
        TooLarge, // more than maxReplyBytes arrived
        Aborted, // abort() was called (the caller says why)
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    // For https://: the CAs to trust (default: the system's). Peer verification is not optional.
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void post(const QUrl &url, const Headers &headers, const QByteArray &body, qint64 maxReplyBytes);
    // Closes the connection; finished() is emitted before abort() returns (once only).
    void abort();

    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    bool requestWritten() const { return m_written; }
    int httpStatus() const { return m_status; } // 0 until a status line arrived
    QByteArray body() const { return m_body; } // complete only when failure() is None
    QString errorString() const { return m_errorString; }
    qint64 bytesReceived() const { return m_buffer.size(); }

signals:
    void finished();

private:
    enum class Parse { NeedMore, Complete, Invalid };
    void onConnected();
    void onReadyRead();
    void onClosed();
    void onSocketError();
    Parse parse(bool atEnd);
    void finish(Failure failure, const QString &error = QString());

    QPointer<QTcpSocket> m_socket;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QByteArray m_request;
    QByteArray m_buffer;
    QByteArray m_body;
    qint64 m_maxReplyBytes = 0;
    int m_status = 0;
    bool m_written = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_errorString;
};

} // namespace Kasir
