#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

namespace PpobSandbox {

struct SandboxOptions
{
    QString apiKey = QStringLiteral("sandbox-demo-key");
    qint64 startBalance = 500000;
    QString catalogPath; // empty: the built-in catalogue
    // When set, the ledger is read from this JSON file at start and written after every
    // change, so a restarted simulator knows every req_id it answered (LedgerFile).
    QString ledgerPath;
};

// A local simulator of the merchant e-wallet API (Qt Core + Network only), used by the
// ppob-sandbox executable, the CLI's --demo and the window's demo mode.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    QUrl url() const; // "http://127.0.0.1:PORT"

    // Additions for the ppob-sandbox executable and in-process tests.
    quint16 port() const;
    // Queues a fault given as on the command line, e.g. "drop_after:2", "delay:5000",
    // "pending:3:SUCCESS", optionally suffixed "@inquiry" / "@any".
    bool addFault(const QString &spec, QString *error = nullptr);
    // Training: each transaction request the queue leaves alone gets a random fault with
    // this probability; seed makes the sequence (and serial numbers) repeatable.
    void setFaultRate(double probability, quint64 seed);

private:
    class Private;
    Private *d;
};

} // namespace PpobSandbox
