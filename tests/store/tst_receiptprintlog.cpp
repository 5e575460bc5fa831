// The journal's print log and the history queries behind the history page: counted prints,
// keyset paging that never skips or repeats a row, counts that agree with the rows.

#include "TestClock.h"
#include "store/ReceiptStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class tst_ReceiptPrintLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void recordPrintCountsAndLogs();
    void recordPrintRefusedWhenUnknownOrReadOnly();
    void pagingWithEqualTimes();
    void countMatchesRows_data();
    void countMatchesRows();
    void searchUsesIndexes();

private:
    SaleRecord add(const QString &cust, SaleStatus status, const QString &product = QStringLiteral("GOPAY"));

    QTemporaryDir *m_dir = nullptr;
    TestClock m_clock;
    ReceiptStore *m_store = nullptr;
    int m_n = 0;
};

void tst_ReceiptPrintLog::init()
{
    m_n = 0;
    m_dir = new QTemporaryDir;
    m_store = new ReceiptStore(m_dir->filePath(QStringLiteral("j.sqlite")), &m_clock);
    QVERIFY(m_store->open());
}

void tst_ReceiptPrintLog::cleanup()
{
    delete m_store;
    delete m_dir;
}

SaleRecord tst_ReceiptPrintLog::add(const QString &cust, SaleStatus status, const QString &product)
{
    SaleRecord r;
    r.reqId = QStringLiteral("REQ-%1").arg(++m_n);
    r.productId = product;
    r.custId = cust;
    r.amount = Money::fromRupiah(50000);
    r.sellingPrice = Money::fromRupiah(52500);
    r.status = status;
    r.serialNo = status == SaleStatus::Success ? QStringLiteral("SN%1").arg(m_n) : QString();
    r.refId = QStringLiteral("REF%1").arg(m_n);
    m_store->insertSale(&r, QStringLiteral("K01"));
    return r;
}

void tst_ReceiptPrintLog::recordPrintCountsAndLogs()
{
    const SaleRecord r = add(QStringLiteral("081234567890"), SaleStatus::Success);
    const QDateTime t1(QDate(2026, 11, 24), QTime(3, 1), Qt::UTC);
    QVERIFY(m_store->recordPrint(r.id, 0, QStringLiteral("Sari"), QStringLiteral("pdf:/tmp/a.pdf"), t1));
    QVERIFY(m_store->recordPrint(
        r.id, 1, QStringLiteral("Budi"), QStringLiteral("escpos:10.0.0.5:9100"), t1.addSecs(60)));
    const SaleRecord after = *m_store->findById(r.id);
    QCOMPARE(after.printedCount, 2);
    QCOMPARE(after.status, SaleStatus::Success);
    QCOMPARE(after.updatedUtc, r.updatedUtc);
    const QList<ReceiptPrint> log = m_store->prints(r.id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).copyNumber, 0);
    QCOMPARE(log.at(0).printedBy, QStringLiteral("Sari"));
    QCOMPARE(log.at(0).printedUtc, t1);
    QCOMPARE(log.at(0).target, QStringLiteral("pdf:/tmp/a.pdf"));
    QCOMPARE(log.at(1).copyNumber, 1);
    QCOMPARE(log.at(1).printedBy, QStringLiteral("Budi"));
    QVERIFY(m_store->prints(r.id + 100).isEmpty());
}

void tst_ReceiptPrintLog::recordPrintRefusedWhenUnknownOrReadOnly()
{
    const SaleRecord r = add(QStringLiteral("081234567890"), SaleStatus::Failed);
    QVERIFY(!m_store->recordPrint(r.id + 100, 0, QString(), QString(), QDateTime()));
    QVERIFY(!m_store->lastError().isEmpty());
    const QString path = m_store->path();
    delete m_store;
    // A newer program's journal is read-only here: printing may happen, counting is refused.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(ReceiptStore::SchemaVersion + 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    m_store = new ReceiptStore(path, &m_clock);
    QVERIFY(!m_store->open());
    QVERIFY(m_store->isOpen());
    QVERIFY(!m_store->recordPrint(r.id, 0, QString(), QString(), QDateTime()));
    QCOMPARE(m_store->findById(r.id)->printedCount, 0);
}

void tst_ReceiptPrintLog::pagingWithEqualTimes()
{
    // Seven sales in the same millisecond: pages of two still give each row exactly once.
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i)
        ids.prepend(add(QStringLiteral("08123456789%1").arg(i), SaleStatus::Success).id);
    SaleHistoryFilter f;
    f.limit = 2;
    QList<qint64> seen;
    for (int page = 0; page < 10; ++page) {
        const QList<SaleRecord> rows = m_store->history(f);
        for (const SaleRecord &r : rows)
            seen << r.id;
        if (rows.size() < f.limit)
            break;
        f.beforeCreatedUtc = rows.last().createdUtc;
        f.beforeId = rows.last().id;
    }
    QCOMPARE(seen, ids);
}

void tst_ReceiptPrintLog::countMatchesRows_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("search");
    QTest::newRow("all") << QString() << -1 << QString();
    QTest::newRow("OVO") << QStringLiteral("ovo") << -1 << QString();
    QTest::newRow("FAILED") << QString() << int(SaleStatus::Failed) << QString();
    QTest::newRow("OVO SUCCESS") << QStringLiteral("OVO") << int(SaleStatus::Success) << QString();
    QTest::newRow("number") << QString() << -1 << QStringLiteral("0812-3456-7891");
    QTest::newRow("number +62") << QString() << -1 << QStringLiteral("+62 812 3456 7891");
    QTest::newRow("SN") << QString() << -1 << QStringLiteral("SN3");
    QTest::newRow("ref") << QString() << -1 << QStringLiteral("REF4");
    QTest::newRow("receipt lower case") << QString() << -1 << QStringLiteral("k01-20261124-0002");
    QTest::newRow("req") << QString() << -1 << QStringLiteral("REQ-5");
    QTest::newRow("nothing") << QString() << -1 << QStringLiteral("zzz");
}

void tst_ReceiptPrintLog::countMatchesRows()
{
    QFETCH(QString, product);
    QFETCH(int, status);
    QFETCH(QString, search);
    add(QStringLiteral("081234567891"), SaleStatus::Success, QStringLiteral("GOPAY"));
    add(QStringLiteral("081234567891"), SaleStatus::Failed, QStringLiteral("OVO"));
    add(QStringLiteral("081234567892"), SaleStatus::Success, QStringLiteral("OVO"));
    add(QStringLiteral("081234567893"), SaleStatus::Success, QStringLiteral("DANA"));
    add(QStringLiteral("081234567894"), SaleStatus::Pending, QStringLiteral("OVO"));
    SaleHistoryFilter f;
    f.limit = 0;
    f.productId = product;
    if (status >= 0)
        f.status = SaleStatus(status);
    f.search = search;
    const QList<SaleRecord> rows = m_store->history(f);
    QCOMPARE(m_store->historyCount(f), qint64(rows.size()));
    // A capped count stops one past the cap.
    QCOMPARE(m_store->historyCount(f, 1), qMin<qint64>(rows.size(), 2));
    const QHash<QString, int> expected { { QStringLiteral("all"), 5 }, { QStringLiteral("OVO"), 3 },
        { QStringLiteral("FAILED"), 1 }, { QStringLiteral("OVO SUCCESS"), 1 },
        { QStringLiteral("number"), 2 }, { QStringLiteral("number +62"), 2 }, { QStringLiteral("SN"), 1 },
        { QStringLiteral("ref"), 1 }, { QStringLiteral("receipt lower case"), 1 },
        { QStringLiteral("req"), 1 }, { QStringLiteral("nothing"), 0 } };
    QCOMPARE(int(rows.size()), expected.value(QString::fromLatin1(QTest::currentDataTag())));
}

void tst_ReceiptPrintLog::searchUsesIndexes()
{
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName());
    QSqlQuery q(db);
    QVERIFY(q.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM sales WHERE id IN (SELECT id FROM sales WHERE "
                       "cust_id = '1' UNION ALL SELECT id FROM sales WHERE serial_no = '1' UNION ALL "
                       "SELECT id FROM sales WHERE receipt_no = '1') ORDER BY created_utc DESC, id DESC")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("idx_sales_cust"))
            && plan.contains(QLatin1String("idx_sales_serial_no"))
            && plan.contains(QLatin1String("idx_sales_receipt_no")),
        qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("SCAN sales")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(tst_ReceiptPrintLog)
#include "tst_receiptprintlog.moc"
