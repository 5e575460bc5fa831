#pragma once

#include <QDate>
#include <QString>

namespace Kasir {

// A range of whole local days, both ends included, and the UTC bounds of it as the journal
// stores times ("2026-11-24T17:00:00.000Z"): created_utc >= fromUtc AND created_utc < toUtc.
class ReportPeriod
{
public:
    ReportPeriod() = default;
    ReportPeriod(const QDate &from, const QDate &to);
    static ReportPeriod day(const QDate &date) { return ReportPeriod(date, date); }
    // The last `days` days ending with `lastDay` (e.g. 7 or 30).
    static ReportPeriod lastDays(const QDate &lastDay, int days);

    // "YYYY-MM-DD"; an invalid QDate when the text is not exactly such a date.
    static QDate parseDate(const QString &text);

    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int dayCount() const { return isValid() ? int(m_from.daysTo(m_to)) + 1 : 0; }

    QString fromUtcText() const; // start of `from`, local midnight, as stored text
    QString toUtcText() const; // start of the day after `to`, as stored text (exclusive)
    // Seconds east of UTC at both ends; equal unless a daylight-saving change falls inside.
    int offsetSecondsAtStart() const;
    bool hasUniformOffset() const;

    static QString dateText(const QDate &d) { return d.toString(Qt::ISODate); }

private:
    QDate m_from;
    QDate m_to;
};

} // namespace Kasir
