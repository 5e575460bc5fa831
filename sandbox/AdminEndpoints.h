#pragma once

#include "DepositLedger.h"
#include "FaultQueue.h"
#include "HttpReply.h"
#include "HttpRequest.h"

namespace PpobSandbox {

// /__sandbox/ledger, /__sandbox/reset and /__sandbox/faults: test and training controls that
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

    DepositLedger &m_ledger;
    FaultQueue &m_faults;
    qint64 m_defaultStartBalance;
};

} // namespace PpobSandbox
