#pragma once

#include <QString>

namespace Kasir {

struct SaleRecord;

// The rules a new sale's request must pass (as SaleService::startPayment() applies them),
// applied to a row read back from the journal before it is re-sent: a damaged journal can flip
// a byte that no integrity check sees, and a damaged request must never reach the server.
class StoredSaleCheck
{
public:
    // Empty when the row's request may be sent; otherwise why not.
    static QString problem(const SaleRecord &record);

    // req_id: 1-64 letters, digits or . _ : - (the rule for a caller's --req-id).
    static bool isValidReqId(const QString &reqId);
};

} // namespace Kasir
