#pragma once

#include "DepositLedger.h"
#include "Fault.h"
#include "FaultQueue.h"
#include "HttpReply.h"
#include "ReferenceGenerator.h"
#include "SandboxCatalog.h"

#include <optional>

namespace PpobSandbox {

// The two merchant API calls: inquiry and transaction (payment), with idempotency on req_id
// and the queued faults applied. Callers have already checked the path, method and API key.
class MerchantEndpoints
{
public:
    MerchantEndpoints(const SandboxCatalog &catalog, DepositLedger &ledger, FaultQueue &faults,
        ReferenceGenerator &references);

    HttpReply inquiry(const QByteArray &body);
    HttpReply transaction(const QByteArray &body);

private:
    struct Fields
    {
        QString reqId;
        QString productId;
        QString custId;
        QString amountText;
        qint64 amount = 0;
        const SandboxProduct *product = nullptr;

        qint64 unitPrice() const { return amount + product->fee; }
        QString fingerprint() const;
    };

    std::optional<Fields> parse(const QByteArray &body, bool reqIdRequired, HttpReply *error) const;

    // The answer to a transaction that reaches processing (no "before" fault).
    HttpReply processTransaction(const Fields &f, LedgerEntry &entry, const std::optional<Fault> &fault);
    static HttpReply applyAfterFault(HttpReply reply, const std::optional<Fault> &fault);
    static std::optional<HttpReply> beforeFaultReply(const std::optional<Fault> &fault);

    QJsonObject dataObject(const Fields &f, const QString &refId, const QString &status, const QString &rc,
        const QString &description, const QString &message, qint64 balanceUsed, qint64 balance,
        const QString &serialNo) const;
    static QJsonObject envelope(const QString &message, const QString &rc, const QJsonObject &data);
    static bool notRegistered(const Fields &f);

    const SandboxCatalog &m_catalog;
    DepositLedger &m_ledger;
    FaultQueue &m_faults;
    ReferenceGenerator &m_references;
};

} // namespace PpobSandbox
