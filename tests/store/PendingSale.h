#pragma once

#include "money/Money.h"
#include "store/ReceiptStore.h"

#include <QString>

// A PENDING GoPay sale of Rp 50.000 sold at Rp 53.000, ready to be inserted into a test journal.
inline Kasir::SaleRecord pendingSale(const QString &reqId)
{
    Kasir::SaleRecord r;
    r.reqId = reqId;
    r.productId = QStringLiteral("GOPAY");
    r.custId = QStringLiteral("08123456789");
    r.amount = Kasir::Money::fromRupiah(50000);
    r.sellingPrice = Kasir::Money::fromRupiah(53000);
    r.storeFee = Kasir::Money::fromRupiah(1500);
    r.status = Kasir::SaleStatus::Pending;
    return r;
}
