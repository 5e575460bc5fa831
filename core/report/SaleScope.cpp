#include "report/SaleScope.h"

namespace Kasir {

SaleScope SaleScope::period(const ReportPeriod &period, const QString &terminalId)
{
    SaleScope s;
    s.where = QStringLiteral("created_utc >= ? AND created_utc < ?");
    s.values << period.fromUtcText() << period.toUtcText();
    if (!terminalId.isEmpty()) {
        s.where += QStringLiteral(" AND terminal_id = ?");
        s.values << terminalId;
    }
    return s;
}

SaleScope SaleScope::closeItems(qint64 closeId)
{
    SaleScope s;
    s.where = QStringLiteral("id IN (SELECT sale_id FROM close_items WHERE close_id = ?)");
    s.values << closeId;
    return s;
}

QString SaleScope::inlined() const
{
    QString out;
    int next = 0;
    for (const QChar c : where) {
        if (c != QLatin1Char('?') || next >= values.size()) {
            out.append(c);
            continue;
        }
        const QVariant &v = values.at(next++);
        if (v.typeId() == QMetaType::QString) {
            QString text = v.toString();
            text.replace(QLatin1Char('\''), QStringLiteral("''"));
            out += QLatin1Char('\'') + text + QLatin1Char('\'');
        } else {
            out += QString::number(v.toLongLong());
        }
    }
    return out;
}

} // namespace Kasir
