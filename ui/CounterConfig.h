#pragma once

#include "money/Money.h"

#include <QHash>
#include <QString>

namespace Kasir {

// What the window needs to know about this counter, filled by the program from AppSettings.
struct CounterConfig
{
    bool demo = false;
    bool demoAsked = false; // demo because of --demo; otherwise because no API key is configured
    bool resolveSound = true; // a short sound when a sale being checked gets its outcome
    bool repeatCustomer = true; // a typed number's last sale shown under it (F8 repeats it)
    QString cashierName;
    Money lowBalanceThreshold = Money::fromRupiah(200000);
    Money defaultStoreFee = Money::fromRupiah(1000);
    QHash<QString, Money> storeFeeByProduct; // product code -> fee; overrides the default

    Money storeFeeFor(const QString &productCode) const
    {
        return storeFeeByProduct.value(productCode.toUpper(), defaultStoreFee);
    }
};

} // namespace Kasir
