#pragma once

#include <QJsonObject>
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

    // From ledger(): how many times req_id was received / charged.
    int receivedCount(const QString &reqId);
    int chargedCount(const QString &reqId);
    qint64 balance();

    // Raw request for conformance tests: returns HTTP status, fills body.
    int post(const QString &path, const QByteArray &body, QByteArray *responseBody,
             const QByteArray &apiKey = QByteArray());

private:
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_baseUrl;
};
