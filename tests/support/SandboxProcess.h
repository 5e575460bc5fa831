#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs the real ppob-sandbox executable (PPOB_SANDBOX_BIN) on 127.0.0.1 with --port 0 for a
// test, and talks to its admin endpoints. Blocking helpers are for tests only.
class SandboxProcess
{
public:
    static QString defaultApiKey() { return QStringLiteral("test-key-0123456789"); }

    explicit SandboxProcess(const QStringList &extraArgs = {});
    ~SandboxProcess(); // stops the process

    bool start(QString *error = nullptr); // waits for "listening on http://..."
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return defaultApiKey(); }

    // POST /__sandbox/faults with e.g. {"kind":"drop_after","count":2}.
    bool injectFault(const QJsonObject &fault);
    // GET /__sandbox/ledger.
    QJsonObject ledger();
    // POST /__sandbox/reset: clears ledger and faults; sets the deposit.
    bool reset(qint64 balance = 500000);
    // POST /__sandbox/deposit: moves the deposit outside any sale (a top-up when positive).
    bool adjustDeposit(qint64 delta);

    // From ledger(): how many times req_id was received / charged.
    int receivedCount(const QString &reqId);
    int chargedCount(const QString &reqId);
    qint64 balance();

    // Raw request for conformance tests: returns HTTP status, fills body.
    // An empty apiKey sends defaultApiKey(); use postWithoutApiKey() to send no key at all.
    // Returns 0 when the server closed the connection without sending a byte, -1 when the
    // connection failed or timed out.
    int post(const QString &path, const QByteArray &body, QByteArray *responseBody,
        const QByteArray &apiKey = QByteArray());

    // Additions beyond the contract above.
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    int postWithoutApiKey(const QString &path, const QByteArray &body, QByteArray *responseBody);
    // Any method, explicit headers (Host and Content-Length are added); same return values.
    int request(const QByteArray &method, const QString &path, const Headers &headers, const QByteArray &body,
        QByteArray *responseBody, QByteArray *responseHeaders = nullptr);
    // Writes raw bytes on one connection (each element is a separate write, 50 ms apart) and
    // returns everything received until the server closes or timeoutMs passes.
    QByteArray sendRaw(const QList<QByteArray> &chunks, int timeoutMs = 3000, bool *closedByServer = nullptr);
    // DELETE /__sandbox/faults.
    bool clearFaults();
    // The running process (0 when none), e.g. to read its command line.
    qint64 processId() const { return m_process.processId(); }
    // The exact line the process printed on stdout.
    QString listeningLine() const { return m_listeningLine; }
    // Per-request timeout of the blocking helpers (default 20 s).
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

private:
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_listeningLine;
    int m_requestTimeoutMs = 20000;
};
