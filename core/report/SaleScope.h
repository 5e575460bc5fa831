#pragma once

#include "report/ReportPeriod.h"

#include <QString>
#include <QVariantList>

namespace Kasir {

// Which sales a report reads: an SQL condition on the sales table and its bound values (in
// order, for '?' placeholders). Built only from our own literals; values are always bound.
struct SaleScope
{
    QString where;
    QVariantList values;

    // Sales created in the period (indexed range on created_utc); one terminal when given.
    static SaleScope period(const ReportPeriod &period, const QString &terminalId = QString());
    // Sales taken into a stored close.
    static SaleScope closeItems(qint64 closeId);
    // The condition with every value written out as an SQL literal: for the sqlite3 shell in the
    // benchmark and for logs. Never used to run a query.
    QString inlined() const;
};

} // namespace Kasir
