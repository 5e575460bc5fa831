#pragma once

#include <QString>
#include <QStringList>

namespace Kasir {

class CliPrinter;

// kasir-ewallet-cli journal ...: the journal's own life, on purpose and never by accident.
//   journal init [--fresh]  start a new journal at the path; --fresh when one was there before
//                           (the old file is kept beside it, renamed, never deleted)
//   journal adopt           accept the journal now at the path as this computer's journal
//                           (after restoring a backup of another journal)
//   journal check           the full integrity check now
//   journal backup FILE     a copy of the journal in a new FILE, after the full check passed
class JournalCommand
{
public:
    // Returns the exit code (CliApp::ExitCode values).
    static int run(const QStringList &args, const QString &path, bool fresh, CliPrinter &printer);

private:
    static int init(const QString &path, bool fresh, CliPrinter &printer);
    static int adopt(const QString &path, CliPrinter &printer);
    static int check(const QString &path, CliPrinter &printer);
    static int backup(const QString &path, const QString &destination, CliPrinter &printer);
};

} // namespace Kasir
