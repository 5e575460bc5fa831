#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace Kasir {

class ApiKeyVault;
class CliPrinter;

// The command-line side of people, secrets and backups:
//   key set | key status | key clear          (the key is read from standard input)
//   backup [--to FILE] | backups | restore FILE [--force]
//   user add NAME --role cashier|manager      (the PIN is read from standard input)
//   user list [--json] | audit [--date D] [--json]
class PeopleCommand : public QObject
{
    Q_OBJECT
public:
    using Finish = std::function<void(int exitCode)>;

    PeopleCommand(const QCommandLineParser &parser, CliPrinter &printer, QObject *parent = nullptr);

    static bool handles(const QString &command);
    // args: the positional arguments after the command. finish is called once.
    void run(const QString &command, const QStringList &args, Finish finish);

    // The stored key (keychain or 0600 file) for commands that talk to the API, when
    // KASIR_API_KEY is not set. done(key, source); key empty when none is kept.
    static void lookUpStoredKey(QObject *context, std::function<void(const QString &, const QString &)> done);

private:
    void runKey(const QStringList &args);
    void runBackup(const QStringList &args);
    void runBackups();
    void runRestore(const QStringList &args);
    void runUser(const QStringList &args);
    void runAudit(const QStringList &args);

    QString journalPath() const;
    QString actor() const;
    void audit(int event, const QString &detail);
    void fail(const QString &message, int code);
    void done(int code);

    const QCommandLineParser &m_parser;
    CliPrinter &m_printer;
    ApiKeyVault *m_vault = nullptr;
    Finish m_finish;
};

} // namespace Kasir
