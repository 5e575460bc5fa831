#include "HttpRequestParser.h"

namespace PpobSandbox {

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Error;
}

HttpRequestParser::Result HttpRequestParser::next(HttpRequest *request)
{
    // Tolerate empty lines between pipelined requests (RFC 9112 section 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    while (m_buffer.startsWith('\n'))
        m_buffer.remove(0, 1);
    if (m_buffer.isEmpty())
        return Result::NeedMore;

    qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    qsizetype separatorLength = 4;
    const qsizetype lfEnd = m_buffer.indexOf("\n\n");
    if (lfEnd >= 0 && (headerEnd < 0 || lfEnd < headerEnd)) {
        headerEnd = lfEnd;
        separatorLength = 2;
    }
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderSize)
            return fail(431, QStringLiteral("request header too large"));
        // A request line must start with a method token: reject obvious garbage early.
        const qsizetype firstSpace = m_buffer.indexOf(' ');
        const QByteArray start = firstSpace >= 0 ? m_buffer.left(firstSpace) : m_buffer.left(32);
        if (!isToken(start.trimmed()) && !start.trimmed().isEmpty())
            return fail(400, QStringLiteral("malformed request line"));
        return Result::NeedMore;
    }
    if (headerEnd > MaxHeaderSize)
        return fail(431, QStringLiteral("request header too large"));

    const QByteArray head = m_buffer.left(headerEnd);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    HttpRequest r;
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || !requestLine.at(1).startsWith('/'))
        return fail(400, QStringLiteral("malformed request line"));
    const QByteArray version = requestLine.at(2);
    if (version == "HTTP/1.1")
        r.minorVersion = 1;
    else if (version == "HTTP/1.0")
        r.minorVersion = 0;
    else
        return fail(version.startsWith("HTTP/") ? 505 : 400, QStringLiteral("unsupported HTTP version"));
    r.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    r.path = q >= 0 ? target.left(q) : target;
    r.query = q >= 0 ? target.mid(q + 1) : QByteArray();

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return fail(400, QStringLiteral("malformed header line"));
        r.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }

    if (r.hasHeader("transfer-encoding"))
        return fail(501, QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
    qint64 contentLength = 0;
    int lengthHeaders = 0;
    for (const auto &h : r.headers) {
        if (h.first != "content-length")
            continue;
        ++lengthHeaders;
        if (!isDigits(h.second) || h.second.size() > 12)
            return fail(400, QStringLiteral("invalid Content-Length"));
        contentLength = h.second.toLongLong();
    }
    if (lengthHeaders > 1)
        return fail(400, QStringLiteral("more than one Content-Length"));
    if (contentLength > MaxBodySize)
        return fail(413, QStringLiteral("request body larger than 1 MiB"));

    const qsizetype bodyStart = headerEnd + separatorLength;
    if (m_buffer.size() - bodyStart < contentLength)
        return Result::NeedMore;
    r.body = m_buffer.mid(bodyStart, contentLength);
    m_buffer.remove(0, bodyStart + contentLength);

    const QByteArray connection = r.header("connection").toLower();
    if (r.minorVersion == 0)
        r.keepAlive = connection.contains("keep-alive");
    else
        r.keepAlive = !connection.contains("close");

    *request = r;
    return Result::Ready;
}

} // namespace PpobSandbox
