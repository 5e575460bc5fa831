#include "sale/StoredSaleCheck.h"

#include "customer/CustomerId.h"
#include "money/Money.h"
#include "store/SaleRecord.h"

#include <QRegularExpression>

namespace Kasir {

bool StoredSaleCheck::isValidReqId(const QString &reqId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return pattern.match(reqId).hasMatch();
}

QString StoredSaleCheck::problem(const SaleRecord &r)
{
    static const QRegularExpression productPattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    static const QRegularExpression accountPattern(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    const AmountLimits limits;
    if (!isValidReqId(r.reqId))
        return QStringLiteral("the stored req_id \"%1\" is not 1-64 letters, digits or . _ : -")
            .arg(r.reqId.left(80));
    if (!productPattern.match(r.productId).hasMatch())
        return QStringLiteral("the stored product \"%1\" is not a product code").arg(r.productId.left(40));
    if (r.custId.startsWith(QLatin1String("08"))) {
        const CustomerIdResult cust = normalizeCustomerId(r.custId);
        if (!cust.ok || cust.normalized != r.custId)
            return QStringLiteral("the stored customer number \"%1\" is not a valid number")
                .arg(r.custId.left(40));
    } else if (!accountPattern.match(r.custId).hasMatch()) {
        return QStringLiteral("the stored customer number \"%1\" is not valid").arg(r.custId.left(40));
    }
    if (r.amount < limits.minimum || r.amount > limits.maximum)
        return QStringLiteral("the stored amount %1 is outside %2-%3")
            .arg(QString::number(r.amount.rupiah()), limits.minimum.format(), limits.maximum.format());
    if (r.storeFee.rupiah() < 0)
        return QStringLiteral("the stored store fee is negative");
    if (r.inquiryUnitPrice && r.inquiryUnitPrice->rupiah() <= 0)
        return QStringLiteral("the stored confirmed price is not positive");
    return QString();
}

} // namespace Kasir
