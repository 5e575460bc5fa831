#include "report/ReportQuery.h"

#include "logging/Logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Kasir {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

Money money(const QSqlQuery &q, int column)
{
    return Money::fromRupiah(q.value(column).toLongLong());
}

std::optional<Money> optionalMoney(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    if (v.isNull())
        return std::nullopt;
    return Money::fromRupiah(v.toLongLong());
}

void add(FigureLine *line, qint64 count, Money nominal, Money cost, Money collected)
{
    line->count += count;
    line->nominal = line->nominal + nominal;
    line->cost = line->cost + cost;
    line->collected = line->collected + collected;
}

// What a sale took from the deposit, for the chain of reported balances: FAILED and REJECTED
// took nothing; a SUCCESS (or an answer held for the manager) took its balance_used.
const QString ChargeExpr
    = QStringLiteral("CASE WHEN status IN ('FAILED','REJECTED') THEN 0 ELSE COALESCE(balance_used, 0) END");

} // namespace

ReportQuery::ReportQuery(const QSqlDatabase &db)
    : m_db(db)
{ }

bool ReportQuery::fail(const QString &what, const QString &detail) const
{
    m_lastError = QStringLiteral("Cannot compute %1 from the journal: %2").arg(what, detail);
    qCWarning(lcStore).noquote() << m_lastError;
    return false;
}

QString ReportQuery::sumsSql(const QString &where)
{
    // One pass over the range: the small group rows are folded into totals, wallets, cashiers
    // and statuses by the caller.
    return QStringLiteral("SELECT status, product_id, cashier, COUNT(*), SUM(amount),"
                          " SUM(COALESCE(balance_used, 0)), SUM(selling_price),"
                          " SUM(cash_received IS NOT NULL), SUM(COALESCE(cash_received, 0)),"
                          " SUM(COALESCE(change_given, 0)),"
                          // SaleRecord::customerOwes(), summed: what the cash did not cover.
                          " SUM(CASE WHEN cash_received IS NOT NULL AND selling_price > cash_received"
                          " THEN selling_price - cash_received ELSE 0 END)"
                          " FROM sales WHERE ")
        + where + QStringLiteral(" GROUP BY status, product_id, cashier");
}

QString ReportQuery::pendingSql(const QString &where)
{
    return QStringLiteral("SELECT id, receipt_no, status, flagged, flag_reason, product_id, amount,"
                          " created_utc FROM sales WHERE (")
        + where
        + QStringLiteral(") AND (status IN ('PENDING', 'PAYING') OR flagged = 1)"
                         " ORDER BY receipt_no");
}

QString ReportQuery::depositEndsSql(const QString &where, bool last)
{
    return QStringLiteral("SELECT balance_after FROM sales WHERE (") + where
        + QStringLiteral(") AND balance_after IS NOT NULL ORDER BY created_utc ")
        + (last ? QStringLiteral("DESC, id DESC") : QStringLiteral("ASC, id ASC"))
        + QStringLiteral(" LIMIT 1");
}

QString ReportQuery::gapsSql(const QString &where, bool gapsOnly)
{
    // Charges are summed in order over every sale (also those that reported no balance), so
    // that the expected balance after a sale is the previous reported balance minus everything
    // charged since. The windows carry only numbers read from the report index; receipt
    // numbers are looked up for the rows returned.
    return QStringLiteral("WITH s AS (SELECT id, created_utc, balance_after, SUM(") + ChargeExpr
        + QStringLiteral(") OVER (ORDER BY created_utc, id ROWS UNBOUNDED PRECEDING) AS cum"
                         " FROM sales WHERE ")
        + where
        + QStringLiteral("), r AS (SELECT id, created_utc, balance_after, cum,"
                         " LAG(balance_after) OVER w AS prev_after, LAG(cum) OVER w AS prev_cum,"
                         " LAG(id) OVER w AS prev_id"
                         " FROM s WHERE balance_after IS NOT NULL"
                         " WINDOW w AS (ORDER BY created_utc, id))"
                         " SELECT r.id, (SELECT receipt_no FROM sales WHERE sales.id = r.id), r.prev_id,"
                         " (SELECT receipt_no FROM sales WHERE sales.id = r.prev_id), prev_after,"
                         " balance_after - (prev_after - (cum - prev_cum)) AS gap FROM r")
        + (gapsOnly ? QStringLiteral(" WHERE prev_after IS NOT NULL AND"
                                     " balance_after - (prev_after - (cum - prev_cum)) <> 0")
                    : QString())
        + QStringLiteral(" ORDER BY created_utc, id");
}

QString ReportQuery::dailySql()
{
    // ?1: the local offset as an SQLite modifier ("+25200 seconds"); ?2, ?3: the UTC range.
    return QStringLiteral("SELECT strftime('%Y-%m-%d', created_utc, ?) AS day, product_id, COUNT(*),"
                          " SUM(selling_price) - SUM(COALESCE(balance_used, 0))"
                          " FROM sales WHERE status = 'SUCCESS' AND created_utc >= ? AND created_utc < ?"
                          " GROUP BY day, product_id");
}

bool ReportQuery::addSums(const SaleScope &scope, ReportFigures *out) const
{
    QSqlQuery q(m_db);
    if (!run(q, sumsSql(scope.where), scope.values))
        return fail(QStringLiteral("the totals"), q.lastError().text());
    for (const QString &status : ReportFigures::statusOrder()) {
        if (!out->byStatus.contains(status))
            out->byStatus.insert(status, StatusLine());
    }
    while (q.next()) {
        const QString status = q.value(0).toString();
        const QString wallet = q.value(1).toString();
        QString cashier = q.value(2).toString();
        if (cashier.isEmpty())
            cashier = QStringLiteral("-");
        const qint64 count = q.value(3).toLongLong();
        const Money nominal = money(q, 4);
        StatusLine &line = out->byStatus[status];
        line.count += count;
        line.nominal = line.nominal + nominal;
        if (status != QLatin1String("SUCCESS"))
            continue;
        const Money cost = money(q, 5);
        const Money collected = money(q, 6);
        add(&out->totals, count, nominal, cost, collected);
        add(&out->byWallet[wallet], count, nominal, cost, collected);
        add(&out->byCashier[cashier], count, nominal, cost, collected);
        out->cash.cashSales += q.value(7).toLongLong();
        out->cash.received = out->cash.received + money(q, 8);
        out->cash.change = out->cash.change + money(q, 9);
        out->cash.owing = out->cash.owing + money(q, 10);
    }
    if (q.lastError().isValid())
        return fail(QStringLiteral("the totals"), q.lastError().text());
    return true;
}

std::optional<QList<PendingSale>> ReportQuery::pendingSales(const SaleScope &scope) const
{
    QSqlQuery q(m_db);
    if (!run(q, pendingSql(scope.where), scope.values)) {
        fail(QStringLiteral("the pending list"), q.lastError().text());
        return std::nullopt;
    }
    QList<PendingSale> out;
    while (q.next()) {
        PendingSale p;
        p.id = q.value(0).toLongLong();
        p.receiptNo = q.value(1).toString();
        p.status = saleStatusFromName(q.value(2).toString()).value_or(SaleStatus::Pending);
        p.flagged = q.value(3).toInt() != 0;
        p.flagReason = q.value(4).toString();
        p.productId = q.value(5).toString();
        p.amount = money(q, 6);
        p.createdUtc = q.value(7).toString();
        out.append(p);
    }
    return out;
}

std::optional<DepositFigures> ReportQuery::deposit(const SaleScope &scope) const
{
    DepositFigures d;
    for (const bool last : { false, true }) {
        QSqlQuery q(m_db);
        if (!run(q, depositEndsSql(scope.where, last), scope.values)) {
            fail(QStringLiteral("the deposit balance"), q.lastError().text());
            return std::nullopt;
        }
        if (q.next())
            (last ? d.last : d.first) = optionalMoney(q, 0);
    }

    // Marks on gaps: few rows, read whole.
    QHash<QPair<qint64, qint64>, QString> marks;
    {
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("SELECT from_sale_id, to_sale_id, note FROM deposit_gap_marks"), {})) {
            fail(QStringLiteral("the deposit gap marks"), q.lastError().text());
            return std::nullopt;
        }
        while (q.next())
            marks.insert({ q.value(0).toLongLong(), q.value(1).toLongLong() }, q.value(2).toString());
    }

    QSqlQuery q(m_db);
    if (!run(q, gapsSql(scope.where, true), scope.values)) {
        fail(QStringLiteral("the deposit gaps"), q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        DepositGap g;
        g.toSaleId = q.value(0).toLongLong();
        g.toReceipt = q.value(1).toString();
        g.fromSaleId = q.value(2).toLongLong();
        g.fromReceipt = q.value(3).toString();
        g.amount = money(q, 5);
        const auto mark = marks.constFind({ g.fromSaleId, g.toSaleId });
        if (mark != marks.constEnd()) {
            g.marked = true;
            g.note = mark.value();
        }
        d.gaps.append(g);
    }
    if (q.lastError().isValid()) {
        fail(QStringLiteral("the deposit gaps"), q.lastError().text());
        return std::nullopt;
    }
    return d;
}

std::optional<ReportFigures> ReportQuery::figures(const ReportPeriod &period) const
{
    return figures(SaleScope::period(period), period.from(), period.to());
}

std::optional<ReportFigures> ReportQuery::figures(
    const SaleScope &scope, const QDate &from, const QDate &to) const
{
    ReportFigures f;
    f.from = from;
    f.to = to;
    if (!addSums(scope, &f))
        return std::nullopt;
    const auto pending = pendingSales(scope);
    if (!pending)
        return std::nullopt;
    f.pending = *pending;
    const auto dep = deposit(scope);
    if (!dep)
        return std::nullopt;
    f.deposit = *dep;
    return f;
}

std::optional<QList<DepositStatementLine>> ReportQuery::depositStatement(const SaleScope &scope) const
{
    QSqlQuery q(m_db);
    if (!run(q,
            QStringLiteral("SELECT id, receipt_no, created_utc, status, product_id, ") + ChargeExpr
                + QStringLiteral(", balance_after FROM sales WHERE ") + scope.where
                + QStringLiteral(" ORDER BY created_utc, id"),
            scope.values)) {
        fail(QStringLiteral("the deposit statement"), q.lastError().text());
        return std::nullopt;
    }
    QList<DepositStatementLine> lines;
    QHash<qint64, int> index;
    while (q.next()) {
        DepositStatementLine l;
        l.saleId = q.value(0).toLongLong();
        l.receiptNo = q.value(1).toString();
        l.createdUtc = q.value(2).toString();
        l.status = saleStatusFromName(q.value(3).toString()).value_or(SaleStatus::Pending);
        l.productId = q.value(4).toString();
        l.charge = money(q, 5);
        l.after = optionalMoney(q, 6);
        index.insert(l.saleId, int(lines.size()));
        lines.append(l);
    }
    const auto dep = deposit(scope);
    if (!dep)
        return std::nullopt;
    QSqlQuery chain(m_db);
    if (!run(chain, gapsSql(scope.where, false), scope.values)) {
        fail(QStringLiteral("the deposit statement"), chain.lastError().text());
        return std::nullopt;
    }
    while (chain.next()) {
        const auto it = index.constFind(chain.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        DepositStatementLine &l = lines[it.value()];
        l.before = optionalMoney(chain, 4);
        l.previousSaleId = chain.value(2).toLongLong();
        l.previousReceipt = chain.value(3).toString();
        if (const auto gap = optionalMoney(chain, 5); gap && !gap->isZero())
            l.gap = gap;
    }
    for (const DepositGap &g : dep->gaps) {
        const auto it = index.constFind(g.toSaleId);
        if (it != index.constEnd()) {
            lines[it.value()].gapMarked = g.marked;
            lines[it.value()].gapNote = g.note;
        }
    }
    return lines;
}

std::optional<DailySeries> ReportQuery::daily(const ReportPeriod &period) const
{
    DailySeries series;
    if (!period.isValid()) {
        fail(QStringLiteral("the daily series"), QStringLiteral("invalid period"));
        return std::nullopt;
    }
    QHash<QString, int> dayIndex;
    for (QDate d = period.from(); d <= period.to(); d = d.addDays(1)) {
        dayIndex.insert(ReportPeriod::dateText(d), int(series.days.size()));
        series.days.append(d);
    }
    series.total = QList<DayPoint>(series.days.size());

    // One grouped query when the local offset is the same all through the range; otherwise one
    // query per day, each with its own offset (exact across a daylight-saving change).
    QList<ReportPeriod> parts;
    if (period.hasUniformOffset()) {
        parts.append(period);
    } else {
        for (const QDate &d : std::as_const(series.days))
            parts.append(ReportPeriod::day(d));
    }
    for (const ReportPeriod &part : std::as_const(parts)) {
        QSqlQuery q(m_db);
        const QString modifier
            = QStringLiteral("%1%2 seconds")
                  .arg(part.offsetSecondsAtStart() < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                  .arg(qAbs(part.offsetSecondsAtStart()));
        if (!run(q, dailySql(), { modifier, part.fromUtcText(), part.toUtcText() })) {
            fail(QStringLiteral("the daily series"), q.lastError().text());
            return std::nullopt;
        }
        while (q.next()) {
            const int i = dayIndex.value(q.value(0).toString(), -1);
            if (i < 0)
                continue;
            const QString wallet = q.value(1).toString();
            QList<DayPoint> &points = series.byWallet[wallet];
            if (points.isEmpty())
                points = QList<DayPoint>(series.days.size());
            const DayPoint p { q.value(2).toLongLong(), money(q, 3) };
            points[i] = p;
            series.total[i].count += p.count;
            series.total[i].margin = series.total[i].margin + p.margin;
        }
        if (q.lastError().isValid()) {
            fail(QStringLiteral("the daily series"), q.lastError().text());
            return std::nullopt;
        }
    }
    return series;
}

} // namespace Kasir
