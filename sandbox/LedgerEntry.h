#pragma once

#include <QByteArray>
#include <QString>

namespace PpobSandbox {

// What the sandbox remembers about one transaction req_id.
struct LedgerEntry
{
    QString reqId;
    QString fingerprint; // product_id, cust_id and amount of the first request
    qint64 amount = 0;
    qint64 unitPrice = 0;
    int received = 0;
    int charged = 0;
    QString status; // "" (never processed), SUCCESS, FAILED or PENDING

    QString refId;
    QString serialNo;
    qint64 balanceAfterCharge = 0;

    // The stored final answer, replayed to every later request with this req_id.
    bool hasStoredReply = false;
    int storedStatus = 0;
    QByteArray storedBody;

    // Sticky PENDING (fault "pending"): answers left before the final result.
    bool pendingActive = false;
    int pendingChecksLeft = 0;
    bool pendingThenSuccess = true;
};

} // namespace PpobSandbox
