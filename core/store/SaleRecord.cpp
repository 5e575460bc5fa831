#include "store/SaleRecord.h"

namespace Kasir {

QString saleStatusName(SaleStatus status)
{
    switch (status) {
    case SaleStatus::Paying:
        return QStringLiteral("PAYING");
    case SaleStatus::Success:
        return QStringLiteral("SUCCESS");
    case SaleStatus::Failed:
        return QStringLiteral("FAILED");
    case SaleStatus::Pending:
        return QStringLiteral("PENDING");
    case SaleStatus::Rejected:
        return QStringLiteral("REJECTED");
    }
    return QString();
}

std::optional<SaleStatus> saleStatusFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    for (SaleStatus s : { SaleStatus::Paying, SaleStatus::Success, SaleStatus::Failed, SaleStatus::Pending,
             SaleStatus::Rejected }) {
        if (saleStatusName(s) == upper)
            return s;
    }
    return std::nullopt;
}

void SaleRecord::settleCash()
{
    if (!cashReceived) {
        change.reset();
        return;
    }
    change = *cashReceived < sellingPrice ? Money() : *cashReceived - sellingPrice;
}

std::optional<Money> SaleRecord::customerOwes() const
{
    if (status != SaleStatus::Success || !cashReceived || !(*cashReceived < sellingPrice))
        return std::nullopt;
    return sellingPrice - *cashReceived;
}

} // namespace Kasir
