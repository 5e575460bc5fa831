#pragma once

#include "HttpRequest.h"

#include <QString>

namespace PpobSandbox {

// Incremental HTTP/1.x request parser: feed() whatever bytes arrived, then call next() until it
// stops returning Ready. Handles partial reads and pipelined requests. Bodies need a
// Content-Length; chunked bodies are refused.
class HttpRequestParser
{
public:
    enum class Result { NeedMore, Ready, Error };

    static constexpr qsizetype MaxBodySize = 1024 * 1024;
    static constexpr qsizetype MaxHeaderSize = 32 * 1024;

    void feed(const QByteArray &data) { m_buffer += data; }
    Result next(HttpRequest *request);

    // After Error: the HTTP status to answer (400, 413, 431, 501) and why.
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    Result fail(int status, const QString &message);

    QByteArray m_buffer;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace PpobSandbox
