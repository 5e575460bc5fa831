// Stored day summaries (report_days) never give an old figure: after a sale of a summarised day
// is inserted, changed or resolved, the same report shows the change, checked against SQL sums
// written here and against the figures summed from the sales alone.
#include "ReportSeed.h"
#include "TestClock.h"
#include "report/DayCloser.h"
#include "report/FlaggedSaleResolver.h"
#include "report/ReportQuery.h"
#include "store/ReceiptStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

class tst_ReportSummaries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storedDaysGiveTheSameFigures();
    void saleInsertedIntoSummarisedDay();
    void saleChangedInSummarisedDay();
    void resolvedSaleCounts();
    void gapAcrossDayBoundary();
    void closeReproducesWithSummaries();
    void chartFromSummaries();
    void readOnlyJournalSumsFromTheSales();
    void otherDayBoundariesAreNotUsed();

private:
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    QSqlDatabase db() const { return QSqlDatabase::database(m_store->connectionName(), false); }
    ReportQuery query() const { return ReportQuery(db()); }
    ReportPeriod period() const { return ReportPeriod(m_first, m_last); }
    // The report's totals and statuses against sums over the sales, written independently.
    void checkAgainstSql(const ReportFigures &f);
    // The figures with summaries equal the figures summed from the sales alone.
    void checkAgainstLive(const ReportFigures &f);
    QString dayStart(const QDate &d) const { return ReportPeriod::day(d).fromUtcText(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
    std::unique_ptr<ReceiptStore> m_store;
    ReportSeed m_seed;
    // Past days (the summaries are made only for days that have ended).
    QDate m_first = QDate::currentDate().addDays(-20);
    QDate m_last = QDate::currentDate().addDays(-10);
};

qint64 tst_ReportSummaries::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db());
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

void tst_ReportSummaries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowUtc(QDateTime::currentDateTimeUtc());
    m_store = std::make_unique<ReceiptStore>(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    m_seed = ReportSeed();
    QVERIFY(m_seed.fill(m_store.get(), m_first, m_last, 24));
    // Settle the held sales so that the days can be summarised (a charged one as SUCCESS keeps
    // the deposit chain without gaps), except on the middle day, which stays summed live.
    QSqlQuery q(db());
    QVERIFY2(
        q.exec(QStringLiteral("UPDATE sales SET status = 'SUCCESS', flagged = 0, unit_price = balance_used"
                              " WHERE flagged = 1 AND NOT (created_utc >= '%1' AND created_utc < '%2')")
                   .arg(dayStart(m_first.addDays(5)), dayStart(m_first.addDays(6)))),
        qPrintable(q.lastError().text()));
    QVERIFY2(
        q.exec(QStringLiteral("UPDATE sales SET status = 'FAILED' WHERE status = 'PENDING' AND flagged = 0"
                              " AND NOT (created_utc >= '%1' AND created_utc < '%2')")
                   .arg(dayStart(m_first.addDays(5)), dayStart(m_first.addDays(6)))),
        qPrintable(q.lastError().text()));
}

void tst_ReportSummaries::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_ReportSummaries::checkAgainstSql(const ReportFigures &f)
{
    const QVariantList range { period().fromUtcText(), period().toUtcText() };
    const QString in = QStringLiteral(" FROM sales WHERE created_utc >= ? AND created_utc < ?");
    QCOMPARE(f.totals.count,
        scalar(QStringLiteral("SELECT COUNT(*)") + in + QStringLiteral(" AND status = 'SUCCESS'"), range));
    QCOMPARE(f.totals.nominal.rupiah(),
        scalar(QStringLiteral("SELECT SUM(amount)") + in + QStringLiteral(" AND status = 'SUCCESS'"), range));
    QCOMPARE(f.totals.cost.rupiah(),
        scalar(QStringLiteral("SELECT SUM(balance_used)") + in + QStringLiteral(" AND status = 'SUCCESS'"),
            range));
    QCOMPARE(f.totals.collected.rupiah(),
        scalar(QStringLiteral("SELECT SUM(selling_price)") + in + QStringLiteral(" AND status = 'SUCCESS'"),
            range));
    for (const QString &status : ReportFigures::statusOrder()) {
        QCOMPARE(f.byStatus.value(status).count,
            scalar(QStringLiteral("SELECT COUNT(*)") + in + QStringLiteral(" AND status = ?"),
                range + QVariantList { status }));
        QCOMPARE(f.byStatus.value(status).nominal.rupiah(),
            scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0)") + in + QStringLiteral(" AND status = ?"),
                range + QVariantList { status }));
    }
    QCOMPARE(qint64(f.pending.size()),
        scalar(QStringLiteral("SELECT COUNT(*)") + in
                + QStringLiteral(" AND (status IN ('PENDING','PAYING') OR flagged = 1)"),
            range));
}

void tst_ReportSummaries::checkAgainstLive(const ReportFigures &f)
{
    const auto live = query().figures(SaleScope::period(period()), period().from(), period().to());
    QVERIFY(live);
    QCOMPARE(QJsonDocument(f.toJson()).toJson(), QJsonDocument(live->toJson()).toJson());
}

void tst_ReportSummaries::storedDaysGiveTheSameFigures()
{
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_days")), 0);
    const auto first = query().figures(period());
    QVERIFY2(first, qPrintable(query().lastError()));
    // Every day but the one with held sales is stored.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_days")), qint64(period().dayCount() - 1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"),
                 { dayStart(m_first.addDays(5)) }),
        0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM report_day_sums")) > 0);
    checkAgainstSql(*first);
    checkAgainstLive(*first);
    QVERIFY(!first->pending.isEmpty());
    QVERIFY(first->deposit.gaps.isEmpty());
    // Read back from the summaries: the same document.
    const auto again = query().figures(period());
    QVERIFY(again);
    QCOMPARE(QJsonDocument(again->toJson()).toJson(), QJsonDocument(first->toJson()).toJson());
    // Only the wanted days: a week inside the period.
    const ReportPeriod week(m_first.addDays(1), m_first.addDays(7));
    const auto part = query().figures(week);
    QVERIFY(part);
    const auto livePart = query().figures(SaleScope::period(week), week.from(), week.to());
    QCOMPARE(QJsonDocument(part->toJson()).toJson(), QJsonDocument(livePart->toJson()).toJson());
}

void tst_ReportSummaries::saleInsertedIntoSummarisedDay()
{
    const auto before = query().figures(period());
    QVERIFY(before);
    const QDate day = m_first.addDays(2);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 1);

    SaleRecord r;
    r.reqId = QStringLiteral("LATE-1");
    r.productId = QStringLiteral("OVO");
    r.custId = QStringLiteral("081234567890");
    r.amount = Money::fromRupiah(77000);
    r.inquiryUnitPrice = Money::fromRupiah(78500);
    r.unitPrice = Money::fromRupiah(78500);
    r.balanceUsed = Money::fromRupiah(78500);
    r.sellingPrice = Money::fromRupiah(80500);
    r.status = SaleStatus::Success;
    r.cashier = QStringLiteral("dewi");
    r.createdUtc = QDateTime(day, QTime(23, 30), Qt::LocalTime).toUTC();
    r.updatedUtc = r.createdUtc;
    r.completedUtc = r.createdUtc;
    QVERIFY(m_store->insertSale(&r, QStringLiteral("K02")));
    // The day's summary went with the insert.
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_day_sums WHERE from_utc = ?"), { dayStart(day) }),
        0);

    const auto after = query().figures(period());
    QVERIFY(after);
    QCOMPARE(after->totals.count, before->totals.count + 1);
    QCOMPARE(after->totals.nominal, before->totals.nominal + Money::fromRupiah(77000));
    QCOMPARE(after->byCashier.value(QStringLiteral("dewi")).margin(), Money::fromRupiah(2000));
    checkAgainstSql(*after);
    checkAgainstLive(*after);
}

void tst_ReportSummaries::saleChangedInSummarisedDay()
{
    const auto before = query().figures(period());
    QVERIFY(before);
    const QDate day = m_first.addDays(8);
    const qint64 id
        = scalar(QStringLiteral("SELECT id FROM sales WHERE status = 'SUCCESS' AND created_utc >= ?"
                                " AND created_utc < ? ORDER BY id LIMIT 1"),
            { dayStart(day), dayStart(day.addDays(1)) });
    QVERIFY(id > 0);
    const qint64 amount = scalar(QStringLiteral("SELECT amount FROM sales WHERE id = ?"), { id });
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("UPDATE sales SET status = 'FAILED' WHERE id = ?")));
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const auto after = query().figures(period());
    QVERIFY(after);
    QCOMPARE(after->totals.count, before->totals.count - 1);
    QCOMPARE(after->totals.nominal, before->totals.nominal - Money::fromRupiah(amount));
    QCOMPARE(after->byStatus.value(QStringLiteral("FAILED")).count,
        before->byStatus.value(QStringLiteral("FAILED")).count + 1);
    checkAgainstSql(*after);
    checkAgainstLive(*after);
    // Its charge no longer counts: the deposit chain now shows the money that came back.
    QCOMPARE(after->deposit.gaps.size(), 1);
}

void tst_ReportSummaries::resolvedSaleCounts()
{
    // A flagged sale in a day that is otherwise settled: that day is summed live until the
    // manager resolves it; then it is stored with the resolution.
    const QDate day = m_first.addDays(3);
    QSqlQuery q(db());
    QVERIFY(q.prepare(
        QStringLiteral("UPDATE sales SET status = 'PENDING', flagged = 1, flag_reason = 'price changed'"
                       " WHERE id = (SELECT id FROM sales WHERE status = 'SUCCESS' AND balance_after"
                       " IS NOT NULL AND created_utc >= ? AND created_utc < ? ORDER BY id LIMIT 1)")));
    q.addBindValue(dayStart(day));
    q.addBindValue(dayStart(day.addDays(1)));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    const auto before = query().figures(period());
    QVERIFY(before);
    checkAgainstSql(*before);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 0);
    const QString receipt = [&] {
        QSqlQuery r(db());
        r.prepare(QStringLiteral(
            "SELECT receipt_no FROM sales WHERE flagged = 1 AND created_utc >= ? AND created_utc < ?"));
        r.addBindValue(dayStart(day));
        r.addBindValue(dayStart(day.addDays(1)));
        r.exec();
        r.next();
        return r.value(0).toString();
    }();
    QVERIFY(!receipt.isEmpty());

    ResolveRequest request;
    request.key = receipt;
    request.as = SaleStatus::Success;
    request.note = QStringLiteral("provider confirmed the top-up");
    request.resolvedBy = QStringLiteral("manager");
    const ResolveResult resolved = FlaggedSaleResolver(m_store.get(), &m_clock).resolve(request);
    QCOMPARE(int(resolved.outcome), int(ResolveOutcome::Resolved));

    const auto after = query().figures(period());
    QVERIFY(after);
    QCOMPARE(after->totals.count, before->totals.count + 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 1);
    checkAgainstSql(*after);
    checkAgainstLive(*after);

    // And a resolved sale in a stored day turned back (by any write) drops that day again.
    QVERIFY(
        q.prepare(QStringLiteral("UPDATE sales SET printed_count = printed_count + 1 WHERE receipt_no = ?")));
    q.addBindValue(receipt);
    QVERIFY(q.exec());
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 0);
}

void tst_ReportSummaries::gapAcrossDayBoundary()
{
    const auto clean = query().figures(period());
    QVERIFY(clean);
    QVERIFY(clean->deposit.gaps.isEmpty());
    // A deposit top-up of 1,000,000 between the last sale of one day and the first of the next:
    // every balance reported from that day on is higher.
    const QDate day = m_first.addDays(7);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("UPDATE sales SET balance_after = balance_after + 1000000"
                                     " WHERE balance_after IS NOT NULL AND created_utc >= ?")));
    q.addBindValue(dayStart(day));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const auto first = query().figures(period()); // stores the changed days again
    QVERIFY(first);
    const auto f = query().figures(period()); // from the summaries
    QVERIFY(f);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc IN (?, ?)"),
                 { dayStart(day.addDays(-1)), dayStart(day) }),
        2);
    QCOMPARE(f->deposit.gaps.size(), 1);
    const DepositGap &g = f->deposit.gaps.first();
    QCOMPARE(g.amount, Money::fromRupiah(1000000));
    const auto receiptAt = [&](const QString &order, const QDate &d) {
        QSqlQuery r(db());
        r.prepare(
            QStringLiteral("SELECT receipt_no FROM sales WHERE balance_after IS NOT NULL AND created_utc >= ?"
                           " AND created_utc < ? ORDER BY created_utc %1, id %1 LIMIT 1")
                .arg(order));
        r.addBindValue(dayStart(d));
        r.addBindValue(dayStart(d.addDays(1)));
        r.exec();
        r.next();
        return r.value(0).toString();
    };
    QCOMPARE(g.fromReceipt, receiptAt(QStringLiteral("DESC"), day.addDays(-1)));
    QCOMPARE(g.toReceipt, receiptAt(QStringLiteral("ASC"), day));
    QCOMPARE(f->deposit.first, clean->deposit.first);
    QCOMPARE(f->deposit.last, *clean->deposit.last + Money::fromRupiah(1000000));
    checkAgainstLive(*f);
}

void tst_ReportSummaries::closeReproducesWithSummaries()
{
    QVERIFY(query().figures(period()));
    const QDate day = m_first.addDays(4);
    CloseRequest request;
    request.day = day;
    request.terminalId = QStringLiteral("K01");
    const CloseResult closed = DayCloser(m_store.get(), &m_clock).close(request);
    QCOMPARE(int(closed.outcome), int(CloseOutcome::Closed));
    // The close wrote no sale: the stored days stay, and the reprint is the same document.
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 1);
    QVERIFY(query().figures(period()));
    const auto reprint = DayCloser(m_store.get(), &m_clock).find(QStringLiteral("K01"), closed.close.closeNo);
    QVERIFY(reprint);
    QCOMPARE(reprint->document, closed.close.document);
    // The close's own totals are the day's sums over the sales it took.
    const QJsonObject totals = closed.close.json().value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("count")).toInteger(),
        scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 'SUCCESS' AND id IN"
                              " (SELECT sale_id FROM close_items WHERE close_id = (SELECT id FROM closes"
                              " WHERE terminal_id = 'K01' AND close_no = ?))"),
            { closed.close.closeNo }));
}

void tst_ReportSummaries::chartFromSummaries()
{
    QVERIFY(query().figures(period())); // stores the settled days
    // A late sale in a stored day: the chart shows it too.
    const QDate day = m_first.addDays(1);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("UPDATE sales SET selling_price = selling_price + 5000 WHERE id ="
                                     " (SELECT id FROM sales WHERE status = 'SUCCESS' AND product_id = 'DANA'"
                                     " AND created_utc >= ? AND created_utc < ? ORDER BY id LIMIT 1)")));
    q.addBindValue(dayStart(day));
    q.addBindValue(dayStart(day.addDays(1)));
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
    const ReportPeriod chart(m_first.addDays(-2), m_last);
    const auto series = query().daily(chart);
    QVERIFY2(series, qPrintable(query().lastError()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { dayStart(day) }), 1);
    QCOMPARE(series->days.size(), chart.dayCount());
    for (int i = 0; i < series->days.size(); ++i) {
        const QVariantList range { dayStart(series->days.at(i)), dayStart(series->days.at(i).addDays(1)) };
        const QString in
            = QStringLiteral(" FROM sales WHERE status = 'SUCCESS' AND created_utc >= ? AND created_utc < ?");
        QCOMPARE(series->total.at(i).count, scalar(QStringLiteral("SELECT COUNT(*)") + in, range));
        QCOMPARE(series->total.at(i).margin.rupiah(),
            scalar(QStringLiteral("SELECT COALESCE(SUM(selling_price - COALESCE(balance_used, 0)), 0)") + in,
                range));
        QCOMPARE(series->byWallet.value(QStringLiteral("DANA")).value(i).margin.rupiah(),
            scalar(QStringLiteral("SELECT COALESCE(SUM(selling_price - COALESCE(balance_used, 0)), 0)") + in
                    + QStringLiteral(" AND product_id = 'DANA'"),
                range));
    }
}

void tst_ReportSummaries::readOnlyJournalSumsFromTheSales()
{
    // This schema, opened read-only: nothing is stored, the figures are the same.
    {
        const QString path = m_store->path();
        m_store.reset();
        m_store = std::make_unique<ReceiptStore>(path);
        JournalOpenOptions options;
        options.readOnly = true;
        options.create = false;
        QVERIFY2(m_store->open(options), qPrintable(m_store->lastError()));
        const auto f = query().figures(period());
        QVERIFY2(f, qPrintable(query().lastError()));
        checkAgainstLive(*f);
        checkAgainstSql(*f);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_days")), 0);
        m_store.reset();
        m_store = std::make_unique<ReceiptStore>(path);
        QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    }
    // A journal of the previous schema (no summary tables), opened read-only as `history` and
    // `report` may: the report is summed from the sales, nothing is written.
    {
        QSqlQuery q(db());
        for (const char *sql : { "DROP TRIGGER report_days_sale_i", "DROP TRIGGER report_days_sale_u",
                 "DROP TRIGGER report_days_sale_d", "DROP TABLE report_days", "DROP TABLE report_day_sums",
                 "DROP TABLE report_day_gaps", "PRAGMA user_version = 6" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
    }
    const QString path = m_store->path();
    const auto live = query().figures(SaleScope::period(period()), period().from(), period().to());
    QVERIFY(live);
    m_store.reset();
    m_store = std::make_unique<ReceiptStore>(path);
    JournalOpenOptions options;
    options.readOnly = true;
    options.create = false;
    QVERIFY2(m_store->open(options), qPrintable(m_store->lastError()));
    QCOMPARE(m_store->schemaVersion(), 6);
    const auto f = query().figures(period());
    QVERIFY2(f, qPrintable(query().lastError()));
    QCOMPARE(QJsonDocument(f->toJson()).toJson(), QJsonDocument(live->toJson()).toJson());
    checkAgainstSql(*f);
    const auto series = query().daily(period());
    QVERIFY(series);
    QCOMPARE(series->total.first().count,
        scalar(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status = 'SUCCESS' AND created_utc >= ? AND "
                              "created_utc < ?"),
            { dayStart(m_first), dayStart(m_first.addDays(1)) }));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'report_days'")), 0);
}

void tst_ReportSummaries::otherDayBoundariesAreNotUsed()
{
    // A summary made while the computer was in another time zone: its day starts an hour later.
    // It is never read (its sums here are absurd on purpose) and the next report drops it.
    const QDateTime start = QDateTime(m_first.addDays(2), QTime(0, 0), Qt::LocalTime).toUTC();
    const QString from = ReceiptStore::toStoredTime(start.addSecs(3600));
    const QString to = ReceiptStore::toStoredTime(start.addSecs(3600 + 86400));
    QSqlQuery q(db());
    QVERIFY(
        q.prepare(QStringLiteral("INSERT INTO report_days (from_utc, to_utc, charges) VALUES (?, ?, 0)")));
    q.addBindValue(from);
    q.addBindValue(to);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO report_day_sums VALUES (?, 'SUCCESS', 'OVO', 'ani', 1000, 1, 1, 1, 0, 0, 0, 0)")));
    q.addBindValue(from);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto f = query().figures(period());
    QVERIFY(f);
    checkAgainstSql(*f);
    checkAgainstLive(*f);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE from_utc = ?"), { from }), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM report_day_sums WHERE from_utc = ?"), { from }), 0);
    const auto again = query().figures(period());
    QVERIFY(again);
    checkAgainstLive(*again);
}

QTEST_GUILESS_MAIN(tst_ReportSummaries)
#include "tst_reportsummaries.moc"
