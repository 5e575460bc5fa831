#pragma once

#include "LedgerEntry.h"

#include <QHash>
#include <QJsonObject>

namespace PpobSandbox {

// The merchant deposit and every transaction req_id seen. Money is conserved:
// startBalance() - chargedTotal() + adjustedTotal() == balance() always.
class DepositLedger
{
public:
    explicit DepositLedger(qint64 startBalance = 500000) { reset(startBalance); }

    void reset(qint64 startBalance);

    qint64 startBalance() const { return m_startBalance; }
    qint64 balance() const { return m_balance; }
    qint64 chargedTotal() const { return m_chargedTotal; }
    // Movements outside the sales (a deposit top-up, a charge by another counter).
    qint64 adjustedTotal() const { return m_adjustedTotal; }
    // false (nothing changes) when the balance would go below zero.
    bool adjust(qint64 delta);

    LedgerEntry *find(const QString &reqId);
    LedgerEntry &entry(const QString &reqId); // created when absent

    // Deducts unitPrice for entry; false (nothing changes) when the deposit is too small.
    bool charge(LedgerEntry &entry, qint64 unitPrice);

    QJsonObject toJson() const;

    // For LedgerFile: every entry, and putting a saved ledger back.
    const QHash<QString, LedgerEntry> &entries() const { return m_entries; }
    void restore(
        qint64 startBalance, qint64 balance, qint64 chargedTotal, const QHash<QString, LedgerEntry> &entries);

private:
    qint64 m_startBalance = 0;
    qint64 m_balance = 0;
    qint64 m_chargedTotal = 0;
    qint64 m_adjustedTotal = 0;
    QHash<QString, LedgerEntry> m_entries;
};

} // namespace PpobSandbox
