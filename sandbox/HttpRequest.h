#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace PpobSandbox {

// One parsed HTTP/1.x request. Header names are stored lower-case.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; // target without the query string
    QByteArray query; // after '?', may be empty
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return true;
        }
        return false;
    }
};

} // namespace PpobSandbox
