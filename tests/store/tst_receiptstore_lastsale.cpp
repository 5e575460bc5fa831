// ReceiptStore::lastSaleTo(): the newest sale to a customer number, for the repeat customer.
// Its query must stay one index seek however large the journal grows: the plan is asserted
// here, and lookupWithManySales times it over a journal of KASIR_LASTSALE_ROWS generated sales
// (20,000 by default; 1,000,000 for the figure in the README).

#include "TestClock.h"
#include "store/ReceiptStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Kasir;

namespace {

SaleRecord makeSale(
    const QString &reqId, const QString &product, const QString &cust, qint64 amount, SaleStatus status)
{
    SaleRecord r;
    r.reqId = reqId;
    r.productId = product;
    r.custId = cust;
    r.amount = Money::fromRupiah(amount);
    r.sellingPrice = Money::fromRupiah(amount + 2500);
    r.storeFee = Money::fromRupiah(1000);
    r.status = status;
    return r;
}

// Fills the journal with rows generated inside SQLite (one transaction): many customers over
// two years, so that the plan and the timing are those of a large journal.
bool fillJournal(ReceiptStore &store, int rows, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO sales (receipt_no, terminal_id, req_id, product_id, cust_id, amount, selling_price,"
        " status, created_utc, updated_utc) "
        "SELECT 'GEN-' || i, 'K09', 'gen-' || i, 'OVO', printf('0857%08d', i % 50000), 50000, 52500,"
        " 'SUCCESS', strftime('%Y-%m-%dT%H:%M:%S.000Z', '2024-11-01', '+' || (i * 60) || ' seconds'),"
        " strftime('%Y-%m-%dT%H:%M:%S.000Z', '2024-11-01', '+' || (i * 60) || ' seconds') FROM n")
                            .arg(rows);
    if (!db.transaction() || !q.exec(sql) || !db.commit()) {
        *error = q.lastError().text() + db.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class LastSaleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newestSaleOfTheNumber();
    void noSaleForUnknownNumber();
    void queryIsOneIndexSeek();
    void lookupWithManySales();

private:
    QTemporaryDir m_bigDir;
    std::unique_ptr<ReceiptStore> m_big;
    int m_bigRows = 20000;
};

// The large journal is made once: QBENCHMARK may run its test function several times.
void LastSaleTest::initTestCase()
{
    if (qEnvironmentVariableIntValue("KASIR_LASTSALE_ROWS") > 0)
        m_bigRows = qEnvironmentVariableIntValue("KASIR_LASTSALE_ROWS");
    m_big = std::make_unique<ReceiptStore>(m_bigDir.filePath(QStringLiteral("big.sqlite")));
    QVERIFY(m_big->open());
    QString error;
    QVERIFY2(fillJournal(*m_big, m_bigRows, &error), qPrintable(error));
}

void LastSaleTest::newestSaleOfTheNumber()
{
    QTemporaryDir dir;
    TestClock clock;
    ReceiptStore store(dir.filePath(QStringLiteral("j.sqlite")), &clock);
    QVERIFY2(store.open(), qPrintable(store.lastError()));

    SaleRecord a = makeSale(QStringLiteral("r1"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        50000, SaleStatus::Success);
    QVERIFY(store.insertSale(&a, QStringLiteral("K01")));
    clock.advanceSecs(60);
    SaleRecord b = makeSale(QStringLiteral("r2"), QStringLiteral("DANA"), QStringLiteral("08123456789"),
        25000, SaleStatus::Failed);
    QVERIFY(store.insertSale(&b, QStringLiteral("K01")));
    clock.advanceSecs(60);
    SaleRecord other = makeSale(QStringLiteral("r3"), QStringLiteral("OVO"), QStringLiteral("08129999999"),
        10000, SaleStatus::Success);
    QVERIFY(store.insertSale(&other, QStringLiteral("K01")));
    // Same second as the next: the later row (higher id) wins.
    SaleRecord c = makeSale(QStringLiteral("r4"), QStringLiteral("SHOPEEPAY"), QStringLiteral("08123456789"),
        20000, SaleStatus::Pending);
    QVERIFY(store.insertSale(&c, QStringLiteral("K01")));
    SaleRecord d = makeSale(QStringLiteral("r5"), QStringLiteral("LINKAJA"), QStringLiteral("08123456789"),
        30000, SaleStatus::Success);
    QVERIFY(store.insertSale(&d, QStringLiteral("K01")));

    const std::optional<SaleRecord> last = store.lastSaleTo(QStringLiteral("08123456789"));
    QVERIFY(last);
    QCOMPARE(last->reqId, QStringLiteral("r5"));
    QCOMPARE(last->productId, QStringLiteral("LINKAJA"));
    QCOMPARE(last->amount, Money::fromRupiah(30000));
    QCOMPARE(last->status, SaleStatus::Success);

    const std::optional<SaleRecord> otherLast = store.lastSaleTo(QStringLiteral("08129999999"));
    QVERIFY(otherLast);
    QCOMPARE(otherLast->reqId, QStringLiteral("r3"));
}

void LastSaleTest::noSaleForUnknownNumber()
{
    QTemporaryDir dir;
    ReceiptStore store(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(store.open());
    QVERIFY(!store.lastSaleTo(QStringLiteral("08123456789")));
    QVERIFY(!store.lastSaleTo(QString()));
    QVERIFY(store.lastError().isEmpty());
}

void LastSaleTest::queryIsOneIndexSeek()
{
    QTemporaryDir dir;
    ReceiptStore store(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(store.open());
    QString error;
    QVERIFY2(fillJournal(store, 2000, &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    // The statement ReceiptStore::lastSaleTo() runs (select() with its where, order and limit).
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM sales WHERE cust_id = ? "
                                     "ORDER BY created_utc DESC, id DESC LIMIT ?")));
    q.bindValue(0, QStringLiteral("085700000007"));
    q.bindValue(1, 1);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1String(" | "));
    // "SEARCH sales USING INDEX idx_sales_cust (cust_id=?)": a seek, read backwards, stopped
    // after one row; no scan of the table and no sort of the customer's rows.
    QVERIFY2(text.contains(QLatin1String("USING INDEX idx_sales_cust (cust_id=?)")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("SCAN")), qPrintable(text));
}

void LastSaleTest::lookupWithManySales()
{
    // Customer i % 50000 == 7: its newest row is the largest such i.
    const int newest = m_bigRows - ((m_bigRows - 7) % 50000);
    const std::optional<SaleRecord> last = m_big->lastSaleTo(QStringLiteral("085700000007"));
    QVERIFY(last);
    QCOMPARE(last->reqId, QStringLiteral("gen-%1").arg(newest));
    QBENCHMARK
    {
        const std::optional<SaleRecord> r = m_big->lastSaleTo(QStringLiteral("085700000007"));
        QVERIFY(r);
    }
}

QTEST_GUILESS_MAIN(LastSaleTest)
#include "tst_receiptstore_lastsale.moc"
