// Numbered end-of-day closes: numbering, immutability, carry-over, refusal while PAYING, the
// backup before each close, reprint; and the manager's resolution of flagged sales.

#include "ReportSeed.h"
#include "TestClock.h"
#include "report/DayCloser.h"
#include "report/FlaggedSaleResolver.h"
#include "report/ReportQuery.h"
#include "report/ReportText.h"
#include "store/JournalBackup.h"
#include "store/ReceiptStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

namespace {

SaleRecord sale(const QDateTime &createdUtc, SaleStatus status, qint64 amount,
    const QString &wallet = QStringLiteral("GOPAY"))
{
    static int n = 0;
    SaleRecord r;
    r.reqId = QStringLiteral("CLOSE-%1").arg(++n);
    r.productId = wallet;
    r.custId = QStringLiteral("081234567%1").arg(n % 100, 2, 10, QLatin1Char('0'));
    r.amount = Money::fromRupiah(amount);
    r.inquiryUnitPrice = Money::fromRupiah(amount + 1500);
    r.storeFee = Money::fromRupiah(1000);
    r.sellingPrice = Money::fromRupiah(amount + 2500);
    r.cashier = QStringLiteral("ani");
    r.createdUtc = createdUtc;
    r.status = status;
    if (status == SaleStatus::Success) {
        r.unitPrice = r.inquiryUnitPrice;
        r.balanceUsed = r.inquiryUnitPrice;
        r.cashReceived = Money::fromRupiah(amount + 5000);
        r.change = Money::fromRupiah(2500);
    }
    return r;
}

} // namespace

class tst_DayClose : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numberingAndNothingToClose();
    void laterSalesGoToTheNextClose();
    void closesAreImmutable();
    void refusedWhilePaying();
    void pendingIsListedAndCarried();
    void backupBeforeCloseIsSound();
    void twoClosesInOneSecondKeepBothBackups();
    void openSalesOfUnclosedDaysStayWithTheirDay();
    void cashCount();
    void perTerminal();
    void resolveFlagged_data();
    void resolveFlagged();
    void resolveRefusals();
    void resolutionIsKeptAndFinal();

private:
    QDateTime at(int day, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::LocalTime).toUTC();
    }
    SaleRecord add(
        int day, int hour, SaleStatus status, qint64 amount, const QString &terminal = QStringLiteral("K01"))
    {
        SaleRecord r = sale(at(day, hour), status, amount);
        if (!m_store->insertSale(&r, terminal))
            qWarning() << m_store->lastError();
        return r;
    }
    CloseResult closeDay(int day, const QString &terminal = QStringLiteral("K01"))
    {
        m_clock.setNowUtc(at(day, 22).addSecs(++m_tick));
        CloseRequest req;
        req.day = QDate(2026, 11, day);
        req.terminalId = terminal;
        req.closedBy = QStringLiteral("manager");
        return DayCloser(m_store.get(), &m_clock).close(req);
    }
    QSqlQuery raw() const { return QSqlQuery(QSqlDatabase::database(m_store->connectionName(), false)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
    std::unique_ptr<ReceiptStore> m_store;
    int m_tick = 0;
};

void tst_DayClose::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ReceiptStore>(m_dir->filePath(QStringLiteral("journal.db")), &m_clock);
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
}

void tst_DayClose::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_DayClose::numberingAndNothingToClose()
{
    const CloseResult empty = closeDay(3);
    QCOMPARE(empty.outcome, CloseOutcome::NothingToClose);
    QVERIFY(!empty.message.isEmpty());

    add(3, 9, SaleStatus::Success, 50000);
    add(3, 10, SaleStatus::Success, 20000);
    add(3, 11, SaleStatus::Failed, 10000);
    const CloseResult first = closeDay(3);
    QCOMPARE(first.outcome, CloseOutcome::Closed);
    QCOMPARE(first.close.closeNo, 1);
    QCOMPARE(first.close.figures.totals.count, 2);
    QCOMPARE(first.close.figures.totals.nominal, Money::fromRupiah(70000));
    QCOMPARE(first.close.figures.byStatus.value(QStringLiteral("FAILED")).count, 1);
    QCOMPARE(first.close.json().value(QStringLiteral("close_no")).toInt(), 1);
    QCOMPARE(first.close.json().value(QStringLiteral("sales_taken")).toInt(), 3);

    QCOMPARE(closeDay(3).outcome, CloseOutcome::NothingToClose); // nothing new

    add(4, 9, SaleStatus::Success, 25000);
    const CloseResult second = closeDay(4);
    QCOMPARE(second.outcome, CloseOutcome::Closed);
    QCOMPARE(second.close.closeNo, 2);
    QCOMPARE(second.close.figures.totals.count, 1);
    const QList<CloseRecord> all = DayCloser(m_store.get(), &m_clock).list(QStringLiteral("K01"));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().closeNo, 2);
}

void tst_DayClose::laterSalesGoToTheNextClose()
{
    add(5, 9, SaleStatus::Success, 50000);
    const CloseResult first = closeDay(5);
    QCOMPARE(first.outcome, CloseOutcome::Closed);
    const QByteArray document = first.close.document;
    const QStringList printed = ReportText::close(first.close, 32);

    // A sale on the same day after its close.
    add(5, 23, SaleStatus::Success, 100000);
    add(6, 8, SaleStatus::Success, 10000);
    // The stored close is unchanged: the reprint is identical, text and JSON.
    const auto reprint = DayCloser(m_store.get(), &m_clock).find(QStringLiteral("K01"), 1);
    QVERIFY(reprint);
    QCOMPARE(reprint->document, document);
    QCOMPARE(ReportText::close(*reprint, 32), printed);
    QCOMPARE(reprint->figures.totals.count, 1);

    // The next close (of the next day) takes both the late sale of the 5th and the 6th.
    const CloseResult second = closeDay(6);
    QCOMPARE(second.outcome, CloseOutcome::Closed);
    QCOMPARE(second.close.closeNo, 2);
    QCOMPARE(second.close.figures.totals.count, 2);
    QCOMPARE(second.close.figures.totals.nominal, Money::fromRupiah(110000));
    QCOMPARE(second.close.figures.from, QDate(2026, 11, 5));
    // Every sale is in exactly one close.
    QSqlQuery q = raw();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT sale_id) FROM close_items")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toInt(), 3);
}

void tst_DayClose::closesAreImmutable()
{
    add(7, 9, SaleStatus::Success, 50000);
    QCOMPARE(closeDay(7).outcome, CloseOutcome::Closed);
    QSqlQuery q = raw();
    QVERIFY(!q.exec(QStringLiteral("UPDATE closes SET document = '{}'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("never changed")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM closes")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE close_items SET close_id = 99")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM close_items")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM close_items")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A second close with the same number for the terminal is refused by the schema too.
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO closes (terminal_id, close_no, day, created_utc, range_from_utc,"
                               " range_to_utc, carry_from_utc, backup_path, document)"
                               " VALUES ('K01', 1, '2026-11-07', 'x', 'x', 'x', 'x', 'x', '{}')")));
}

void tst_DayClose::refusedWhilePaying()
{
    add(8, 9, SaleStatus::Success, 50000);
    const SaleRecord paying = add(8, 10, SaleStatus::Paying, 20000);
    const CloseResult refused = closeDay(8);
    QCOMPARE(refused.outcome, CloseOutcome::SalesPaying);
    QCOMPARE(refused.paying.size(), 1);
    QCOMPARE(refused.paying.first().receiptNo, paying.receiptNo);
    QVERIFY(refused.message.contains(paying.receiptNo));
    QSqlQuery q = raw();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM closes")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups")))); // refused before the backup

    SaleRecord settled = *m_store->findById(paying.id);
    settled.status = SaleStatus::Failed;
    QVERIFY(m_store->updateResult(settled));
    const CloseResult ok = closeDay(8);
    QVERIFY2(ok.outcome == CloseOutcome::Closed, qPrintable(ok.message));
    QCOMPARE(ok.close.figures.byStatus.value(QStringLiteral("FAILED")).count, 1);
}

void tst_DayClose::pendingIsListedAndCarried()
{
    add(9, 9, SaleStatus::Success, 50000);
    SaleRecord flagged = sale(at(9, 10), SaleStatus::Pending, 20000);
    flagged.flagged = true;
    flagged.flagReason = QStringLiteral("price changed");
    flagged.balanceUsed = Money::fromRupiah(21500);
    QVERIFY(m_store->insertSale(&flagged, QStringLiteral("K01")));

    const CloseResult first = closeDay(9);
    QCOMPARE(first.outcome, CloseOutcome::Closed);
    QCOMPARE(first.close.figures.pending.size(), 1);
    QCOMPARE(first.close.figures.pending.first().receiptNo, flagged.receiptNo);
    QVERIFY(first.close.figures.pending.first().flagged);
    QCOMPARE(first.close.figures.byStatus.value(QStringLiteral("PENDING")).count, 1);
    QCOMPARE(first.close.figures.totals.count, 1);

    // Resolved the next day: it goes into the next close, close 1 stays as it was.
    m_clock.setNowUtc(at(10, 9));
    ResolveRequest req;
    req.key = flagged.receiptNo;
    req.as = SaleStatus::Success;
    req.price = Money::fromRupiah(21500);
    req.note = QStringLiteral("provider confirmed SN 123 by phone");
    QCOMPARE(FlaggedSaleResolver(m_store.get(), &m_clock).resolve(req).outcome, ResolveOutcome::Resolved);
    add(10, 11, SaleStatus::Success, 10000);
    const CloseResult second = closeDay(10);
    QCOMPARE(second.outcome, CloseOutcome::Closed);
    QCOMPARE(second.close.figures.totals.count, 2);
    QCOMPARE(second.close.figures.totals.nominal, Money::fromRupiah(30000));
    QCOMPARE(second.close.figures.totals.cost, Money::fromRupiah(21500 + 11500));
    QVERIFY(second.close.figures.pending.isEmpty());
    const auto reprint = DayCloser(m_store.get(), &m_clock).find(QStringLiteral("K01"), 1);
    QCOMPARE(reprint->document, first.close.document);
    QCOMPARE(reprint->figures.pending.size(), 1);
}

void tst_DayClose::backupBeforeCloseIsSound()
{
    ReportSeed seed;
    QVERIFY(seed.fill(m_store.get(), QDate(2026, 11, 11), QDate(2026, 11, 11), 40));
    // PENDING ones do not stop a close, but PAYING ones would: the seed writes none.
    const CloseResult closed = closeDay(11);
    QCOMPARE(closed.outcome, CloseOutcome::Closed);
    const QString backup = closed.close.backupPath;
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(backup.startsWith(m_dir->filePath(QStringLiteral("backups/"))));
    QCOMPARE(closed.close.json()
                 .value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("integrity_check"))
                 .toString(),
        QStringLiteral("ok"));
    // Checked again here, independently: it opens, passes integrity_check, and holds the
    // journal as it was just before the close (all the sales, no close yet).
    QCOMPARE(JournalBackup::integrityCheck(backup), QStringLiteral("ok"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sales")) && q.next());
        QCOMPARE(q.value(0).toInt(), 40);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM closes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), ReceiptStore::SchemaVersion);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));

    // The close's figures agree with the X report of the same day (no sale closed before).
    const auto x = ReportQuery(QSqlDatabase::database(m_store->connectionName(), false))
                       .figures(ReportPeriod::day(QDate(2026, 11, 11)));
    QVERIFY(closed.close.figures.totals == x->totals);
    QCOMPARE(closed.close.figures.byWallet.keys(), x->byWallet.keys());
    QCOMPARE(closed.close.figures.pending.size(), x->pending.size());
}

void tst_DayClose::twoClosesInOneSecondKeepBothBackups()
{
    add(17, 9, SaleStatus::Success, 50000);
    add(18, 9, SaleStatus::Success, 20000);
    m_clock.setNowUtc(at(18, 22));
    CloseRequest req;
    req.terminalId = QStringLiteral("K01");
    req.day = QDate(2026, 11, 17);
    const CloseResult first = DayCloser(m_store.get(), &m_clock).close(req);
    req.day = QDate(2026, 11, 18);
    const CloseResult second = DayCloser(m_store.get(), &m_clock).close(req); // same clock second
    QCOMPARE(first.outcome, CloseOutcome::Closed);
    QVERIFY2(second.outcome == CloseOutcome::Closed, qPrintable(second.message));
    QVERIFY(first.close.backupPath != second.close.backupPath);
    QVERIFY(QFileInfo::exists(first.close.backupPath));
    QVERIFY(QFileInfo::exists(second.close.backupPath));
}

void tst_DayClose::openSalesOfUnclosedDaysStayWithTheirDay()
{
    // The 19th is never closed and keeps a PENDING sale; the 20th is closed twice.
    SaleRecord open = sale(at(19, 10), SaleStatus::Pending, 20000);
    QVERIFY(m_store->insertSale(&open, QStringLiteral("K01")));
    add(19, 11, SaleStatus::Success, 10000);
    add(20, 9, SaleStatus::Success, 50000);
    const CloseResult first = closeDay(20);
    QCOMPARE(first.outcome, CloseOutcome::Closed);
    QCOMPARE(first.close.figures.totals.count, 1); // the 20th only
    QCOMPARE(first.close.figures.pending.size(), 1); // the open sale of the 19th is listed
    QCOMPARE(closeDay(20).outcome, CloseOutcome::NothingToClose); // the 19th is not pulled in
    const CloseResult day19 = closeDay(19);
    QCOMPARE(day19.outcome, CloseOutcome::Closed);
    QCOMPARE(day19.close.figures.totals.count, 1);
}

void tst_DayClose::cashCount()
{
    add(12, 9, SaleStatus::Success, 50000); // cash 55.000, change 2.500: 52.500 stays
    add(12, 10, SaleStatus::Success, 20000); // 22.500 stays
    m_clock.setNowUtc(at(12, 22));
    CloseRequest req;
    req.day = QDate(2026, 11, 12);
    req.terminalId = QStringLiteral("K01");
    req.openingFloat = Money::fromRupiah(200000);
    req.countedCash = Money::fromRupiah(270000);
    const CloseResult r = DayCloser(m_store.get(), &m_clock).close(req);
    QCOMPARE(r.outcome, CloseOutcome::Closed);
    QCOMPARE(r.close.cashCount.expected, Money::fromRupiah(200000 + 52500 + 22500));
    QCOMPARE(r.close.cashCount.difference(), std::optional<Money>(Money::fromRupiah(-5000)));
    const QJsonObject cash = r.close.json().value(QStringLiteral("cash_count")).toObject();
    QCOMPARE(cash.value(QStringLiteral("difference")).toString(), QStringLiteral("-5000"));
    QVERIFY(ReportText::close(r.close, 48)
                .contains(ReportText::row(QStringLiteral("Difference"), QStringLiteral("-Rp 5.000 !"), 48)));
}

void tst_DayClose::perTerminal()
{
    add(13, 9, SaleStatus::Success, 50000, QStringLiteral("K01"));
    add(13, 9, SaleStatus::Success, 20000, QStringLiteral("K02"));
    const CloseResult k1 = closeDay(13, QStringLiteral("K01"));
    const CloseResult k2 = closeDay(13, QStringLiteral("K02"));
    QCOMPARE(k1.close.closeNo, 1);
    QCOMPARE(k2.close.closeNo, 1);
    QCOMPARE(k1.close.figures.totals.nominal, Money::fromRupiah(50000));
    QCOMPARE(k2.close.figures.totals.nominal, Money::fromRupiah(20000));
    QCOMPARE(closeDay(13, QStringLiteral("bad id!")).outcome, CloseOutcome::InvalidInput);
}

void tst_DayClose::resolveFlagged_data()
{
    QTest::addColumn<bool>("asSuccess");
    QTest::addColumn<qint64>("price"); // 0: not given
    QTest::addColumn<qint64>("expectedCost");
    QTest::newRow("success, verified price") << true << qint64(21000) << qint64(21000);
    QTest::newRow("success, price of the held answer") << true << qint64(0) << qint64(21500);
    QTest::newRow("failed") << false << qint64(0) << qint64(0);
}

void tst_DayClose::resolveFlagged()
{
    QFETCH(bool, asSuccess);
    QFETCH(qint64, price);
    QFETCH(qint64, expectedCost);
    SaleRecord flagged = sale(at(14, 10), SaleStatus::Pending, 20000);
    flagged.flagged = true;
    flagged.flagReason = QStringLiteral("balance_used differs");
    flagged.balanceUsed = Money::fromRupiah(21500);
    flagged.nextCheckUtc = at(14, 11);
    QVERIFY(m_store->insertSale(&flagged, QStringLiteral("K01")));

    const ReportQuery reports(QSqlDatabase::database(m_store->connectionName(), false));
    const ReportPeriod day = ReportPeriod::day(QDate(2026, 11, 14));
    QCOMPARE(reports.figures(day)->pending.size(), 1);
    QCOMPARE(m_store->unresolved().size(), 1);

    m_clock.setNowUtc(at(14, 12));
    ResolveRequest req;
    req.key = flagged.receiptNo;
    req.as = asSuccess ? SaleStatus::Success : SaleStatus::Failed;
    if (price > 0)
        req.price = Money::fromRupiah(price);
    req.note = QStringLiteral("checked with the provider");
    req.resolvedBy = QStringLiteral("bu Sari");
    const ResolveResult r = FlaggedSaleResolver(m_store.get(), &m_clock).resolve(req);
    QCOMPARE(r.outcome, ResolveOutcome::Resolved);
    QCOMPARE(r.record.status, req.as);
    QVERIFY(!r.record.flagged);
    QVERIFY(!r.record.nextCheckUtc.isValid());
    QVERIFY(m_store->unresolved().isEmpty()); // never sent again

    const auto f = reports.figures(day);
    QVERIFY(f->pending.isEmpty());
    QCOMPARE(f->totals.count, asSuccess ? 1 : 0);
    QCOMPARE(f->totals.cost.rupiah(), expectedCost);
    QCOMPARE(f->byStatus.value(asSuccess ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED")).count, 1);
}

void tst_DayClose::resolveRefusals()
{
    const SaleRecord plain = add(15, 9, SaleStatus::Pending, 20000);
    const SaleRecord done = add(15, 10, SaleStatus::Success, 20000);
    SaleRecord flagged = sale(at(15, 11), SaleStatus::Pending, 20000);
    flagged.flagged = true;
    QVERIFY(m_store->insertSale(&flagged, QStringLiteral("K01")));
    FlaggedSaleResolver resolver(m_store.get(), &m_clock);
    auto request = [](const QString &key, SaleStatus as, const QString &note) {
        ResolveRequest r;
        r.key = key;
        r.as = as;
        r.note = note;
        return r;
    };
    QCOMPARE(resolver.resolve(request(plain.receiptNo, SaleStatus::Failed, QStringLiteral("x"))).outcome,
        ResolveOutcome::NotFlagged);
    QCOMPARE(resolver.resolve(request(done.receiptNo, SaleStatus::Failed, QStringLiteral("x"))).outcome,
        ResolveOutcome::NotFlagged);
    QCOMPARE(resolver.resolve(request(flagged.receiptNo, SaleStatus::Failed, QStringLiteral("  "))).outcome,
        ResolveOutcome::InvalidInput);
    QCOMPARE(
        resolver
            .resolve(request(QStringLiteral("K01-19990101-0001"), SaleStatus::Failed, QStringLiteral("x")))
            .outcome,
        ResolveOutcome::NotFound);
    // No price anywhere: SUCCESS needs one.
    QCOMPARE(resolver.resolve(request(flagged.receiptNo, SaleStatus::Success, QStringLiteral("x"))).outcome,
        ResolveOutcome::InvalidInput);
    QCOMPARE(resolver.resolve(request(flagged.receiptNo, SaleStatus::Pending, QStringLiteral("x"))).outcome,
        ResolveOutcome::InvalidInput);
    QCOMPARE(m_store->findById(flagged.id)->status, SaleStatus::Pending); // nothing changed
    QVERIFY(m_store->findById(flagged.id)->flagged);
}

void tst_DayClose::resolutionIsKeptAndFinal()
{
    SaleRecord flagged = sale(at(16, 11), SaleStatus::Pending, 50000);
    flagged.flagged = true;
    flagged.flagReason = QStringLiteral("answer does not echo the request");
    QVERIFY(m_store->insertSale(&flagged, QStringLiteral("K01")));
    ResolveRequest req;
    req.key = flagged.reqId; // by req_id too
    req.as = SaleStatus::Success;
    req.price = Money::fromRupiah(51500);
    req.note = QStringLiteral("SN 998877 confirmed");
    req.resolvedBy = QStringLiteral("bu Sari");
    QCOMPARE(FlaggedSaleResolver(m_store.get(), &m_clock).resolve(req).outcome, ResolveOutcome::Resolved);
    QCOMPARE(FlaggedSaleResolver(m_store.get(), &m_clock).resolve(req).outcome, ResolveOutcome::NotFlagged);
    QSqlQuery q = raw();
    QVERIFY(q.exec(QStringLiteral("SELECT resolved_as, price, note, resolved_by, previous_status, flag_reason"
                                  " FROM sale_resolutions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(q.value(1).toLongLong(), 51500);
    QCOMPARE(q.value(2).toString(), QStringLiteral("SN 998877 confirmed"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("bu Sari"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("PENDING"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("answer does not echo the request"));
    QVERIFY(!q.next());
    QVERIFY(!q.exec(QStringLiteral("UPDATE sale_resolutions SET note = 'x'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM sale_resolutions")));
    // The store refuses to move the settled sale elsewhere.
    SaleRecord again = *m_store->findById(flagged.id);
    QCOMPARE(again.sellingPrice, Money::fromRupiah(52500)); // the confirmed price + fee, as collected
    again.status = SaleStatus::Failed;
    QVERIFY(!m_store->updateResult(again));
}

QTEST_GUILESS_MAIN(tst_DayClose)
#include "tst_dayclose.moc"
