#include "HttpConnection.h"

#include "SandboxLogging.h"

#include <QTcpSocket>
#include <QTimer>

namespace PpobSandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_idleTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleTimeoutMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] { closeGracefully(); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        deleteLater();
    });
    m_idleTimer->start();
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, [this] { onReadyRead(); });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_idleTimer->start();
    m_parser.feed(m_socket->readAll());
    for (;;) {
        HttpRequest request;
        const HttpRequestParser::Result result = m_parser.next(&request);
        if (result == HttpRequestParser::Result::NeedMore)
            break;
        Outgoing out;
        out.sequence = ++m_nextSequence;
        if (result == HttpRequestParser::Result::Error) {
            qCInfo(lcSandbox).noquote() << "bad request:" << m_parser.errorMessage();
            out.reply = HttpReply::error(m_parser.errorStatus(), m_parser.errorMessage());
            out.reply.closeAfter = true;
            out.keepAlive = false;
            out.ready = true;
            m_queue.append(out);
            m_closing = true; // the byte stream cannot be trusted any more
            break;
        }
        out.reply = m_handler(request);
        out.keepAlive = request.keepAlive && !out.reply.closeAfter;
        const bool delayed = out.reply.action == HttpReply::Action::Send && out.reply.delayMs > 0;
        out.ready = !delayed;
        m_queue.append(out);
        if (delayed) {
            const quint64 sequence = out.sequence;
            QTimer::singleShot(out.reply.delayMs, this, [this, sequence] {
                for (Outgoing &o : m_queue) {
                    if (o.sequence == sequence)
                        o.ready = true;
                }
                flush();
            });
        }
        if (out.reply.action == HttpReply::Action::Drop || !out.keepAlive) {
            m_closing = true; // later pipelined requests on this connection are not served
            break;
        }
    }
    flush();
}

void HttpConnection::flush()
{
    while (!m_queue.isEmpty() && m_queue.first().ready) {
        const Outgoing out = m_queue.takeFirst();
        if (out.reply.action == HttpReply::Action::Drop) {
            closeGracefully();
            return;
        }
        m_socket->write(out.reply.serialize(out.keepAlive));
        if (!out.keepAlive) {
            closeGracefully();
            return;
        }
    }
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    m_queue.clear();
    // Writes what was already queued, then sends FIN; disconnected() deletes this object.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

} // namespace PpobSandbox
