#pragma once

#include "money/Money.h"
#include "store/SaleRecord.h"

#include <QString>

#include <optional>

namespace Kasir {

// One line of the deposit statement ("mutasi deposit"): a sale in order, what it took from
// the deposit, and the balances the server reported before (the previous reported balance)
// and after it. `gap` is set when after != before - charges since: the deposit moved outside
// this counter (negative when money left it).
struct DepositStatementLine
{
    qint64 saleId = 0;
    QString receiptNo;
    QString createdUtc; // stored text
    SaleStatus status = SaleStatus::Pending;
    QString productId;
    Money charge; // balance_used of a SUCCESS (or of a held answer); 0 for FAILED/REJECTED
    std::optional<Money> before;
    std::optional<Money> after;
    std::optional<Money> gap;
    QString previousReceipt; // the sale the gap is measured from
    qint64 previousSaleId = 0;
    bool gapMarked = false; // marked by the manager as a deposit top-up
    QString gapNote;
};

} // namespace Kasir
