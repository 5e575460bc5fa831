// The history table's model over a generated journal of 100,000 sales: paging, every filter and
// the search box, checked against the journal's own SQL and by QAbstractItemModelTester.

#include "JournalGenerator.h"
#include "history/HistoryModel.h"
#include "store/ReceiptStore.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kasir;

class HistoryModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pagesNewestFirst();
    void filters_data();
    void filters();
    void search_data();
    void search();
    void liveRows();

private:
    // Loads every page of the filter into a fresh model (under the tester) and returns it.
    std::unique_ptr<HistoryModel> loadAll(const SaleHistoryFilter &filter, int maxRows = 5000);
    qint64 sqlCount(const QString &where, const QVariantList &values = {});
    QString sqlValue(const QString &column, const QString &where);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ReceiptStore> m_store;
    QSqlDatabase m_sql;
    static constexpr qint64 Sales = 100000;
    const QDate m_end { 2026, 11, 20 };
};

void HistoryModelTest::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    JournalGeneratorOptions options;
    options.count = Sales;
    options.seed = 11;
    options.endDate = m_end;
    JournalGenerator generator(options);
    QVERIFY2(generator.generate(m_path), qPrintable(generator.lastError()));
    m_store = std::make_unique<ReceiptStore>(m_path);
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    m_sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
    m_sql.setDatabaseName(m_path);
    QVERIFY(m_sql.open());
}

void HistoryModelTest::cleanupTestCase()
{
    m_sql.close();
    m_sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    m_store.reset();
}

qint64 HistoryModelTest::sqlCount(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sales WHERE ") + where);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString HistoryModelTest::sqlValue(const QString &column, const QString &where)
{
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sales WHERE %2 ORDER BY id LIMIT 1").arg(column, where))
        || !q.next())
        return QString();
    return q.value(0).toString();
}

std::unique_ptr<HistoryModel> HistoryModelTest::loadAll(const SaleHistoryFilter &filter, int maxRows)
{
    auto model = std::make_unique<HistoryModel>(m_store.get());
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    model->setFilter(filter);
    while (model->rowCount() < maxRows) {
        if (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        if (!model->isFetching())
            break;
        if (!QTest::qWaitFor([&] { return !model->isFetching(); }, 5000))
            break;
    }
    return model;
}

static QString localStart(const QDate &d)
{
    return ReceiptStore::toStoredTime(QDateTime(d, QTime(0, 0), Qt::LocalTime));
}

void HistoryModelTest::pagesNewestFirst()
{
    // No tester here: it asks for the next page after every insertion, which over 100,000 rows
    // would read them all. The filtered cases below run under it.
    HistoryModel model(m_store.get());
    model.setFilter(SaleHistoryFilter());
    // Only the first page is read; the rest comes as the view scrolls.
    QCOMPARE(model.rowCount(), HistoryModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    // 100,000 rows are not counted one by one: the count stops past the cap.
    QCOMPARE(model.totalCount(), HistoryModel::CountCap + 1);
    QVERIFY(model.totalIsCapped());
    QCOMPARE(m_store->historyCount(SaleHistoryFilter()), Sales);
    // Each fetch adds one page, from the event loop.
    for (int i = 2; i <= 5; ++i) {
        model.fetchMore(QModelIndex());
        QTRY_VERIFY(!model.isFetching());
        QCOMPARE(model.rowCount(), i * HistoryModel::PageSize);
    }
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const SaleRecord r = model.record(row);
        QVERIFY(!ids.contains(r.id));
        ids.insert(r.id);
        if (row > 0) {
            const SaleRecord prev = model.record(row - 1);
            QVERIFY(prev.createdUtc > r.createdUtc || (prev.createdUtc == r.createdUtc && prev.id > r.id));
        }
    }
    QCOMPARE(model.record(0).createdUtc.toLocalTime().date(), m_end);
    QCOMPARE(model.data(model.index(0, HistoryModel::ReceiptColumn)).toString(), model.record(0).receiptNo);
    QCOMPARE(model.data(model.index(0, 0), HistoryModel::SaleIdRole).toLongLong(), model.record(0).id);
}

void HistoryModelTest::filters_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("wallet");
    QTest::addColumn<int>("status"); // -1: any
    const QDate end(2026, 11, 20);
    QTest::newRow("today") << end << end << QString() << -1;
    QTest::newRow("a week") << end.addDays(-6) << end << QString() << -1;
    QTest::newRow("a month of OVO") << end.addDays(-29) << end << QStringLiteral("OVO") << -1;
    QTest::newRow("a year FAILED") << end.addDays(-364) << end << QString() << int(SaleStatus::Failed);
    QTest::newRow("all REJECTED DANA")
        << QDate() << QDate() << QStringLiteral("DANA") << int(SaleStatus::Rejected);
    QTest::newRow("PENDING") << QDate() << QDate() << QString() << int(SaleStatus::Pending);
    QTest::newRow("a day long ago") << end.addDays(-500) << end.addDays(-500) << QStringLiteral("GOPAY")
                                    << int(SaleStatus::Success);
}

void HistoryModelTest::filters()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, wallet);
    QFETCH(int, status);
    SaleHistoryFilter f;
    QStringList where { QStringLiteral("1 = 1") };
    QVariantList values;
    if (from.isValid()) {
        f.fromDate = from;
        f.toDate = to;
        where << QStringLiteral("created_utc >= ?") << QStringLiteral("created_utc < ?");
        values << localStart(from) << localStart(to.addDays(1));
    }
    if (!wallet.isEmpty()) {
        f.productId = wallet;
        where << QStringLiteral("product_id = ?");
        values << wallet;
    }
    if (status >= 0) {
        f.status = SaleStatus(status);
        where << QStringLiteral("status = ?");
        values << saleStatusName(SaleStatus(status));
    }
    const qint64 expected = sqlCount(where.join(QStringLiteral(" AND ")), values);
    QVERIFY(expected > 0);
    auto model = loadAll(f, 5000);
    QCOMPARE(model->totalCount(), qMin(expected, HistoryModel::CountCap + 1));
    QCOMPARE(m_store->historyCount(f), expected);
    QCOMPARE(qint64(model->rowCount()),
        qMin<qint64>(expected, model->canFetchMore(QModelIndex()) ? model->rowCount() : expected));
    if (expected <= 5000) {
        QVERIFY(!model->canFetchMore(QModelIndex()));
        QCOMPARE(qint64(model->rowCount()), expected);
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        const SaleRecord r = model->record(row);
        QVERIFY(HistoryModel::matches(r, f));
        if (from.isValid()) {
            const QDate day = r.createdUtc.toLocalTime().date();
            QVERIFY(day >= from && day <= to);
        }
        if (!wallet.isEmpty())
            QCOMPARE(r.productId, wallet);
        if (status >= 0)
            QCOMPARE(int(r.status), status);
    }
}

void HistoryModelTest::search_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("unique");
    QTest::newRow("customer number") << QStringLiteral("cust_id") << false;
    QTest::newRow("SN") << QStringLiteral("serial_no") << true;
    QTest::newRow("ref id") << QStringLiteral("ref_id") << true;
    QTest::newRow("receipt no") << QStringLiteral("receipt_no") << true;
    QTest::newRow("req_id") << QStringLiteral("req_id") << true;
}

void HistoryModelTest::search()
{
    QFETCH(QString, column);
    QFETCH(bool, unique);
    // A value from the middle of the journal, two years of sales away from "today".
    const QString value = sqlValue(column, QStringLiteral("id = %1 AND %2 <> ''").arg(Sales / 3).arg(column));
    QVERIFY(!value.isEmpty());
    SaleHistoryFilter f;
    f.search = QStringLiteral("  ") + value + QStringLiteral(" ");
    auto model = loadAll(f);
    const qint64 expected = sqlCount(column + QStringLiteral(" = ?"), { value });
    QCOMPARE(qint64(model->rowCount()), expected);
    QCOMPARE(model->totalCount(), expected);
    if (unique)
        QCOMPARE(expected, 1);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SaleRecord r = model->record(row);
        const QString got = column == QLatin1String("cust_id") ? r.custId
            : column == QLatin1String("serial_no")             ? r.serialNo
            : column == QLatin1String("ref_id")                ? r.refId
            : column == QLatin1String("receipt_no")            ? r.receiptNo
                                                               : r.reqId;
        QCOMPARE(got, value);
        found = found || r.id == Sales / 3;
    }
    QVERIFY(found);

    if (column == QLatin1String("cust_id")) {
        // Typed the way customers say it: +62 and dashes find the same sales.
        SaleHistoryFilter typed;
        typed.search = QStringLiteral("+62 ") + value.mid(1, 3) + QLatin1Char('-') + value.mid(4);
        auto again = loadAll(typed);
        QCOMPARE(qint64(again->rowCount()), expected);
        // Combined with a wallet filter that excludes it: nothing.
        SaleHistoryFilter other = f;
        const QString wallet
            = sqlValue(QStringLiteral("product_id"), QStringLiteral("id = %1").arg(Sales / 3));
        other.productId = wallet == QLatin1String("OVO") ? QStringLiteral("DANA") : QStringLiteral("OVO");
        const qint64 otherExpected
            = sqlCount(QStringLiteral("cust_id = ? AND product_id = ?"), { value, other.productId });
        QCOMPARE(qint64(loadAll(other)->rowCount()), otherExpected);
    }

    SaleHistoryFilter nothing;
    nothing.search = QStringLiteral("no-such-value-7f3a");
    QCOMPARE(loadAll(nothing)->rowCount(), 0);
}

void HistoryModelTest::liveRows()
{
    // A separate journal: this test writes.
    QTemporaryDir dir;
    ReceiptStore store(dir.filePath(QStringLiteral("live.sqlite")));
    QVERIFY(store.open());
    auto add = [&store](const QString &cust, SaleStatus status) {
        SaleRecord r;
        r.reqId = QStringLiteral("REQ-%1-%2").arg(cust).arg(int(status));
        r.productId = QStringLiteral("GOPAY");
        r.custId = cust;
        r.amount = Money::fromRupiah(50000);
        r.sellingPrice = Money::fromRupiah(52500);
        r.status = status;
        store.insertSale(&r, QStringLiteral("K01"));
        return r;
    };
    add(QStringLiteral("081200000001"), SaleStatus::Success);
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SaleHistoryFilter today;
    today.fromDate = QDate::currentDate();
    today.toDate = QDate::currentDate();
    model.setFilter(today);
    QCOMPARE(model.rowCount(), 1);

    // A new sale appears on top.
    SaleRecord pending = add(QStringLiteral("081200000002"), SaleStatus::Pending);
    model.updateSale(pending);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.record(0).id, pending.id);
    QCOMPARE(model.totalCount(), 2);
    // Reading again after a live row gives the same rows.
    model.setFilter(today);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.record(0).id, pending.id);

    // Recovery resolves it: the row changes in place.
    pending.status = SaleStatus::Success;
    pending.serialNo = QStringLiteral("SN-LIVE-1");
    QVERIFY(store.updateResult(pending));
    model.reloadSale(pending.id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.record(0).status, SaleStatus::Success);
    QCOMPARE(model.data(model.index(0, HistoryModel::SerialColumn)).toString(), QStringLiteral("SN-LIVE-1"));

    // A sale that does not match the filter is not added.
    SaleHistoryFilter failedOnly = today;
    failedOnly.status = SaleStatus::Failed;
    model.setFilter(failedOnly);
    QCOMPARE(model.rowCount(), 0);
    model.updateSale(add(QStringLiteral("081200000003"), SaleStatus::Success));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(HistoryModelTest)
#include "tst_ui_historymodel.moc"
