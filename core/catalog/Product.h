#pragma once

#include "customer/CustomerId.h"
#include "money/Money.h"

#include <QString>

namespace Kasir {

struct Product
{
    QString code; // product_id sent to the API: "GOPAY"
    QString name; // shown to people: "GoPay"
    QString color; // "#00AED6": the button colour
    QString textColor; // "#FFFFFF": readable on color
    int functionKey = 0; // 1..12 for F1..F12, 0 for none
    CustomerIdRule customerRule;
    AmountLimits limits;
    // The most the merchant may charge above the nominal (its admin fee). A SUCCESS costing more
    // is not believed. "maxAdminFee" in products.json.
    Money maxAdminFee = DefaultMaxAdminFee;

    static constexpr Money DefaultMaxAdminFee = Money::fromRupiah(10000);
};

} // namespace Kasir
