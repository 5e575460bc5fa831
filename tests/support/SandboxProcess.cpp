#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

namespace {

struct ParsedResponse
{
    bool complete = false;
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

// Parses one HTTP/1.1 response from the start of data. complete is false while more is needed.
ParsedResponse parseResponse(const QByteArray &data, bool connectionClosed)
{
    ParsedResponse r;
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return r;
    r.headers = data.left(headerEnd);
    const QList<QByteArray> lines = r.headers.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    qint64 contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const QByteArray rest = data.mid(headerEnd + 4);
    if (contentLength >= 0) {
        if (rest.size() < contentLength)
            return r;
        r.body = rest.left(contentLength);
        r.complete = true;
    } else if (connectionClosed) {
        r.body = rest;
        r.complete = true;
    }
    return r;
}

} // namespace

SandboxProcess::SandboxProcess(const QStringList &extraArgs)
    : m_extraArgs(extraArgs)
{ }

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString program = qEnvironmentVariable("PPOB_SANDBOX_BIN");
    if (program.isEmpty())
        return fail(QStringLiteral("PPOB_SANDBOX_BIN is not set"));
    if (m_process.state() != QProcess::NotRunning)
        return fail(QStringLiteral("sandbox already running"));

    // The key goes through the environment, not the command line that any user can list.
    QStringList args { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1") };
    args += m_extraArgs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PPOB_SANDBOX_API_KEY"), defaultApiKey());
    m_process.setProcessEnvironment(env);
    // The sandbox logs every request on stderr: forward it so it shows in test output and
    // never fills a pipe.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));

    static const QRegularExpression lineRe(QStringLiteral("^listening on (http://([0-9.]+):([0-9]+))$"));
    QDeadlineTimer deadline(10000);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            return fail(
                QStringLiteral("sandbox exited with code %1 before listening").arg(m_process.exitCode()));
        m_process.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
        buffer += m_process.readAllStandardOutput();
        const qsizetype newline = buffer.indexOf('\n');
        if (newline < 0)
            continue;
        const QString line = QString::fromUtf8(buffer.left(newline)).trimmed();
        const QRegularExpressionMatch m = lineRe.match(line);
        if (!m.hasMatch()) {
            stop();
            return fail(QStringLiteral("unexpected first line from sandbox: %1").arg(line));
        }
        m_listeningLine = line;
        m_baseUrl = QUrl(m.captured(1));
        return true;
    }
    stop();
    return fail(QStringLiteral("sandbox did not print its listening line within 10 s"));
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

int SandboxProcess::request(const QByteArray &method, const QString &path, const Headers &headers,
    const QByteArray &body, QByteArray *responseBody, QByteArray *responseHeaders)
{
    if (responseBody)
        responseBody->clear();
    if (responseHeaders)
        responseHeaders->clear();
    if (!m_baseUrl.isValid())
        return -1;

    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port()));
    if (!socket.waitForConnected(5000))
        return -1;

    QByteArray out = method + ' ' + path.toUtf8() + " HTTP/1.1\r\n";
    out += "Host: " + m_baseUrl.host().toUtf8() + ':' + QByteArray::number(m_baseUrl.port()) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    socket.write(out);

    QDeadlineTimer deadline(m_requestTimeoutMs);
    QByteArray received;
    bool closed = false;
    for (;;) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
        const ParsedResponse r = parseResponse(received, closed);
        if (r.complete) {
            if (responseBody)
                *responseBody = r.body;
            if (responseHeaders)
                *responseHeaders = r.headers;
            return r.status;
        }
        if (closed)
            return received.isEmpty() ? 0 : -1;
        if (deadline.hasExpired())
            return -1;
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (socket.state() != QAbstractSocket::ConnectedState
                || socket.error() == QAbstractSocket::RemoteHostClosedError)
                closed = true;
        }
        received += socket.readAll();
    }
}

int SandboxProcess::post(
    const QString &path, const QByteArray &body, QByteArray *responseBody, const QByteArray &apiKey)
{
    const QByteArray key = apiKey.isEmpty() ? defaultApiKey().toUtf8() : apiKey;
    return request(
        "POST", path, { { "Content-Type", "application/json" }, { "X-API-Key", key } }, body, responseBody);
}

int SandboxProcess::postWithoutApiKey(const QString &path, const QByteArray &body, QByteArray *responseBody)
{
    return request("POST", path, { { "Content-Type", "application/json" } }, body, responseBody);
}

QByteArray SandboxProcess::sendRaw(const QList<QByteArray> &chunks, int timeoutMs, bool *closedByServer)
{
    if (closedByServer)
        *closedByServer = false;
    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port()));
    if (!socket.waitForConnected(5000))
        return {};
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            QThread::msleep(50);
        socket.write(chunks.at(i));
        socket.waitForBytesWritten(2000);
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray received;
    while (!deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            received += socket.readAll();
            if (socket.state() != QAbstractSocket::ConnectedState
                || socket.error() == QAbstractSocket::RemoteHostClosedError) {
                if (closedByServer)
                    *closedByServer = true;
                break;
            }
            continue;
        }
        received += socket.readAll();
    }
    return received;
}

bool SandboxProcess::injectFault(const QJsonObject &fault)
{
    QByteArray reply;
    return request("POST", QStringLiteral("/__sandbox/faults"), { { "Content-Type", "application/json" } },
               QJsonDocument(fault).toJson(QJsonDocument::Compact), &reply)
        == 200;
}

bool SandboxProcess::clearFaults()
{
    QByteArray reply;
    return request("DELETE", QStringLiteral("/__sandbox/faults"), {}, {}, &reply) == 200;
}

QJsonObject SandboxProcess::ledger()
{
    QByteArray reply;
    if (request("GET", QStringLiteral("/__sandbox/ledger"), {}, {}, &reply) != 200)
        return {};
    return QJsonDocument::fromJson(reply).object();
}

bool SandboxProcess::reset(qint64 balance)
{
    QJsonObject body { { QStringLiteral("balance"), QString::number(balance) } };
    QByteArray reply;
    return request("POST", QStringLiteral("/__sandbox/reset"), { { "Content-Type", "application/json" } },
               QJsonDocument(body).toJson(QJsonDocument::Compact), &reply)
        == 200;
}

bool SandboxProcess::adjustDeposit(qint64 delta)
{
    QJsonObject body { { QStringLiteral("delta"), QString::number(delta) } };
    QByteArray reply;
    return request("POST", QStringLiteral("/__sandbox/deposit"), { { "Content-Type", "application/json" } },
               QJsonDocument(body).toJson(QJsonDocument::Compact), &reply)
        == 200;
}

int SandboxProcess::receivedCount(const QString &reqId)
{
    return ledger()
        .value(QStringLiteral("requests"))
        .toObject()
        .value(reqId)
        .toObject()
        .value(QStringLiteral("received"))
        .toInt();
}

int SandboxProcess::chargedCount(const QString &reqId)
{
    return ledger()
        .value(QStringLiteral("requests"))
        .toObject()
        .value(reqId)
        .toObject()
        .value(QStringLiteral("charged"))
        .toInt();
}

qint64 SandboxProcess::balance()
{
    const QJsonObject l = ledger();
    if (l.isEmpty())
        return -1;
    bool ok = false;
    const qint64 value = l.value(QStringLiteral("balance")).toString().toLongLong(&ok);
    return ok ? value : -1;
}
