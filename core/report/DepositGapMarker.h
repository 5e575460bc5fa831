#pragma once

#include "money/Money.h"

#include <QString>

namespace Kasir {

class Clock;
class ReceiptStore;

struct GapMarkResult
{
    bool ok = false;
    Money amount; // the gap that was marked
    QString error; // why nothing was recorded
};

// Records that a gap in the deposit statement was a deposit top-up, with the manager's note.
// The sales are never edited: the mark is its own row (deposit_gap_marks), keyed by the two
// sales around the gap, and only a gap that the journal actually shows can be marked.
class DepositGapMarker
{
public:
    DepositGapMarker(ReceiptStore *store, Clock *clock);

    GapMarkResult markTopUp(const QString &fromReceipt, const QString &toReceipt, const QString &note,
        const QString &markedBy = QString());

private:
    ReceiptStore *m_store;
    Clock *m_clock;
};

} // namespace Kasir
