#include "report/ReportPeriod.h"

#include "store/ReceiptStore.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Kasir {

namespace {

QDateTime localMidnight(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::LocalTime);
}

} // namespace

ReportPeriod::ReportPeriod(const QDate &from, const QDate &to)
    : m_from(from)
    , m_to(to)
{ }

ReportPeriod ReportPeriod::lastDays(const QDate &lastDay, int days)
{
    return ReportPeriod(lastDay.addDays(-(qMax(days, 1) - 1)), lastDay);
}

QDate ReportPeriod::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return QDate();
    return QDate::fromString(text, Qt::ISODate);
}

QString ReportPeriod::fromUtcText() const
{
    return ReceiptStore::toStoredTime(localMidnight(m_from).toUTC());
}

QString ReportPeriod::toUtcText() const
{
    return ReceiptStore::toStoredTime(localMidnight(m_to.addDays(1)).toUTC());
}

int ReportPeriod::offsetSecondsAtStart() const
{
    return localMidnight(m_from).offsetFromUtc();
}

bool ReportPeriod::hasUniformOffset() const
{
    const int first = offsetSecondsAtStart();
    for (QDate d = m_from.addDays(1); d <= m_to.addDays(1); d = d.addDays(1)) {
        if (localMidnight(d).offsetFromUtc() != first)
            return false;
    }
    return true;
}

} // namespace Kasir
