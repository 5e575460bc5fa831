#include "report/ReportQuery.h"

#include "logging/Logging.h"
#include "store/ReceiptStore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Kasir {

namespace {

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

bool foldSums(QSqlQuery &q, ReportFigures *out);

void addDayPoint(DailySeries *series, int day, const QString &wallet, qint64 count, Money margin)
{
    if (day < 0)
        return;
    QList<DayPoint> &points = series->byWallet[wallet];
    if (points.isEmpty())
        points = QList<DayPoint>(series->days.size());
    points[day].count += count;
    points[day].margin = points[day].margin + margin;
    series->total[day].count += count;
    series->total[day].margin = series->total[day].margin + margin;
}

} // namespace

// One part of a report period in the deposit chain (see chainSql) and the gaps inside it.
struct ReportQuery::Segment
{
    bool hasBalance = false;
    qint64 firstId = 0;
    QString firstReceipt;
    Money firstAfter;
    Money firstCum; // charges of the part up to and including its first sale with a balance
    qint64 lastId = 0;
    QString lastReceipt;
    Money lastAfter;
    Money lastCum;
    Money charges; // all charges of the part
    QList<DepositGap> gaps; // without their marks
};

// A row of report_days: one local day's stored chain (its sums and gaps are in other tables).
struct ReportQuery::StoredDay
{
    QString fromUtc;
    QString toUtc;
    Segment segment;
};

ReportQuery::ReportQuery(const QSqlDatabase &db)
    : m_db(db)
{ }

bool ReportQuery::run(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    if (m_log)
        m_log->append(SaleScope { sql, values }.inlined());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

bool ReportQuery::exec(const QString &sql) const
{
    QSqlQuery q(m_db);
    return run(q, sql, {});
}

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
    if (!foldSums(q, out))
        return fail(QStringLiteral("the totals"), q.lastError().text());
    return true;
}

namespace {

// Folds group rows (status, wallet, cashier, count, nominal, cost, collected, cash sales, cash
// received, change, owing) into the figures.
bool foldSums(QSqlQuery &q, ReportFigures *out)
{
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
    return !q.lastError().isValid();
}

} // namespace

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

QString ReportQuery::chainSql(const QString &where)
{
    // Rows (kind, id, balance, charges so far, receipt): (0, first sale with a balance), (1, the
    // last one), (2, all charges); the first two are missing when no sale reported a balance.
    return QStringLiteral("WITH s AS (SELECT id, created_utc, balance_after, SUM(") + ChargeExpr
        + QStringLiteral(") OVER (ORDER BY created_utc, id ROWS UNBOUNDED PRECEDING) AS cum"
                         " FROM sales WHERE ")
        + where
        + QStringLiteral("), e AS (SELECT * FROM (SELECT 0 AS k, id, balance_after AS after, cum FROM s"
                         " WHERE balance_after IS NOT NULL ORDER BY created_utc, id LIMIT 1)"
                         " UNION ALL SELECT * FROM (SELECT 1, id, balance_after, cum FROM s"
                         " WHERE balance_after IS NOT NULL ORDER BY created_utc DESC, id DESC LIMIT 1)"
                         " UNION ALL SELECT 2, NULL, NULL,"
                         " COALESCE((SELECT cum FROM s ORDER BY created_utc DESC, id DESC LIMIT 1), 0))"
                         " SELECT k, id, after, cum, (SELECT receipt_no FROM sales WHERE sales.id = e.id)"
                         " FROM e");
}

bool ReportQuery::segment(const SaleScope &scope, Segment *out) const
{
    QSqlQuery chain(m_db);
    if (!run(chain, chainSql(scope.where), scope.values))
        return fail(QStringLiteral("the deposit chain"), chain.lastError().text());
    while (chain.next()) {
        switch (chain.value(0).toInt()) {
        case 0:
            out->hasBalance = true;
            out->firstId = chain.value(1).toLongLong();
            out->firstReceipt = chain.value(4).toString();
            out->firstAfter = money(chain, 2);
            out->firstCum = money(chain, 3);
            break;
        case 1:
            out->lastId = chain.value(1).toLongLong();
            out->lastReceipt = chain.value(4).toString();
            out->lastAfter = money(chain, 2);
            out->lastCum = money(chain, 3);
            break;
        default:
            out->charges = money(chain, 3);
        }
    }
    if (chain.lastError().isValid())
        return fail(QStringLiteral("the deposit chain"), chain.lastError().text());
    QSqlQuery q(m_db);
    if (!run(q, gapsSql(scope.where, true), scope.values))
        return fail(QStringLiteral("the deposit gaps"), q.lastError().text());
    while (q.next()) {
        DepositGap g;
        g.toSaleId = q.value(0).toLongLong();
        g.toReceipt = q.value(1).toString();
        g.fromSaleId = q.value(2).toLongLong();
        g.fromReceipt = q.value(3).toString();
        g.amount = money(q, 5);
        out->gaps.append(g);
    }
    if (q.lastError().isValid())
        return fail(QStringLiteral("the deposit gaps"), q.lastError().text());
    return true;
}

std::optional<QList<ReportQuery::StoredDay>> ReportQuery::storedDays(const ReportPeriod &period) const
{
    QSqlQuery q(m_db);
    if (!run(q,
            QStringLiteral("SELECT from_utc, to_utc, first_id, first_after, first_cum, last_id,"
                           " last_after, last_cum, charges, first_receipt, last_receipt FROM report_days"
                           " WHERE from_utc >= ? AND from_utc < ? ORDER BY from_utc"),
            { period.fromUtcText(), period.toUtcText() })) {
        // A journal of an older schema opened read-only has no summaries: sum from the sales.
        qCDebug(lcStore).noquote() << "no day summaries:" << q.lastError().text();
        return std::nullopt;
    }
    QList<StoredDay> out;
    while (q.next()) {
        StoredDay d;
        d.fromUtc = q.value(0).toString();
        d.toUtc = q.value(1).toString();
        d.segment.hasBalance = !q.value(2).isNull();
        d.segment.firstId = q.value(2).toLongLong();
        d.segment.firstAfter = money(q, 3);
        d.segment.firstCum = money(q, 4);
        d.segment.lastId = q.value(5).toLongLong();
        d.segment.lastAfter = money(q, 6);
        d.segment.lastCum = money(q, 7);
        d.segment.charges = money(q, 8);
        d.segment.firstReceipt = q.value(9).toString();
        d.segment.lastReceipt = q.value(10).toString();
        out.append(d);
    }
    if (q.lastError().isValid()) {
        fail(QStringLiteral("the day summaries"), q.lastError().text());
        return std::nullopt;
    }
    return out;
}

bool ReportQuery::storeDay(const ReportPeriod &day) const
{
    const SaleScope scope = SaleScope::period(day);
    // A day with a sale still PAYING, PENDING or flagged is always summed from the sales (looked
    // at first without the write lock, and again under it).
    if (const auto unsettled = pendingSales(scope); !unsettled || !unsettled->isEmpty())
        return false;
    // Under the write lock, so no sale of the day can change between reading and storing;
    // one short transaction per day keeps the counter's sales waiting as little as possible.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false; // read-only journal, or already inside a transaction: nothing stored
    const auto done = [this](bool ok) {
        if (!exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && ok) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        return ok;
    };
    const auto unsettled = pendingSales(scope);
    if (!unsettled || !unsettled->isEmpty())
        return done(false);
    Segment seg;
    if (!segment(scope, &seg))
        return done(false);
    const QString from = day.fromUtcText();
    {
        QSqlQuery q(m_db);
        if (!run(q, QStringLiteral("DELETE FROM report_days WHERE from_utc = ?"), { from }))
            return done(false);
        if (!run(q,
                QStringLiteral("INSERT INTO report_day_sums (from_utc, status, product_id, cashier, n,"
                               " nominal, cost, collected, cash_sales, cash_received, change_given, owing) ")
                    + sumsSql(scope.where)
                          .replace(QStringLiteral("SELECT status,"), QStringLiteral("SELECT ?, status,")),
                QVariantList { from } + scope.values))
            return done(false);
    }
    for (int i = 0; i < seg.gaps.size(); ++i) {
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("INSERT INTO report_day_gaps (from_utc, seq, to_sale_id, from_sale_id,"
                               " to_receipt, from_receipt, amount) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { from, i, seg.gaps.at(i).toSaleId, seg.gaps.at(i).fromSaleId, seg.gaps.at(i).toReceipt,
                    seg.gaps.at(i).fromReceipt, seg.gaps.at(i).amount.rupiah() }))
            return done(false);
    }
    QSqlQuery q(m_db);
    const QVariant none;
    if (!run(q,
            QStringLiteral("INSERT INTO report_days (from_utc, to_utc, first_id, first_after, first_cum,"
                           " last_id, last_after, last_cum, charges, first_receipt, last_receipt)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { from, day.toUtcText(), seg.hasBalance ? QVariant(seg.firstId) : none,
                seg.hasBalance ? QVariant(seg.firstAfter.rupiah()) : none,
                seg.hasBalance ? QVariant(seg.firstCum.rupiah()) : none,
                seg.hasBalance ? QVariant(seg.lastId) : none,
                seg.hasBalance ? QVariant(seg.lastAfter.rupiah()) : none,
                seg.hasBalance ? QVariant(seg.lastCum.rupiah()) : none, seg.charges.rupiah(),
                seg.hasBalance ? QVariant(seg.firstReceipt) : none,
                seg.hasBalance ? QVariant(seg.lastReceipt) : none }))
        return done(false);
    return done(true);
}

void ReportQuery::storeMissingDays(const ReportPeriod &period, const QList<StoredDay> &known) const
{
    QSet<QString> have;
    for (const StoredDay &d : known)
        have.insert(d.fromUtc + QLatin1Char('|') + d.toUtc);
    QSet<QString> wanted;
    const QString now = ReceiptStore::toStoredTime(QDateTime::currentDateTimeUtc());
    for (QDate d = period.from(); d <= period.to(); d = d.addDays(1)) {
        const ReportPeriod day = ReportPeriod::day(d);
        const QString range = day.fromUtcText() + QLatin1Char('|') + day.toUtcText();
        wanted.insert(range);
        if (day.toUtcText() <= now && !have.contains(range))
            storeDay(day);
    }
    // Summaries made with other day boundaries (the local time zone changed) are dropped, or
    // every report over them would have to be summed from the sales.
    for (const StoredDay &d : known) {
        if (wanted.contains(d.fromUtc + QLatin1Char('|') + d.toUtc)
            || !exec(QStringLiteral("BEGIN IMMEDIATE")))
            continue;
        QSqlQuery q(m_db);
        const bool ok = run(q, QStringLiteral("DELETE FROM report_days WHERE from_utc = ? AND to_utc = ?"),
            { d.fromUtc, d.toUtc });
        q.finish();
        exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    }
}

std::optional<ReportFigures> ReportQuery::figures(const ReportPeriod &period) const
{
    const QString now = ReceiptStore::toStoredTime(QDateTime::currentDateTimeUtc());
    // Nothing of the period has ended yet (today's report): no summary applies.
    if (!period.isValid() || ReportPeriod::day(period.from()).toUtcText() > now)
        return figures(SaleScope::period(period), period.from(), period.to());
    // 1. Store the summaries still missing for past days (each in its own write transaction).
    const auto known = storedDays(period);
    if (!known)
        return figures(SaleScope::period(period), period.from(), period.to());
    storeMissingDays(period, *known);
    // 2. Everything else in one read transaction: one consistent view of summaries and sales.
    const bool own = exec(QStringLiteral("BEGIN"));
    auto f = figuresFromDays(period);
    if (own)
        exec(QStringLiteral("COMMIT"));
    return f;
}

std::optional<ReportFigures> ReportQuery::figuresFromDays(const ReportPeriod &period) const
{
    const auto stored = storedDays(period);
    if (!stored)
        return figures(SaleScope::period(period), period.from(), period.to());
    QHash<QString, int> byFrom; // day start -> index in *stored
    for (int i = 0; i < stored->size(); ++i)
        byFrom.insert(stored->at(i).fromUtc, i);
    QList<ReportPeriod> days;
    for (QDate d = period.from(); d <= period.to(); d = d.addDays(1)) {
        days.append(ReportPeriod::day(d));
        const auto it = byFrom.constFind(days.last().fromUtcText());
        if (it != byFrom.constEnd() && stored->at(it.value()).toUtc != days.last().toUtcText())
            byFrom.erase(it);
    }
    // Summaries of other day boundaries (the local time zone changed): all from the sales.
    if (byFrom.size() != stored->size())
        return figures(SaleScope::period(period), period.from(), period.to());

    ReportFigures f;
    f.from = period.from();
    f.to = period.to();
    const QVariantList range { period.fromUtcText(), period.toUtcText() };
    QSqlQuery sums(m_db);
    if (!run(sums,
            QStringLiteral("SELECT status, product_id, cashier, SUM(n), SUM(nominal), SUM(cost),"
                           " SUM(collected), SUM(cash_sales), SUM(cash_received), SUM(change_given),"
                           " SUM(owing) FROM report_day_sums WHERE from_utc >= ? AND from_utc < ?"
                           " GROUP BY status, product_id, cashier"),
            range)
        || !foldSums(sums, &f)) {
        fail(QStringLiteral("the totals"), sums.lastError().text());
        return std::nullopt;
    }
    sums.finish();
    QList<StoredDay> storedList = *stored;
    {
        QSqlQuery q(m_db);
        if (!run(q,
                QStringLiteral("SELECT from_utc, to_sale_id, from_sale_id, amount, to_receipt, from_receipt"
                               " FROM report_day_gaps"
                               " WHERE from_utc >= ? AND from_utc < ? ORDER BY from_utc, seq"),
                range)) {
            fail(QStringLiteral("the deposit gaps"), q.lastError().text());
            return std::nullopt;
        }
        while (q.next()) {
            const int i = byFrom.value(q.value(0).toString(), -1);
            if (i < 0)
                continue;
            DepositGap g;
            g.toSaleId = q.value(1).toLongLong();
            g.fromSaleId = q.value(2).toLongLong();
            g.amount = money(q, 3);
            g.toReceipt = q.value(4).toString();
            g.fromReceipt = q.value(5).toString();
            storedList[i].segment.gaps.append(g);
        }
    }

    // The period as parts in order: a stored day, or a run of days summed from the sales.
    QList<Segment> parts;
    for (int i = 0; i < days.size();) {
        const auto it = byFrom.constFind(days.at(i).fromUtcText());
        if (it != byFrom.constEnd()) {
            parts.append(storedList.at(it.value()).segment);
            ++i;
            continue;
        }
        int j = i;
        while (j < days.size() && !byFrom.contains(days.at(j).fromUtcText()))
            ++j;
        const SaleScope scope = SaleScope::period(ReportPeriod(days.at(i).from(), days.at(j - 1).to()));
        if (!addSums(scope, &f))
            return std::nullopt;
        const auto pending = pendingSales(scope);
        if (!pending)
            return std::nullopt;
        f.pending += *pending;
        Segment live;
        if (!segment(scope, &live))
            return std::nullopt;
        parts.append(live);
        i = j;
    }
    std::sort(f.pending.begin(), f.pending.end(),
        [](const PendingSale &a, const PendingSale &b) { return a.receiptNo < b.receiptNo; });

    // The chain across parts: the gap between the last balance of one part and the first of
    // the next is computed as the SQL does inside a part (previous balance minus the charges
    // since, against the reported one).
    bool havePrevious = false;
    qint64 previousId = 0;
    QString previousReceipt;
    Money previousAfter;
    Money since;
    for (const Segment &p : std::as_const(parts)) {
        if (!p.hasBalance) {
            since = since + p.charges;
            continue;
        }
        if (!havePrevious) {
            f.deposit.first = p.firstAfter;
        } else {
            const Money gap = p.firstAfter - (previousAfter - (since + p.firstCum));
            if (!gap.isZero()) {
                DepositGap g;
                g.fromSaleId = previousId;
                g.fromReceipt = previousReceipt;
                g.toSaleId = p.firstId;
                g.toReceipt = p.firstReceipt;
                g.amount = gap;
                f.deposit.gaps.append(g);
            }
        }
        f.deposit.gaps += p.gaps;
        havePrevious = true;
        previousId = p.lastId;
        previousReceipt = p.lastReceipt;
        previousAfter = p.lastAfter;
        since = p.charges - p.lastCum;
        f.deposit.last = p.lastAfter;
    }

    // Marks on the gaps found (few rows).
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
    for (DepositGap &g : f.deposit.gaps) {
        const auto mark = marks.constFind({ g.fromSaleId, g.toSaleId });
        if (mark != marks.constEnd()) {
            g.marked = true;
            g.note = mark.value();
        }
    }
    return f;
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

bool ReportQuery::addDailyLive(
    const ReportPeriod &range, const QHash<QString, int> &dayIndex, DailySeries *series) const
{
    // One grouped query when the local offset is the same all through the range; otherwise one
    // query per day, each with its own offset (exact across a daylight-saving change).
    QList<ReportPeriod> parts;
    if (range.hasUniformOffset()) {
        parts.append(range);
    } else {
        for (QDate d = range.from(); d <= range.to(); d = d.addDays(1))
            parts.append(ReportPeriod::day(d));
    }
    for (const ReportPeriod &part : std::as_const(parts)) {
        QSqlQuery q(m_db);
        const QString modifier
            = QStringLiteral("%1%2 seconds")
                  .arg(part.offsetSecondsAtStart() < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                  .arg(qAbs(part.offsetSecondsAtStart()));
        if (!run(q, dailySql(), { modifier, part.fromUtcText(), part.toUtcText() }))
            return fail(QStringLiteral("the daily series"), q.lastError().text());
        while (q.next())
            addDayPoint(series, dayIndex.value(q.value(0).toString(), -1), q.value(1).toString(),
                q.value(2).toLongLong(), money(q, 3));
        if (q.lastError().isValid())
            return fail(QStringLiteral("the daily series"), q.lastError().text());
    }
    return true;
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

    if (const auto known = storedDays(period))
        storeMissingDays(period, *known);
    const bool own = exec(QStringLiteral("BEGIN"));
    const auto finish = [&](bool ok) -> std::optional<DailySeries> {
        if (own)
            exec(QStringLiteral("COMMIT"));
        if (!ok)
            return std::nullopt;
        return series;
    };
    const auto stored = storedDays(period);
    QSet<QString> storedRanges; // "from|to" of each stored day
    if (stored) {
        for (const StoredDay &s : *stored)
            storedRanges.insert(s.fromUtc + QLatin1Char('|') + s.toUtc);
    }
    QList<int> liveDays; // indexes of the days without a summary
    QHash<QString, int> byFrom; // day start -> index of a stored day in the series
    for (int i = 0; i < series.days.size(); ++i) {
        const ReportPeriod day = ReportPeriod::day(series.days.at(i));
        if (storedRanges.contains(day.fromUtcText() + QLatin1Char('|') + day.toUtcText()))
            byFrom.insert(day.fromUtcText(), i);
        else
            liveDays.append(i);
    }
    // Summaries of other day boundaries (the local time zone changed): all from the sales.
    if (!stored || byFrom.size() != stored->size())
        return finish(addDailyLive(period, dayIndex, &series));

    QSqlQuery q(m_db);
    if (!run(q,
            QStringLiteral("SELECT from_utc, product_id, SUM(n), SUM(collected) - SUM(cost)"
                           " FROM report_day_sums WHERE from_utc >= ? AND from_utc < ? AND status = 'SUCCESS'"
                           " GROUP BY from_utc, product_id"),
            { period.fromUtcText(), period.toUtcText() })) {
        fail(QStringLiteral("the daily series"), q.lastError().text());
        return finish(false);
    }
    while (q.next())
        addDayPoint(&series, byFrom.value(q.value(0).toString(), -1), q.value(1).toString(),
            q.value(2).toLongLong(), money(q, 3));
    if (q.lastError().isValid()) {
        fail(QStringLiteral("the daily series"), q.lastError().text());
        return finish(false);
    }
    q.finish();
    // Runs of days without a summary, from the sales.
    for (int k = 0; k < liveDays.size();) {
        int j = k;
        while (j + 1 < liveDays.size() && liveDays.at(j + 1) == liveDays.at(j) + 1)
            ++j;
        if (!addDailyLive(ReportPeriod(series.days.at(liveDays.at(k)), series.days.at(liveDays.at(j))),
                dayIndex, &series))
            return finish(false);
        k = j + 1;
    }
    return finish(true);
}

} // namespace Kasir
