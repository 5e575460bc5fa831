#pragma once

#include "DepositLedger.h"
#include "FaultQueue.h"
#include "HttpReply.h"
#include "HttpRequest.h"

namespace PpobSandbox {

// /__sandbox/ledger, /__sandbox/reset, /__sandbox/faults and /__sandbox/deposit (move the
// deposit outside any sale: {"delta": "25000"} or "-5000"): test and training controls that
// the real API cannot have. No API key.
class AdminEndpoints
{
public:
    static QByteArray prefix() { return QByteArrayLiteral("/__sandbox/"); }

    AdminEndpoints(DepositLedger &ledger, FaultQueue &faults, qint64 defaultStartBalance);

    HttpReply handle(const HttpRequest &request);

private:
    HttpReply ledger() const;
    HttpReply reset(const QByteArray &body);
    HttpReply addFault(const QByteArray &body);
    HttpReply faults() const;
    HttpReply adjustDeposit(const QByteArray &body);

    DepositLedger &m_ledger;
    FaultQueue &m_faults;
    qint64 m_defaultStartBalance;
};

} // namespace PpobSandbox
