#pragma once

#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace Kasir {

// SUCCESS sales per local day, per wallet: the data of the 7- and 30-day charts.
struct DayPoint
{
    qint64 count = 0;
    Money margin;
};

struct DailySeries
{
    QList<QDate> days; // every day of the range, in order
    QMap<QString, QList<DayPoint>> byWallet; // one point per day for each wallet seen
    QList<DayPoint> total; // one point per day

    int dayCount() const { return int(days.size()); }
};

} // namespace Kasir
