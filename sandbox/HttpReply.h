#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace PpobSandbox {

// What the server does with one request: send a response (possibly after a delay) or close
// the connection without a byte.
struct HttpReply
{
    enum class Action { Send, Drop };

    Action action = Action::Send;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int delayMs = 0;
    bool closeAfter = false;
    QByteArray allow; // Allow header for 405

    // For the request log line only (never the API key).
    QString logReqId;
    QString logOutcome;

    static HttpReply json(int status, const QJsonObject &object);
    // {"success":false,"message":message,"rc":"<status>"}
    static HttpReply error(int status, const QString &message);
    static HttpReply drop();

    // Status line, headers and body; keepAlive decides the Connection header.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace PpobSandbox
