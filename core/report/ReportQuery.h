#pragma once

#include "report/DailySeries.h"
#include "report/DepositStatementLine.h"
#include "report/ReportFigures.h"
#include "report/SaleScope.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace Kasir {

// The report figures as SQL sums over the journal: indexed range queries, GROUP BY and SUM in
// SQLite, never sale rows summed in C++ (only the few group rows are folded together).
// Writes nothing but the day summaries (report_days, report_day_sums, report_day_gaps), each
// day in its own short write transaction; on a read-only journal it only reads. Use from the
// thread that owns the connection.
class ReportQuery
{
public:
    explicit ReportQuery(const QSqlDatabase &db);

    // Everything for the sales created in the period (all terminals in this journal). Past
    // days with every sale settled are read from their stored day summary (report_days), made
    // here on first use; the others are summed from the sales. Same figures either way.
    std::optional<ReportFigures> figures(const ReportPeriod &period) const;
    // Everything for the sales in scope; from/to label the result.
    std::optional<ReportFigures> figures(const SaleScope &scope, const QDate &from, const QDate &to) const;

    // Pieces, for a close that takes sums from one scope and the pending list from another.
    bool addSums(const SaleScope &scope, ReportFigures *out) const;
    std::optional<QList<PendingSale>> pendingSales(const SaleScope &scope) const;
    std::optional<DepositFigures> deposit(const SaleScope &scope) const;

    // The statement of the deposit, every sale in scope in order, gaps marked.
    std::optional<QList<DepositStatementLine>> depositStatement(const SaleScope &scope) const;

    // Count and margin of SUCCESS sales per local day and wallet (day summaries as above).
    std::optional<DailySeries> daily(const ReportPeriod &period) const;

    QString lastError() const { return m_lastError; }

    // The SQL each part runs, with '?' for the scope's values (the benchmark runs the same text
    // in the sqlite3 shell).
    static QString sumsSql(const QString &where);
    static QString pendingSql(const QString &where);
    static QString depositEndsSql(const QString &where, bool last);
    static QString gapsSql(const QString &where, bool gapsOnly);
    static QString dailySql();
    // First and last sale with a reported balance, the charges summed up to each, and all the
    // charges of the scope: how a part of the period links into the deposit chain.
    static QString chainSql(const QString &where);

    // Every statement run from now on, values written in (for the benchmark); nullptr stops.
    void setStatementLog(QStringList *log) const { m_log = log; }

private:
    struct Segment;
    struct StoredDay;
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values) const;
    bool exec(const QString &sql) const;
    bool segment(const SaleScope &scope, Segment *out) const;
    std::optional<QList<StoredDay>> storedDays(const ReportPeriod &period) const;
    bool storeDay(const ReportPeriod &day) const;
    void storeMissingDays(const ReportPeriod &period, const QList<StoredDay> &known) const;
    bool addDailyLive(
        const ReportPeriod &range, const QHash<QString, int> &dayIndex, DailySeries *series) const;
    std::optional<ReportFigures> figuresFromDays(const ReportPeriod &period) const;
    bool fail(const QString &what, const QString &detail) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
    mutable QStringList *m_log = nullptr;
};

} // namespace Kasir
