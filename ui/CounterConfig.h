#pragma once

#include "money/Money.h"

#include <QHash>
#include <QString>

namespace Kasir {

// What the window needs to know about this counter, filled by the program from AppSettings.
struct CounterConfig
{
    bool demo = false;
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
