#pragma once

#include "backup/JournalBackups.h"

#include <QString>

#include <optional>

namespace Kasir {

// A restore asked for in the window, done at the next start before the journal is opened: while
// the window runs, the sale service, the report thread and the integrity check hold the journal
// open, and a journal must not be swapped under open connections. The request is a small file
// next to the journal (<journal>.restore-request), written only after the manager's PIN.
class PendingRestore
{
public:
    struct Request
    {
        QString backupPath;
        bool force = false; // the manager confirmed replacing newer sales
        QString manager; // who gave the PIN
    };
    struct Outcome
    {
        Request request;
        RestoreResult result;
    };

    static QString requestPath(const QString &journalPath);
    static bool write(const QString &journalPath, const Request &request, QString *error);
    static std::optional<Request> read(const QString &journalPath);
    static void clear(const QString &journalPath);

    // Runs the requested restore, if any, and removes the request whatever the result (a
    // refused restore is told once, not retried at every start).
    static std::optional<Outcome> applyIfRequested(const QString &journalPath);
};

} // namespace Kasir
