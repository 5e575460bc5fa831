#pragma once

#include "money/Money.h"
#include "store/SaleRecord.h"

#include <QString>

#include <optional>

namespace Kasir {

class Clock;
class ReceiptStore;

struct ResolveRequest
{
    QString key; // receipt number, req_id or journal id
    SaleStatus as = SaleStatus::Success; // SUCCESS or FAILED only
    std::optional<Money> price; // the verified price (SUCCESS); default: what the held answer said
    QString note; // required: what the provider said, who was asked
    QString resolvedBy;
};

enum class ResolveOutcome { Resolved, NotFound, NotFlagged, InvalidInput, JournalError };

struct ResolveResult
{
    ResolveOutcome outcome = ResolveOutcome::JournalError;
    QString message;
    SaleRecord record; // the sale as it is now
};

// A person settles a flagged sale after asking the provider: SUCCESS (the customer got the
// top-up, at the verified price) or FAILED (verified not charged). The row becomes final, so
// it is never sent again; the resolution (note, price, who, when, the status and reason it had)
// is kept in sale_resolutions, which refuses UPDATE and DELETE. One write transaction.
class FlaggedSaleResolver
{
public:
    FlaggedSaleResolver(ReceiptStore *store, Clock *clock);

    ResolveResult resolve(const ResolveRequest &request);

private:
    ReceiptStore *m_store;
    Clock *m_clock;
};

} // namespace Kasir
