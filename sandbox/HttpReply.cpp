#include "HttpReply.h"

#include <QJsonDocument>

namespace PpobSandbox {

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpReply HttpReply::error(int status, const QString &message)
{
    return json(status,
        QJsonObject { { QStringLiteral("success"), false }, { QStringLiteral("message"), message },
            { QStringLiteral("rc"), QString::number(status) } });
}

HttpReply HttpReply::drop()
{
    HttpReply r;
    r.action = Action::Drop;
    return r;
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray HttpReply::serialize(bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 160);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Server: ppob-sandbox\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!allow.isEmpty())
        out += "Allow: " + allow + "\r\n";
    out += keepAlive && !closeAfter ? QByteArray("Connection: keep-alive\r\n")
                                    : QByteArray("Connection: close\r\n");
    out += "\r\n";
    out += body;
    return out;
}

} // namespace PpobSandbox
