#pragma once

#include "HttpReply.h"
#include "HttpRequestParser.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace PpobSandbox {

// One accepted TCP connection: parses requests as bytes arrive, hands each to the handler at
// once (so a delayed reply does not delay processing), and writes the replies in request order
// (pipelining). A Drop reply closes the connection without sending anything for that request.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    static constexpr int IdleTimeoutMs = 120000;

private:
    struct Outgoing
    {
        HttpReply reply;
        bool keepAlive = true;
        bool ready = false;
        quint64 sequence = 0;
    };

    void onReadyRead();
    void flush();
    void closeGracefully();

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    QList<Outgoing> m_queue;
    quint64 m_nextSequence = 0;
    QTimer *m_idleTimer;
    bool m_closing = false;
};

} // namespace PpobSandbox
