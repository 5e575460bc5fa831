// Report figures against independent SQL sums written here, for generated days.

#include "ReportSeed.h"
#include "TestClock.h"
#include "csv/CsvText.h"
#include "report/DepositGapMarker.h"
#include "report/ReportCsv.h"
#include "report/ReportQuery.h"
#include "report/ReportText.h"
#include "store/ReceiptStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

class tst_ReportQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void walletsAndCashiersAddUpToTotals();
    void jsonShape();
    void noGapWithoutOutsideMovement();
    void outsideMovementIsOneGap();
    void markGapAsTopUp();
    void dailySeries();
    void textFitsThePaper_data();
    void textFitsThePaper();
    void csv();

private:
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    ReportQuery query() const
    {
        return ReportQuery(QSqlDatabase::database(m_store->connectionName(), false));
    }

    QTemporaryDir m_dir;
    TestClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::LocalTime) };
    std::unique_ptr<ReceiptStore> m_store;
    QDate m_first { 2026, 11, 10 };
    QDate m_last { 2026, 11, 16 };
};

qint64 tst_ReportQuery::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName(), false));
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text();
        return -1;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void tst_ReportQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ReceiptStore>(m_dir.filePath(QStringLiteral("journal.db")), &m_clock);
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    ReportSeed seed;
    QVERIFY(seed.fill(m_store.get(), m_first, m_last, 120));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), qint64(7 * 120));
    // Every status, several wallets and cashiers, cash, change and owing are present.
    for (const char *status : { "SUCCESS", "FAILED", "PENDING", "REJECTED" })
        QVERIFY(
            scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = ?"), { QLatin1String(status) })
            > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE flagged = 1")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE cash_received < selling_price")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT SUM(change_given) FROM sales")) > 0);
}

void tst_ReportQuery::figures_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("first day") << m_first << m_first;
    QTest::newRow("middle day") << QDate(2026, 11, 13) << QDate(2026, 11, 13);
    QTest::newRow("last day") << m_last << m_last;
    QTest::newRow("three days") << QDate(2026, 11, 11) << QDate(2026, 11, 13);
    QTest::newRow("whole week") << m_first << m_last;
    QTest::newRow("day without sales") << QDate(2026, 11, 18) << QDate(2026, 11, 18);
}

void tst_ReportQuery::figures()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ReportPeriod period(from, to);
    const auto f = query().figures(period);
    QVERIFY(f);
    QCOMPARE(f->from, from);
    QCOMPARE(f->to, to);

    // Independent sums: written out here, over the local-day range computed here.
    const QString lo = QDateTime(from, QTime(0, 0), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
    const QString hi
        = QDateTime(to.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
    const QVariantList range { lo, hi };
    const QString in = QStringLiteral(" FROM sales WHERE created_utc >= ? AND created_utc < ?");
    const QString ok = in + QStringLiteral(" AND status = 'SUCCESS'");
    QCOMPARE(f->totals.count, scalar(QStringLiteral("SELECT COUNT(*)") + ok, range));
    QCOMPARE(f->totals.nominal.rupiah(), scalar(QStringLiteral("SELECT TOTAL(amount)") + ok, range));
    QCOMPARE(f->totals.cost.rupiah(), scalar(QStringLiteral("SELECT TOTAL(balance_used)") + ok, range));
    QCOMPARE(f->totals.collected.rupiah(), scalar(QStringLiteral("SELECT TOTAL(selling_price)") + ok, range));
    QCOMPARE(f->totals.margin().rupiah(),
        scalar(QStringLiteral("SELECT TOTAL(selling_price - balance_used)") + ok, range));

    for (const char *wallet : { "GOPAY", "OVO", "DANA", "SHOPEEPAY", "LINKAJA" }) {
        const QVariantList v { lo, hi, QLatin1String(wallet) };
        const QString w = ok + QStringLiteral(" AND product_id = ?");
        const FigureLine line = f->byWallet.value(QLatin1String(wallet));
        QCOMPARE(line.count, scalar(QStringLiteral("SELECT COUNT(*)") + w, v));
        QCOMPARE(line.nominal.rupiah(), scalar(QStringLiteral("SELECT TOTAL(amount)") + w, v));
        QCOMPARE(line.cost.rupiah(), scalar(QStringLiteral("SELECT TOTAL(balance_used)") + w, v));
        QCOMPARE(line.collected.rupiah(), scalar(QStringLiteral("SELECT TOTAL(selling_price)") + w, v));
    }
    for (const char *cashier : { "ani", "budi", "citra" }) {
        const QVariantList v { lo, hi, QLatin1String(cashier) };
        const QString c = ok + QStringLiteral(" AND cashier = ?");
        const FigureLine line = f->byCashier.value(QLatin1String(cashier));
        QCOMPARE(line.count, scalar(QStringLiteral("SELECT COUNT(*)") + c, v));
        QCOMPARE(line.collected.rupiah(), scalar(QStringLiteral("SELECT TOTAL(selling_price)") + c, v));
        QCOMPARE(line.margin().rupiah(),
            scalar(QStringLiteral("SELECT TOTAL(selling_price - balance_used)") + c, v));
    }
    QCOMPARE(f->byStatus.size(), 5);
    for (const QString &status : ReportFigures::statusOrder()) {
        const QVariantList v { lo, hi, status };
        const QString s = in + QStringLiteral(" AND status = ?");
        QCOMPARE(f->byStatus.value(status).count, scalar(QStringLiteral("SELECT COUNT(*)") + s, v));
        QCOMPARE(f->byStatus.value(status).nominal.rupiah(),
            scalar(QStringLiteral("SELECT TOTAL(amount)") + s, v));
    }
    QCOMPARE(f->cash.cashSales, scalar(QStringLiteral("SELECT COUNT(cash_received)") + ok, range));
    QCOMPARE(f->cash.received.rupiah(), scalar(QStringLiteral("SELECT TOTAL(cash_received)") + ok, range));
    QCOMPARE(f->cash.change.rupiah(), scalar(QStringLiteral("SELECT TOTAL(change_given)") + ok, range));
    QCOMPARE(f->cash.owing.rupiah(),
        scalar(QStringLiteral("SELECT TOTAL(selling_price - cash_received)") + ok
                + QStringLiteral(" AND cash_received < selling_price"),
            range));

    // The pending list: PENDING/PAYING or flagged, by receipt number.
    const qint64 pending = scalar(QStringLiteral("SELECT COUNT(*)") + in
            + QStringLiteral(" AND (status IN ('PENDING','PAYING') OR flagged = 1)"),
        range);
    QCOMPARE(qint64(f->pending.size()), pending);
    for (int i = 1; i < f->pending.size(); ++i)
        QVERIFY(f->pending.at(i - 1).receiptNo < f->pending.at(i).receiptNo);

    // Deposit: first and last reported balance in order.
    if (f->totals.count == 0 && f->byStatus.value(QStringLiteral("FAILED")).count == 0) {
        QVERIFY(!f->deposit.first);
    } else {
        QCOMPARE(f->deposit.first->rupiah(),
            scalar(QStringLiteral("SELECT balance_after") + in
                    + QStringLiteral(" AND balance_after IS NOT NULL ORDER BY created_utc, id LIMIT 1"),
                range));
        QCOMPARE(f->deposit.last->rupiah(),
            scalar(QStringLiteral("SELECT balance_after") + in
                    + QStringLiteral(
                        " AND balance_after IS NOT NULL ORDER BY created_utc DESC, id DESC LIMIT 1"),
                range));
    }
    QVERIFY(f->deposit.gaps.isEmpty());
}

void tst_ReportQuery::walletsAndCashiersAddUpToTotals()
{
    const auto f = query().figures(ReportPeriod(m_first, m_last));
    QVERIFY(f);
    QVERIFY(f->totals.count > 100);
    FigureLine wallets;
    for (const FigureLine &l : f->byWallet) {
        wallets.count += l.count;
        wallets.nominal = wallets.nominal + l.nominal;
        wallets.cost = wallets.cost + l.cost;
        wallets.collected = wallets.collected + l.collected;
    }
    QCOMPARE(f->byWallet.size(), 5);
    QVERIFY(wallets == f->totals);
    FigureLine cashiers;
    for (const FigureLine &l : f->byCashier) {
        cashiers.count += l.count;
        cashiers.nominal = cashiers.nominal + l.nominal;
        cashiers.cost = cashiers.cost + l.cost;
        cashiers.collected = cashiers.collected + l.collected;
    }
    QVERIFY(cashiers == f->totals);
    qint64 statusCount = 0;
    for (const StatusLine &s : f->byStatus)
        statusCount += s.count;
    QCOMPARE(statusCount, qint64(7 * 120));
}

void tst_ReportQuery::jsonShape()
{
    const auto f = query().figures(ReportPeriod::day(QDate(2026, 11, 12)));
    QVERIFY(f);
    const QJsonObject o = f->toJson();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-12"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-12"));
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.keys(), (QStringList { "collected", "cost", "count", "margin", "nominal" }));
    QVERIFY(totals.value(QStringLiteral("count")).isDouble());
    for (const QString &k : { QStringLiteral("nominal"), QStringLiteral("cost"), QStringLiteral("collected"),
             QStringLiteral("margin") }) {
        QVERIFY2(totals.value(k).isString(), qPrintable(k)); // money as strings of integer rupiah
        QCOMPARE(totals.value(k).toString(), QString::number(totals.value(k).toString().toLongLong()));
    }
    QCOMPARE(o.value(QStringLiteral("by_wallet")).toObject().value(QStringLiteral("GOPAY")).toObject().keys(),
        totals.keys());
    QCOMPARE(o.value(QStringLiteral("by_status")).toObject().keys(),
        (QStringList { "FAILED", "PAYING", "PENDING", "REJECTED", "SUCCESS" }));
    QCOMPARE(
        o.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("SUCCESS")).toObject().keys(),
        (QStringList { "count", "nominal" }));
    const QJsonArray pending = o.value(QStringLiteral("pending")).toArray();
    QVERIFY(!pending.isEmpty());
    QVERIFY(pending.first()
                .toObject()
                .value(QStringLiteral("receipt_no"))
                .toString()
                .startsWith(QStringLiteral("K01-20261112-")));
    QVERIFY(pending.first().toObject().value(QStringLiteral("status")).isString());
    const QJsonObject deposit = o.value(QStringLiteral("deposit")).toObject();
    QVERIFY(deposit.value(QStringLiteral("first")).isString());
    QVERIFY(deposit.value(QStringLiteral("last")).isString());
    QVERIFY(deposit.value(QStringLiteral("gaps")).isArray());
    // The JSON reads back to the same figures.
    const ReportFigures back = ReportFigures::fromJson(o);
    QCOMPARE(back.toJson(), o);
}

void tst_ReportQuery::noGapWithoutOutsideMovement()
{
    const auto lines = query().depositStatement(SaleScope::period(ReportPeriod(m_first, m_last)));
    QVERIFY(lines);
    QCOMPARE(lines->size(), 7 * 120);
    int withBalance = 0;
    for (const DepositStatementLine &l : *lines) {
        QVERIFY2(!l.gap, qPrintable(l.receiptNo));
        if (l.after && l.before) {
            ++withBalance;
            QVERIFY(*l.after <= *l.before);
        }
    }
    QVERIFY(withBalance > 500);
}

void tst_ReportQuery::outsideMovementIsOneGap()
{
    // A separate journal: ten sales, then the deposit topped up by 250.000 outside the counter,
    // then ten more.
    ReceiptStore store(m_dir.filePath(QStringLiteral("gap.db")), &m_clock);
    QVERIFY(store.open());
    ReportSeed seed;
    seed.seed = 11;
    QVERIFY(seed.fill(&store, QDate(2026, 11, 1), QDate(2026, 11, 1), 10));
    seed.balance += 250000;
    seed.seed = 12;
    QVERIFY(seed.fill(&store, QDate(2026, 11, 2), QDate(2026, 11, 2), 10));

    const ReportQuery q(QSqlDatabase::database(store.connectionName(), false));
    const auto f = q.figures(ReportPeriod(QDate(2026, 11, 1), QDate(2026, 11, 2)));
    QVERIFY(f);
    QCOMPARE(f->deposit.gaps.size(), 1);
    const DepositGap g = f->deposit.gaps.first();
    QCOMPARE(g.amount, Money::fromRupiah(250000));
    // Between the last sale of day 1 that reported a balance and the first of day 2 that did.
    QString lastDay1;
    QString firstDay2;
    for (const SaleRecord &r : seed.written) {
        if (!r.balanceAfter)
            continue;
        if (r.createdUtc.toLocalTime().date() == QDate(2026, 11, 1))
            lastDay1 = r.receiptNo;
        else if (firstDay2.isEmpty())
            firstDay2 = r.receiptNo;
    }
    QCOMPARE(g.fromReceipt, lastDay1);
    QCOMPARE(g.toReceipt, firstDay2);
    // Each day on its own shows no gap.
    QVERIFY(q.figures(ReportPeriod::day(QDate(2026, 11, 1)))->deposit.gaps.isEmpty());
    QVERIFY(q.figures(ReportPeriod::day(QDate(2026, 11, 2)))->deposit.gaps.isEmpty());
    // Money that left: negative.
    seed.balance -= 40000;
    seed.seed = 13;
    QVERIFY(seed.fill(&store, QDate(2026, 11, 3), QDate(2026, 11, 3), 5));
    const auto f3 = q.figures(ReportPeriod(QDate(2026, 11, 1), QDate(2026, 11, 3)));
    QCOMPARE(f3->deposit.gaps.size(), 2);
    QCOMPARE(f3->deposit.gaps.at(1).amount, Money::fromRupiah(-40000));
    QCOMPARE(f3->toJson()
                 .value(QStringLiteral("deposit"))
                 .toObject()
                 .value(QStringLiteral("gaps"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toString(),
        QStringLiteral("-40000"));
}

void tst_ReportQuery::markGapAsTopUp()
{
    ReceiptStore store(m_dir.filePath(QStringLiteral("mark.db")), &m_clock);
    QVERIFY(store.open());
    ReportSeed seed;
    seed.seed = 21;
    QVERIFY(seed.fill(&store, QDate(2026, 11, 5), QDate(2026, 11, 5), 6));
    seed.balance += 1000000;
    seed.seed = 22;
    QVERIFY(seed.fill(&store, QDate(2026, 11, 6), QDate(2026, 11, 6), 6));
    const ReportQuery q(QSqlDatabase::database(store.connectionName(), false));
    const ReportPeriod both(QDate(2026, 11, 5), QDate(2026, 11, 6));
    const DepositGap gap = q.figures(both)->deposit.gaps.value(0);
    QCOMPARE(gap.amount, Money::fromRupiah(1000000));
    QVERIFY(!gap.marked);

    DepositGapMarker marker(&store, &m_clock);
    QVERIFY(!marker.markTopUp(gap.fromReceipt, gap.toReceipt, QStringLiteral("  ")).ok); // note required
    QVERIFY(!marker.markTopUp(seed.written.at(0).receiptNo, seed.written.at(1).receiptNo, QStringLiteral("x"))
                 .ok);
    const GapMarkResult marked
        = marker.markTopUp(gap.fromReceipt, gap.toReceipt, QStringLiteral("BCA transfer 1 jt"));
    QVERIFY2(marked.ok, qPrintable(marked.error));
    QCOMPARE(marked.amount, Money::fromRupiah(1000000));
    QVERIFY(!marker.markTopUp(gap.fromReceipt, gap.toReceipt, QStringLiteral("again")).ok);

    const auto after = q.figures(both);
    QCOMPARE(after->deposit.gaps.size(), 1); // still shown, now explained
    QVERIFY(after->deposit.gaps.first().marked);
    QCOMPARE(after->deposit.gaps.first().note, QStringLiteral("BCA transfer 1 jt"));
    const auto lines = q.depositStatement(SaleScope::period(both));
    int marks = 0;
    for (const DepositStatementLine &l : *lines)
        marks += l.gapMarked ? 1 : 0;
    QCOMPARE(marks, 1);
    // The sales were not edited.
    QSqlQuery raw(QSqlDatabase::database(store.connectionName(), false));
    QVERIFY(raw.exec(QStringLiteral("SELECT COUNT(*), MAX(updated_utc) FROM sales")));
    QVERIFY(raw.next());
    QCOMPARE(raw.value(0).toInt(), 12);
    QVERIFY(raw.value(1).toString() < ReceiptStore::toStoredTime(m_clock.nowUtc()));
}

void tst_ReportQuery::dailySeries()
{
    const ReportPeriod seven = ReportPeriod::lastDays(m_last, 7);
    QCOMPARE(seven.from(), m_first);
    const auto s = query().daily(seven);
    QVERIFY(s);
    QCOMPARE(s->dayCount(), 7);
    QCOMPARE(s->total.size(), 7);
    QCOMPARE(s->byWallet.size(), 5);
    for (int i = 0; i < 7; ++i) {
        const auto day = query().figures(ReportPeriod::day(s->days.at(i)));
        QCOMPARE(s->total.at(i).count, day->totals.count);
        QCOMPARE(s->total.at(i).margin, day->totals.margin());
        for (auto it = s->byWallet.cbegin(); it != s->byWallet.cend(); ++it) {
            QCOMPARE(it.value().size(), 7);
            QCOMPARE(it.value().at(i).count, day->byWallet.value(it.key()).count);
            QCOMPARE(it.value().at(i).margin, day->byWallet.value(it.key()).margin());
        }
    }
    const auto thirty = query().daily(ReportPeriod::lastDays(QDate(2026, 11, 20), 30));
    QCOMPARE(thirty->dayCount(), 30);
    QCOMPARE(thirty->total.last().count, 0); // no sales on the 20th
}

void tst_ReportQuery::textFitsThePaper_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("58 mm") << 32;
    QTest::newRow("80 mm") << 48;
}

void tst_ReportQuery::textFitsThePaper()
{
    QFETCH(int, columns);
    const auto f = query().figures(ReportPeriod(m_first, m_last));
    const QStringList lines = ReportText::xReport(*f, QStringLiteral("K01"), m_clock.nowUtc(), columns);
    QVERIFY(lines.size() > 30);
    for (const QString &l : lines)
        QVERIFY2(l.size() <= columns, qPrintable(l));
    QVERIFY(lines.contains(ReportText::row(QStringLiteral("Margin"), f->totals.margin().format(), columns)));
    QCOMPARE(ReportText::xReport(*f, QStringLiteral("K01"), m_clock.nowUtc(), columns), lines); // pure
}

void tst_ReportQuery::csv()
{
    const auto f = query().figures(ReportPeriod::day(m_first));
    const QString text = QString::fromUtf8(ReportCsv::write(*f));
    const QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), QStringLiteral("section,key,count,nominal,cost,collected,margin"));
    QVERIFY(rows.contains(QStringLiteral("totals,SUCCESS,%1,%2,%3,%4,%5")
                              .arg(f->totals.count)
                              .arg(f->totals.nominal.rupiah())
                              .arg(f->totals.cost.rupiah())
                              .arg(f->totals.collected.rupiah())
                              .arg(f->totals.margin().rupiah())));
    QCOMPARE(CsvText::field(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    QCOMPARE(CsvText::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvText::field(QStringLiteral("\t=1+1")), QStringLiteral("'\t=1+1"));
    QCOMPARE(CsvText::field(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    QCOMPARE(
        CsvText::field(QStringLiteral("-1500")), QStringLiteral("-1500")); // a negative margin stays a number
    QCOMPARE(CsvText::quoted(QStringLiteral("@x\"y")), QStringLiteral("\"'@x\"\"y\""));
}

QTEST_GUILESS_MAIN(tst_ReportQuery)
#include "tst_reportquery.moc"
