#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace Kasir {

class CliPrinter;
class ReceiptStore;
class ReportPeriod;

// The manager's commands of kasir-ewallet-cli:
//   report [--date D | --from D --to D] [--json | --csv FILE]   X report, changes nothing
//   report --close N [--json]                                   reprint a stored close
//   close [--date D] [--float N] [--counted N] [--json]         the next numbered close (Z)
//   resolve ID --as SUCCESS|FAILED [--price N] --note TEXT      settle a flagged sale
//   deposit [--date D | --from D --to D] [--json]               the deposit statement
//   deposit mark FROM_RECEIPT TO_RECEIPT --note TEXT            a gap was a deposit top-up
// Input is checked before the journal is opened, so bad input creates nothing on disk.
class ReportCommand
{
public:
    // openStore(writable): opens the journal or reports the error itself and returns nullptr.
    using StoreOpener = std::function<ReceiptStore *(bool writable)>;

    ReportCommand(
        const QCommandLineParser &parser, CliPrinter &printer, StoreOpener openStore, QString terminalId);

    static bool handles(const QString &command);
    static QList<QCommandLineOption> options();
    static QString helpLines();

    // Runs the command; returns the exit code.
    int run(const QString &command, const QStringList &args);

private:
    int report(const QStringList &args);
    int close(const QStringList &args);
    int resolve(const QStringList &args);
    int deposit(const QStringList &args);
    bool parsePeriod(ReportPeriod *period);
    int usage(const QString &message);
    void printJson(const QJsonObject &object);
    void printLines(const QStringList &lines);
    QString who() const;

    const QCommandLineParser &m_parser;
    CliPrinter &m_printer;
    StoreOpener m_openStore;
    QString m_terminalId;
};

} // namespace Kasir
