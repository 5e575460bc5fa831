#include "api/HttpExchange.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace Kasir {

namespace {

const QByteArray HeaderEnd = QByteArrayLiteral("\r\n\r\n");
const QByteArray LineEnd = QByteArrayLiteral("\r\n");

// "HTTP/1.1 200 OK" -> 200; 0 when the line is not a status line.
int statusFromLine(const QByteArray &line)
{
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
        return 0;
    bool ok = false;
    const int status = line.mid(9, 3).toInt(&ok);
    if (!ok || status < 100 || status > 599 || (line.size() > 12 && line.at(12) != ' '))
        return 0;
    return status;
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const int port = url.port(https ? 443 : 80);
    if (port != (https ? 443 : 80))
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

HttpExchange::HttpExchange(QObject *parent)
    : QObject(parent)
{ }

HttpExchange::~HttpExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpExchange::post(const QUrl &url, const Headers &headers, const QByteArray &body, qint64 maxReplyBytes)
{
    if (m_finished || m_socket)
        return; // aborted before it started, or started already: never a second request
    m_maxReplyBytes = maxReplyBytes;

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    m_request = "POST " + target + " HTTP/1.1\r\nHost: " + hostHeader(url) + LineEnd;
    for (const auto &header : headers)
        m_request += header.first + ": " + header.second + LineEnd;
    m_request += "Content-Length: " + QByteArray::number(body.size()) + LineEnd;
    m_request += "Connection: close\r\n\r\n";
    m_request += body;

    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (https) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration configuration = m_ssl;
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl->setSslConfiguration(configuration);
        m_socket = ssl;
        // Peer verification stays as Qt sets it (on); sslErrors() is never answered with
        // ignoreSslErrors(), so a bad certificate ends the handshake before anything is written.
        connect(ssl, &QSslSocket::encrypted, this, &HttpExchange::onConnected);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
    }
    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpExchange::onClosed);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onSocketError);
    if (https)
        static_cast<QSslSocket *>(m_socket.data())
            ->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    else
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
}

void HttpExchange::abort()
{
    finish(Failure::Aborted);
}

void HttpExchange::onConnected()
{
    if (m_finished || m_written)
        return;
    // From here on the server may have received the request: never written again.
    m_written = true;
    if (m_socket->write(m_request) != m_request.size())
        finish(Failure::ConnectionLost, m_socket->errorString());
}

void HttpExchange::onReadyRead()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > m_maxReplyBytes) {
        finish(Failure::TooLarge);
        return;
    }
    switch (parse(false)) {
    case Parse::Complete:
        finish(Failure::None);
        break;
    case Parse::Invalid:
        finish(m_status ? Failure::ConnectionLost : Failure::NotHttp);
        break;
    case Parse::NeedMore:
        break;
    }
}

void HttpExchange::onClosed()
{
    if (m_finished)
        return;
    if (m_socket && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->readAll();
        if (m_buffer.size() > m_maxReplyBytes) {
            finish(Failure::TooLarge);
            return;
        }
    }
    if (!m_written) {
        finish(Failure::NotSent, m_socket ? m_socket->errorString() : QString());
        return;
    }
    if (parse(true) == Parse::Complete) {
        finish(Failure::None);
        return;
    }
    if (m_buffer.isEmpty())
        finish(Failure::ConnectionLost, tr("the server closed the connection without answering"));
    else if (!m_status)
        finish(Failure::NotHttp);
    else
        finish(Failure::ConnectionLost, tr("the answer was cut off"));
}

void HttpExchange::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    if (!m_written && m_socket->error() != QAbstractSocket::RemoteHostClosedError) {
        finish(Failure::NotSent, m_socket->errorString());
        return;
    }
    m_errorString = m_socket->errorString();
    onClosed();
}

HttpExchange::Parse HttpExchange::parse(bool atEnd)
{
    qsizetype pos = 0;
    for (;;) {
        // Status line and headers. Anything but "HTTP/" at the start is not an HTTP answer.
        const qsizetype available = m_buffer.size() - pos;
        const QByteArray start = m_buffer.mid(pos, 5);
        if (!QByteArrayLiteral("HTTP/").startsWith(start) || (available >= 5 && start != "HTTP/"))
            return Parse::Invalid;
        const qsizetype headerEnd = m_buffer.indexOf(HeaderEnd, pos);
        if (headerEnd < 0)
            return atEnd ? Parse::Invalid : Parse::NeedMore;
        const QList<QByteArray> lines = m_buffer.mid(pos, headerEnd - pos).split('\n');
        const int status = statusFromLine(lines.first().trimmed());
        if (!status)
            return Parse::Invalid;
        qint64 contentLength = -1;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return Parse::Invalid;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0 || (contentLength >= 0 && contentLength != length))
                    return Parse::Invalid;
                contentLength = length;
            } else if (name == "transfer-encoding") {
                chunked = value.toLower().contains("chunked");
            }
        }
        pos = headerEnd + HeaderEnd.size();
        if (status < 200) {
            continue; // 100 Continue and friends: the answer follows
        }
        m_status = status;

        if (status == 204 || status == 304) {
            m_body.clear();
            return Parse::Complete;
        }
        if (chunked) {
            QByteArray body;
            qsizetype at = pos;
            for (;;) {
                const qsizetype sizeEnd = m_buffer.indexOf(LineEnd, at);
                if (sizeEnd < 0)
                    return atEnd ? Parse::Invalid : Parse::NeedMore;
                QByteArray sizeText = m_buffer.mid(at, sizeEnd - at);
                if (const qsizetype ext = sizeText.indexOf(';'); ext >= 0)
                    sizeText.truncate(ext);
                bool ok = false;
                const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0 || size > m_maxReplyBytes)
                    return Parse::Invalid;
                at = sizeEnd + LineEnd.size();
                if (size == 0) {
                    m_body = body; // trailers, if any, are not needed
                    return Parse::Complete;
                }
                if (m_buffer.size() < at + size + LineEnd.size())
                    return atEnd ? Parse::Invalid : Parse::NeedMore;
                body += m_buffer.mid(at, size);
                at += size + LineEnd.size();
            }
        }
        if (contentLength >= 0) {
            if (m_buffer.size() - pos < contentLength)
                return atEnd ? Parse::Invalid : Parse::NeedMore;
            m_body = m_buffer.mid(pos, contentLength);
            return Parse::Complete;
        }
        // Neither length nor chunks: the body ends when the server closes.
        if (!atEnd)
            return Parse::NeedMore;
        m_body = m_buffer.mid(pos);
        return Parse::Complete;
    }
}

void HttpExchange::finish(Failure failure, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    if (!error.isEmpty())
        m_errorString = error;
    if (failure != Failure::None)
        m_body.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished();
}

} // namespace Kasir
