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

private:
    class Private;
    Private *d;
};

} // namespace PpobSandbox
