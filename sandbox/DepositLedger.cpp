#include "DepositLedger.h"

namespace PpobSandbox {

void DepositLedger::reset(qint64 startBalance)
{
    m_startBalance = startBalance;
    m_balance = startBalance;
    m_chargedTotal = 0;
    m_adjustedTotal = 0;
    m_entries.clear();
}

void DepositLedger::restore(
    qint64 startBalance, qint64 balance, qint64 chargedTotal, const QHash<QString, LedgerEntry> &entries)
{
    m_startBalance = startBalance;
    m_balance = balance;
    m_chargedTotal = chargedTotal;
    m_entries = entries;
    // Movements outside the sales are whatever the stored figures do not explain.
    m_adjustedTotal = balance - startBalance + chargedTotal;
}

bool DepositLedger::adjust(qint64 delta)
{
    if (m_balance + delta < 0)
        return false;
    m_balance += delta;
    m_adjustedTotal += delta;
    return true;
}

LedgerEntry *DepositLedger::find(const QString &reqId)
{
    const auto it = m_entries.find(reqId);
    return it == m_entries.end() ? nullptr : &it.value();
}

LedgerEntry &DepositLedger::entry(const QString &reqId)
{
    auto it = m_entries.find(reqId);
    if (it == m_entries.end()) {
        it = m_entries.insert(reqId, LedgerEntry());
        it->reqId = reqId;
    }
    return it.value();
}

bool DepositLedger::charge(LedgerEntry &entry, qint64 unitPrice)
{
    if (unitPrice <= 0 || unitPrice > m_balance)
        return false;
    m_balance -= unitPrice;
    m_chargedTotal += unitPrice;
    entry.charged += 1;
    entry.balanceAfterCharge = m_balance;
    return true;
}

QJsonObject DepositLedger::toJson() const
{
    QJsonObject requests;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const LedgerEntry &e = it.value();
        requests.insert(it.key(),
            QJsonObject {
                { QStringLiteral("received"), e.received },
                { QStringLiteral("charged"), e.charged },
                { QStringLiteral("amount"), QString::number(e.amount) },
                { QStringLiteral("unit_price"), QString::number(e.unitPrice) },
                { QStringLiteral("status"), e.status.isEmpty() ? QStringLiteral("NONE") : e.status },
                { QStringLiteral("ref_id"), e.refId },
                { QStringLiteral("serial_no"), e.serialNo },
            });
    }
    return QJsonObject {
        { QStringLiteral("start_balance"), QString::number(m_startBalance) },
        { QStringLiteral("balance"), QString::number(m_balance) },
        { QStringLiteral("charged_total"), QString::number(m_chargedTotal) },
        { QStringLiteral("adjusted_total"), QString::number(m_adjustedTotal) },
        { QStringLiteral("requests"), requests },
    };
}

} // namespace PpobSandbox
