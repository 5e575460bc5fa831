#pragma once

#include "money/Money.h"
#include "report/ReportFigures.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Kasir {

// The cash drawer at a close: opening float + cash taken by SUCCESS sales - change given is
// expected; the counted amount is typed by a person.
struct CashCount
{
    std::optional<Money> openingFloat;
    std::optional<Money> counted;
    Money expected;
    std::optional<Money> difference() const
    {
        return counted ? std::optional<Money>(*counted - expected) : std::nullopt;
    }

    QJsonObject toJson() const;
    static CashCount fromJson(const QJsonObject &o);
};

// A numbered end-of-day close (Z) as stored: never changed after it is written.
struct CloseRecord
{
    qint64 id = 0;
    QString terminalId;
    int closeNo = 0;
    QDate day;
    QString createdUtc;
    QString backupPath;
    QByteArray document; // the stored JSON, exactly as written at the close
    ReportFigures figures;
    CashCount cashCount;

    // The stored document as an object: {"close_no", "terminal", "day", "closed_at", "from",
    // "to", "totals", ..., "cash_count", "backup"}.
    QJsonObject json() const;
};

} // namespace Kasir
