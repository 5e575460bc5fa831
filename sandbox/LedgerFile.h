#pragma once

#include <QString>

namespace PpobSandbox {

class DepositLedger;

// The simulator's ledger in a JSON file, so that a restarted simulator (the window's demo
// mode, or ppob-sandbox --ledger FILE) answers a re-sent req_id from what it did before:
// deposit, every req_id with its stored answer, and sticky PENDING state.
class LedgerFile
{
public:
    // Replaces *ledger with the file's content. A missing file is not an error (nothing
    // happened yet) and leaves *ledger as it is.
    static bool load(const QString &path, DepositLedger *ledger, QString *error);
    // Writes the whole ledger atomically (temporary file, then rename).
    static bool save(const QString &path, const DepositLedger &ledger, QString *error);
};

} // namespace PpobSandbox
