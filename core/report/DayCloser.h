#pragma once

#include "report/CloseRecord.h"

#include <QList>

#include <optional>

namespace Kasir {

class Clock;
class ReceiptStore;

struct CloseRequest
{
    QDate day;
    QString terminalId;
    std::optional<Money> openingFloat;
    std::optional<Money> countedCash;
    QString closedBy;
};

enum class CloseOutcome {
    Closed,
    NothingToClose, // no settled sale of that terminal is waiting for a close
    SalesPaying, // sales of the day still PAYING: refused, `paying` lists them
    InvalidInput,
    BackupFailed, // the backup before the close failed: nothing was closed
    JournalError,
};

struct CloseResult
{
    CloseOutcome outcome = CloseOutcome::JournalError;
    QString message;
    CloseRecord close;
    QList<PendingSale> paying;
};

// Numbered end-of-day closes (Z), per terminal: 1, 2, 3...
//
// A close of day D takes every settled (SUCCESS, FAILED, REJECTED) sale of the terminal that
// no earlier close took, created on D, or earlier but after the point the terminal's previous
// close carried from (a sale made after the close of its day, or one resolved after it).
// PENDING sales are listed in the close and carried into the next one. The figures are stored
// as a JSON document and the sales it took in close_items; both tables refuse UPDATE and
// DELETE. Before each close the journal is backed up and the copy integrity-checked.
class DayCloser
{
public:
    DayCloser(ReceiptStore *store, Clock *clock);

    CloseResult close(const CloseRequest &request);

    std::optional<CloseRecord> find(const QString &terminalId, int closeNo) const;
    QList<CloseRecord> list(const QString &terminalId) const; // newest first
    QString lastError() const { return m_lastError; }

private:
    ReceiptStore *m_store;
    Clock *m_clock;
    mutable QString m_lastError;
};

} // namespace Kasir
