#include "TestClock.h"
#include "store/ReceiptStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace Kasir;

namespace {

QDateTime utc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

SaleRecord makeSale(const QString &reqId, const QString &cust = QStringLiteral("08123456789"),
    qint64 amount = 50000, SaleStatus status = SaleStatus::Paying)
{
    SaleRecord r;
    r.reqId = reqId;
    r.productId = QStringLiteral("GOPAY");
    r.custId = cust;
    r.amount = Money::fromRupiah(amount);
    r.sellingPrice = Money::fromRupiah(amount + 3000);
    r.storeFee = Money::fromRupiah(1500);
    r.status = status;
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// A raw connection beside the store, for what a test must see without the store's help.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    QStringList column(const QString &sql, int col = 0)
    {
        QStringList out;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return out;
        while (q.next())
            out << q.value(col).toString();
        return out;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// Schema version 1 exactly as the first release wrote it.
const char *const v1Schema[] = {
    "CREATE TABLE sales ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " receipt_no TEXT NOT NULL,"
    " terminal_id TEXT NOT NULL,"
    " req_id TEXT NOT NULL,"
    " product_id TEXT NOT NULL,"
    " cust_id TEXT NOT NULL,"
    " amount INTEGER NOT NULL CHECK (amount > 0),"
    " inquiry_unit_price INTEGER,"
    " unit_price INTEGER,"
    " selling_price INTEGER NOT NULL,"
    " store_fee INTEGER NOT NULL DEFAULT 0,"
    " cash_received INTEGER,"
    " change_given INTEGER,"
    " status TEXT NOT NULL CHECK (status IN"
    "  ('PAYING','SUCCESS','FAILED','PENDING','REJECTED')),"
    " rc TEXT NOT NULL DEFAULT '',"
    " description TEXT NOT NULL DEFAULT '',"
    " message TEXT NOT NULL DEFAULT '',"
    " ref_id TEXT NOT NULL DEFAULT '',"
    " serial_no TEXT NOT NULL DEFAULT '',"
    " balance_used INTEGER,"
    " balance_after INTEGER,"
    " cashier TEXT NOT NULL DEFAULT '',"
    " created_utc TEXT NOT NULL,"
    " updated_utc TEXT NOT NULL,"
    " completed_utc TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " printed_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX idx_sales_receipt_no ON sales(receipt_no)",
    "CREATE UNIQUE INDEX idx_sales_req_id ON sales(req_id)",
    "CREATE INDEX idx_sales_created ON sales(created_utc)",
    "CREATE INDEX idx_sales_cust ON sales(cust_id, created_utc)",
    "CREATE TABLE receipt_sequence ("
    " terminal_id TEXT NOT NULL,"
    " day TEXT NOT NULL,"
    " last_seq INTEGER NOT NULL,"
    " PRIMARY KEY (terminal_id, day))",
};

void createV1Database(const QString &path)
{
    RawDb raw(path);
    QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    for (const char *sql : v1Schema)
        QVERIFY(raw.exec(QString::fromLatin1(sql)));
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO sales (receipt_no, terminal_id, req_id, product_id, cust_id, amount,"
        " inquiry_unit_price, unit_price, selling_price, store_fee, status, rc, description,"
        " message, ref_id, serial_no, balance_used, balance_after, cashier, created_utc,"
        " updated_utc, completed_utc, attempts) VALUES ('K01-20261124-0001', 'K01',"
        " 'KSR-K01-20261124030000-00000000000000aa', 'GOPAY', '08123456789', 50000, 51500,"
        " 51500, 53000, 1500, 'SUCCESS', '000', 'Transaksi Sukses', 'TOPUP OK',"
        " '1777946295495372000', 'GW123456789', 51500, 448500, 'ani',"
        " '2026-11-24T03:00:00.000Z', '2026-11-24T03:00:01.000Z', '2026-11-24T03:00:01.000Z', 1)")));
    QVERIFY(raw.exec(
        QStringLiteral("INSERT INTO sales (receipt_no, terminal_id, req_id, product_id, cust_id, amount,"
                       " selling_price, status, created_utc, updated_utc, attempts) VALUES"
                       " ('K01-20261124-0002', 'K01', 'KSR-K01-20261124031000-00000000000000bb', 'OVO',"
                       " '08129999999', 20000, 21500, 'PENDING', '2026-11-24T03:10:00.000Z',"
                       " '2026-11-24T03:10:30.000Z', 2)")));
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO receipt_sequence (terminal_id, day, last_seq) VALUES ('K01', '20261124', 2)")));
    QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
}

} // namespace

class tst_ReceiptStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pragmasAreSet();
    void statusNames_data();
    void statusNames();
    void insertAndFindEveryField();
    void updateResult();
    void duplicateReqIdRefusedAndSequenceRolledBack();
    void receiptNumbers_data();
    void receiptNumbers();
    void receiptNumberUsesInjectedClock();
    void history_data();
    void history();
    void unresolvedAndDuplicates();
    void indexesExist();
    void migratesV1Database();
    void failingMigrationRollsBackWhole();
    void quickCheckFailureRefusesWrites_data();
    void quickCheckFailureRefusesWrites();
    void newerSchemaRefused();
    void noSecretColumns();

private:
    QString dbPath(const QString &name = QStringLiteral("receipts.db")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock;
};

void tst_ReceiptStore::initTestCase()
{
    // Local dates are checked against fixed instants: pin the zone (UTC+7, no DST).
    qputenv("TZ", "Asia/Jakarta");
    tzset();
    QCOMPARE(
        QDateTime(QDate(2026, 11, 24), QTime(17, 30), Qt::UTC).toLocalTime().date(), QDate(2026, 11, 25));
}

void tst_ReceiptStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.setNowUtc(utc(QStringLiteral("2026-11-24T03:00:00")));
}

void tst_ReceiptStore::pragmasAreSet()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QVERIFY(store.isOpen());
    QVERIFY(store.isWritable());
    QCOMPARE(store.schemaVersion(), ReceiptStore::SchemaVersion);
    QCOMPARE(ReceiptStore::SchemaVersion, 7);

    // Ask the store's own connection: these pragmas are per connection.
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QVERIFY(db.isOpen());
    auto pragma = [&](const char *name) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
            return QVariant();
        return q.value(0);
    };
    QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma("foreign_keys").toInt(), 1);
    QCOMPARE(pragma("busy_timeout").toInt(), 5000);
    QCOMPARE(pragma("user_version").toInt(), ReceiptStore::SchemaVersion);
}

void tst_ReceiptStore::statusNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("PAYING") << QStringLiteral("PAYING") << int(SaleStatus::Paying);
    QTest::newRow("SUCCESS") << QStringLiteral("SUCCESS") << int(SaleStatus::Success);
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << int(SaleStatus::Failed);
    QTest::newRow("PENDING") << QStringLiteral("PENDING") << int(SaleStatus::Pending);
    QTest::newRow("REJECTED") << QStringLiteral("REJECTED") << int(SaleStatus::Rejected);
}

void tst_ReceiptStore::statusNames()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QCOMPARE(saleStatusName(SaleStatus(status)), name);
    QCOMPARE(int(saleStatusFromName(name).value()), status);
    QCOMPARE(int(saleStatusFromName(name.toLower()).value()), status);
    QVERIFY(!saleStatusFromName(QStringLiteral("DONE")).has_value());
}

void tst_ReceiptStore::insertAndFindEveryField()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());

    SaleRecord r
        = makeSale(QStringLiteral("KSR-K01-1"), QStringLiteral("08123456789"), 50000, SaleStatus::Success);
    r.inquiryUnitPrice = Money::fromRupiah(51500);
    r.unitPrice = Money::fromRupiah(51500);
    r.sellingPrice = Money::fromRupiah(53000);
    r.storeFee = Money::fromRupiah(1500);
    r.cashReceived = Money::fromRupiah(60000);
    r.change = Money::fromRupiah(7000);
    r.rc = QStringLiteral("000");
    r.description = QStringLiteral("Transaksi Sukses");
    r.message = QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES");
    r.refId = QStringLiteral("1777946295495372000"); // 19 digits: must survive as text
    r.serialNo = QStringLiteral("GW123456789");
    r.balanceUsed = Money::fromRupiah(51500);
    r.balanceAfter = Money::fromRupiah(448500);
    r.cashier = QStringLiteral("ani");
    r.createdUtc = utc(QStringLiteral("2026-11-24T03:00:00"));
    r.updatedUtc = utc(QStringLiteral("2026-11-24T03:00:01"));
    r.completedUtc = utc(QStringLiteral("2026-11-24T03:00:01"));
    r.attempts = 1;
    r.lastError = QStringLiteral("none");
    r.printedCount = 0;
    r.flagged = true;
    r.flagReason = QStringLiteral("looked odd");
    r.nextCheckUtc = utc(QStringLiteral("2026-11-24T03:00:11"));
    QVERIFY2(store.insertSale(&r, QStringLiteral("K01")), qPrintable(store.lastError()));
    QVERIFY(r.id > 0);
    QCOMPARE(r.receiptNo, QStringLiteral("K01-20261124-0001"));
    QCOMPARE(r.terminalId, QStringLiteral("K01"));

    for (const std::optional<SaleRecord> &found :
        { store.findById(r.id), store.findByReceiptNo(r.receiptNo), store.findByReqId(r.reqId) }) {
        QVERIFY(found.has_value());
        const SaleRecord &f = *found;
        QCOMPARE(f.id, r.id);
        QCOMPARE(f.receiptNo, r.receiptNo);
        QCOMPARE(f.terminalId, QStringLiteral("K01"));
        QCOMPARE(f.reqId, r.reqId);
        QCOMPARE(f.productId, r.productId);
        QCOMPARE(f.custId, r.custId);
        QCOMPARE(f.amount.rupiah(), 50000);
        QCOMPARE(f.inquiryUnitPrice->rupiah(), 51500);
        QCOMPARE(f.unitPrice->rupiah(), 51500);
        QCOMPARE(f.sellingPrice.rupiah(), 53000);
        QCOMPARE(f.storeFee.rupiah(), 1500);
        QCOMPARE(f.cashReceived->rupiah(), 60000);
        QCOMPARE(f.change->rupiah(), 7000);
        QCOMPARE(f.status, SaleStatus::Success);
        QCOMPARE(f.rc, r.rc);
        QCOMPARE(f.description, r.description);
        QCOMPARE(f.message, r.message);
        QCOMPARE(f.refId, QStringLiteral("1777946295495372000"));
        QCOMPARE(f.serialNo, r.serialNo);
        QCOMPARE(f.balanceUsed->rupiah(), 51500);
        QCOMPARE(f.balanceAfter->rupiah(), 448500);
        QCOMPARE(f.cashier, r.cashier);
        QCOMPARE(f.createdUtc, r.createdUtc);
        QCOMPARE(f.updatedUtc, r.updatedUtc);
        QCOMPARE(f.completedUtc, r.completedUtc);
        QCOMPARE(f.attempts, 1);
        QCOMPARE(f.lastError, r.lastError);
        QCOMPARE(f.printedCount, 0);
        QCOMPARE(f.flagged, true);
        QCOMPARE(f.flagReason, r.flagReason);
        QCOMPARE(f.nextCheckUtc, r.nextCheckUtc);
    }

    // Nullable money stays null, not zero.
    SaleRecord bare = makeSale(QStringLiteral("KSR-K01-2"));
    QVERIFY(store.insertSale(&bare, QStringLiteral("K01")));
    const SaleRecord b = store.findById(bare.id).value();
    QVERIFY(!b.inquiryUnitPrice && !b.unitPrice && !b.cashReceived && !b.change && !b.balanceUsed
        && !b.balanceAfter);
    QVERIFY(!b.completedUtc.isValid());
    QCOMPARE(b.createdUtc, m_clock.nowUtc()); // from the injected clock

    // Money is stored as INTEGER, times as UTC ISO text.
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT typeof(amount), typeof(balance_used), typeof(ref_id), created_utc "
                                  "FROM sales WHERE id = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("integer"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("integer"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2026-11-24T03:00:00.000Z"));

    QVERIFY(store.incrementPrinted(r.id));
    QVERIFY(store.incrementPrinted(r.id));
    QCOMPARE(store.findById(r.id)->printedCount, 2);
    QVERIFY(!store.findById(9999).has_value());
}

void tst_ReceiptStore::updateResult()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    SaleRecord r = makeSale(QStringLiteral("KSR-U-1"));
    QVERIFY(store.insertSale(&r, QStringLiteral("K01")));

    r.status = SaleStatus::Pending;
    r.attempts = 1;
    r.lastError = QStringLiteral("timed out");
    r.nextCheckUtc = utc(QStringLiteral("2026-11-24T03:00:10"));
    QVERIFY(store.updateResult(r));
    SaleRecord f = store.findById(r.id).value();
    QCOMPARE(f.status, SaleStatus::Pending);
    QCOMPARE(f.lastError, QStringLiteral("timed out"));
    QCOMPARE(f.nextCheckUtc, r.nextCheckUtc);

    r.status = SaleStatus::Success;
    r.attempts = 2;
    r.rc = QStringLiteral("000");
    r.serialNo = QStringLiteral("GW1");
    r.unitPrice = Money::fromRupiah(51500);
    r.balanceUsed = Money::fromRupiah(51500);
    r.completedUtc = utc(QStringLiteral("2026-11-24T03:00:12"));
    r.nextCheckUtc = QDateTime();
    // Request fields never change through updateResult.
    SaleRecord tampered = r;
    tampered.reqId = QStringLiteral("OTHER");
    tampered.amount = Money::fromRupiah(99000);
    QVERIFY(store.updateResult(tampered));
    f = store.findById(r.id).value();
    QCOMPARE(f.status, SaleStatus::Success);
    QCOMPARE(f.reqId, QStringLiteral("KSR-U-1"));
    QCOMPARE(f.amount.rupiah(), 50000);
    QCOMPARE(f.serialNo, QStringLiteral("GW1"));
    QCOMPARE(f.balanceUsed->rupiah(), 51500);
    QVERIFY(!f.nextCheckUtc.isValid());
    QCOMPARE(store.unresolvedCount(), 0);

    // A settled row never moves again.
    r.status = SaleStatus::Failed;
    QVERIFY(!store.updateResult(r));
    QVERIFY(store.lastError().contains(QLatin1String("already SUCCESS")));
    QCOMPARE(store.findById(r.id)->status, SaleStatus::Success);
}

void tst_ReceiptStore::duplicateReqIdRefusedAndSequenceRolledBack()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    SaleRecord a = makeSale(QStringLiteral("SAME"));
    QVERIFY(store.insertSale(&a, QStringLiteral("K01")));
    SaleRecord b = makeSale(QStringLiteral("SAME"));
    QVERIFY(!store.insertSale(&b, QStringLiteral("K01")));
    QVERIFY(!store.lastError().isEmpty());
    QCOMPARE(b.id, 0);
    SaleRecord c = makeSale(QStringLiteral("OTHER"));
    QVERIFY(store.insertSale(&c, QStringLiteral("K01")));
    QCOMPARE(c.receiptNo, QStringLiteral("K01-20261124-0002")); // no gap from the refused insert

    SaleRecord d = makeSale(QStringLiteral("BADTERM"));
    QVERIFY(!store.insertSale(&d, QStringLiteral("K-01")));
    QVERIFY(!store.insertSale(&d, QString()));
}

void tst_ReceiptStore::receiptNumbers_data()
{
    QTest::addColumn<QStringList>("terminals");
    QTest::addColumn<QStringList>("createdUtc");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("same day counts up")
        << QStringList { "K01", "K01", "K01" }
        << QStringList { "2026-11-24T01:00:00", "2026-11-24T02:00:00", "2026-11-24T03:00:00" }
        << QStringList { "K01-20261124-0001", "K01-20261124-0002", "K01-20261124-0003" };
    QTest::newRow("per terminal") << QStringList { "K01", "K02", "K01", "K02" }
                                  << QStringList { "2026-11-24T01:00:00", "2026-11-24T01:01:00",
                                         "2026-11-24T01:02:00", "2026-11-24T01:03:00" }
                                  << QStringList { "K01-20261124-0001", "K02-20261124-0001",
                                         "K01-20261124-0002", "K02-20261124-0002" };
    QTest::newRow("new day restarts")
        << QStringList { "K01", "K01", "K01", "K01" }
        << QStringList { "2026-11-24T10:00:00", "2026-11-24T16:59:59", "2026-11-24T17:00:00",
               "2026-11-25T01:00:00" } // 17:00 UTC is local midnight in Jakarta: the 25th begins there.
        << QStringList { "K01-20261124-0001", "K01-20261124-0002", "K01-20261125-0001", "K01-20261125-0002" };
}

void tst_ReceiptStore::receiptNumbers()
{
    QFETCH(QStringList, terminals);
    QFETCH(QStringList, createdUtc);
    QFETCH(QStringList, expected);
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    for (int i = 0; i < terminals.size(); ++i) {
        SaleRecord r = makeSale(QStringLiteral("REQ-%1").arg(i));
        r.createdUtc = utc(createdUtc.at(i));
        QVERIFY2(store.insertSale(&r, terminals.at(i)), qPrintable(store.lastError()));
        QCOMPARE(r.receiptNo, expected.at(i));
        QCOMPARE(store.findByReceiptNo(expected.at(i))->reqId, r.reqId);
    }
}

void tst_ReceiptStore::receiptNumberUsesInjectedClock()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    m_clock.setNowUtc(utc(QStringLiteral("2027-01-31T18:00:00"))); // 1 Feb, 01:00 local
    SaleRecord r = makeSale(QStringLiteral("R1"));
    QVERIFY(store.insertSale(&r, QStringLiteral("T9")));
    QCOMPARE(r.receiptNo, QStringLiteral("T9-20270201-0001"));
    QCOMPARE(r.createdUtc, m_clock.nowUtc());

    // More than 9999 a day still gives unique, growing numbers.
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE receipt_sequence SET last_seq = 9999")));
    SaleRecord big = makeSale(QStringLiteral("R2"));
    QVERIFY(store.insertSale(&big, QStringLiteral("T9")));
    QCOMPARE(big.receiptNo, QStringLiteral("T9-20270201-10000"));
}

void tst_ReceiptStore::history_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("cust");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected"); // req ids, newest first

    QTest::newRow("all") << QDate() << QString() << QString() << 0
                         << QStringList { "D2-B", "D2-A", "D1-C", "D1-B", "D1-A" };
    QTest::newRow("limit") << QDate() << QString() << QString() << 2 << QStringList { "D2-B", "D2-A" };
    QTest::newRow("local day 24") << QDate(2026, 11, 24) << QString() << QString() << 0
                                  << QStringList { "D1-C", "D1-B", "D1-A" };
    QTest::newRow("local day 25") << QDate(2026, 11, 25) << QString() << QString() << 0
                                  << QStringList { "D2-B", "D2-A" };
    QTest::newRow("day without sales")
        << QDate(2026, 11, 26) << QString() << QString() << 0 << QStringList {};
    QTest::newRow("customer") << QDate() << QStringLiteral("08111111111") << QString() << 0
                              << QStringList { "D2-B", "D1-A" };
    QTest::newRow("status") << QDate() << QString() << QStringLiteral("FAILED") << 0
                            << QStringList { "D1-B" };
    QTest::newRow("all filters") << QDate(2026, 11, 25) << QStringLiteral("08111111111")
                                 << QStringLiteral("SUCCESS") << 0 << QStringList { "D2-B" };
}

void tst_ReceiptStore::history()
{
    QFETCH(QDate, date);
    QFETCH(QString, cust);
    QFETCH(QString, status);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);

    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    struct Row
    {
        const char *req;
        const char *cust;
        SaleStatus status;
        const char *created;
    };
    const Row rows[] = {
        { "D1-A", "08111111111", SaleStatus::Success, "2026-11-24T01:00:00" },
        { "D1-B", "08122222222", SaleStatus::Failed, "2026-11-24T02:00:00" },
        { "D1-C", "08122222222", SaleStatus::Pending, "2026-11-24T16:59:00" }, // 23:59 local
        { "D2-A", "08122222222", SaleStatus::Success, "2026-11-24T17:01:00" }, // 00:01 local, 25th
        { "D2-B", "08111111111", SaleStatus::Success, "2026-11-25T05:00:00" },
    };
    for (const Row &row : rows) {
        SaleRecord r = makeSale(QLatin1String(row.req), QLatin1String(row.cust), 50000, row.status);
        r.createdUtc = utc(QLatin1String(row.created));
        QVERIFY(store.insertSale(&r, QStringLiteral("K01")));
    }
    SaleHistoryFilter filter;
    if (date.isValid())
        filter.localDate = date;
    filter.custId = cust;
    if (!status.isEmpty())
        filter.status = saleStatusFromName(status);
    filter.limit = limit;
    QStringList got;
    for (const SaleRecord &r : store.history(filter))
        got << r.reqId;
    QCOMPARE(got, expected);
}

void tst_ReceiptStore::unresolvedAndDuplicates()
{
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY(store.open());
    struct Row
    {
        const char *req;
        const char *cust;
        qint64 amount;
        SaleStatus status;
        const char *created;
    };
    const Row rows[] = {
        { "OLD-SUCCESS", "08111111111", 50000, SaleStatus::Success, "2026-11-24T02:00:00" },
        { "NEW-SUCCESS", "08111111111", 50000, SaleStatus::Success, "2026-11-24T02:55:00" },
        { "NEW-FAILED", "08111111111", 50000, SaleStatus::Failed, "2026-11-24T02:56:00" },
        { "NEW-REJECTED", "08111111111", 50000, SaleStatus::Rejected, "2026-11-24T02:56:30" },
        { "NEW-PENDING", "08111111111", 50000, SaleStatus::Pending, "2026-11-24T02:57:00" },
        { "NEW-PAYING", "08111111111", 50000, SaleStatus::Paying, "2026-11-24T02:58:00" },
        { "OTHER-AMOUNT", "08111111111", 20000, SaleStatus::Success, "2026-11-24T02:58:30" },
        { "OTHER-CUST", "08122222222", 50000, SaleStatus::Pending, "2026-11-24T02:59:00" },
    };
    for (const Row &row : rows) {
        SaleRecord r = makeSale(QLatin1String(row.req), QLatin1String(row.cust), row.amount, row.status);
        r.createdUtc = utc(QLatin1String(row.created));
        QVERIFY(store.insertSale(&r, QStringLiteral("K01")));
    }
    QStringList unresolved;
    for (const SaleRecord &r : store.unresolved())
        unresolved << r.reqId;
    QCOMPARE(unresolved, (QStringList { "NEW-PENDING", "NEW-PAYING", "OTHER-CUST" }));
    QCOMPARE(store.unresolvedCount(), 3);

    QStringList dups;
    for (const SaleRecord &r : store.recentDuplicates(QStringLiteral("GOPAY"), QStringLiteral("08111111111"),
             Money::fromRupiah(50000), utc(QStringLiteral("2026-11-24T02:50:00"))))
        dups << r.reqId;
    QCOMPARE(dups, (QStringList { "NEW-PAYING", "NEW-PENDING", "NEW-SUCCESS" }));
    QVERIFY(store
                .recentDuplicates(QStringLiteral("OVO"), QStringLiteral("08111111111"),
                    Money::fromRupiah(50000), utc(QStringLiteral("2026-11-24T02:50:00")))
                .isEmpty());
}

void tst_ReceiptStore::indexesExist()
{
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
    }
    RawDb raw(dbPath());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sales'")));
    QMap<QString, QString> indexes;
    while (q.next())
        indexes.insert(q.value(0).toString(), q.value(1).toString());
    const QMap<QString, QString> expected {
        { QStringLiteral("idx_sales_created"), QStringLiteral("created_utc") },
        { QStringLiteral("idx_sales_cust"), QStringLiteral("cust_id") },
        { QStringLiteral("idx_sales_status"), QStringLiteral("status") },
        { QStringLiteral("idx_sales_ref_id"), QStringLiteral("ref_id") },
        { QStringLiteral("idx_sales_serial_no"), QStringLiteral("serial_no") },
        { QStringLiteral("idx_sales_req_id"), QStringLiteral("req_id") },
        { QStringLiteral("idx_sales_receipt_no"), QStringLiteral("receipt_no") },
        { QStringLiteral("idx_sales_next_check"), QStringLiteral("next_check_utc") },
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(indexes.contains(it.key()), qPrintable(it.key()));
        const QStringList cols = raw.column(QStringLiteral("PRAGMA index_info(%1)").arg(it.key()), 2);
        QVERIFY2(
            cols.contains(it.value()), qPrintable(it.key() + QLatin1Char(' ') + cols.join(QLatin1Char(','))));
    }
    // req_id and receipt_no are unique.
    QVERIFY(indexes.value(QStringLiteral("idx_sales_req_id")).startsWith(QLatin1String("CREATE UNIQUE")));
    QVERIFY(indexes.value(QStringLiteral("idx_sales_receipt_no")).startsWith(QLatin1String("CREATE UNIQUE")));
    // The planner really uses them.
    const QStringList plan
        = raw.column(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM sales WHERE ref_id = '1'"), 3);
    QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("idx_sales_ref_id")),
        qPrintable(plan.join(QLatin1Char(' '))));
}

void tst_ReceiptStore::migratesV1Database()
{
    createV1Database(dbPath());
    if (QTest::currentTestFailed())
        return;
    ReceiptStore store(dbPath(), &m_clock);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), ReceiptStore::SchemaVersion);
    QVERIFY(store.ranFullCheck()); // the first open by a program with journal ids checks the whole file
    QCOMPARE(store.journalId().size(), 32);

    const SaleRecord a = store.findByReceiptNo(QStringLiteral("K01-20261124-0001")).value();
    QCOMPARE(a.reqId, QStringLiteral("KSR-K01-20261124030000-00000000000000aa"));
    QCOMPARE(a.status, SaleStatus::Success);
    QCOMPARE(a.refId, QStringLiteral("1777946295495372000"));
    QCOMPARE(a.serialNo, QStringLiteral("GW123456789"));
    QCOMPARE(a.balanceUsed->rupiah(), 51500);
    QCOMPARE(a.balanceAfter->rupiah(), 448500);
    QCOMPARE(a.sellingPrice.rupiah(), 53000);
    QCOMPARE(a.cashier, QStringLiteral("ani"));
    QCOMPARE(a.flagged, false);
    QVERIFY(a.flagReason.isEmpty());
    QVERIFY(!a.nextCheckUtc.isValid());

    const QList<SaleRecord> open = store.unresolved();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().receiptNo, QStringLiteral("K01-20261124-0002"));
    QCOMPARE(open.first().attempts, 2);

    // The sequence carried over: the next receipt of that day is 0003.
    SaleRecord next = makeSale(QStringLiteral("AFTER-MIGRATION"));
    next.createdUtc = utc(QStringLiteral("2026-11-24T04:00:00"));
    QVERIFY(store.insertSale(&next, QStringLiteral("K01")));
    QCOMPARE(next.receiptNo, QStringLiteral("K01-20261124-0003"));
}

void tst_ReceiptStore::failingMigrationRollsBackWhole()
{
    createV1Database(dbPath());
    if (QTest::currentTestFailed())
        return;
    {
        // Something in the way of the last statement of step 2: the columns it added first
        // must disappear with the rollback.
        RawDb raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE idx_sales_next_check (x INTEGER)")));
    }
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(!store.open());
        QVERIFY(!store.isWritable());
        QVERIFY2(
            store.lastError().contains(QLatin1String("schema version 2")), qPrintable(store.lastError()));
        QVERIFY2(store.lastError().contains(QLatin1String("rolled back")), qPrintable(store.lastError()));
        SaleRecord r = makeSale(QStringLiteral("MUST-NOT-LAND"));
        QVERIFY(!store.insertSale(&r, QStringLiteral("K01")));
    }
    RawDb raw(dbPath());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    const QStringList columns = raw.column(QStringLiteral("PRAGMA table_info(sales)"), 1);
    QVERIFY(!columns.contains(QStringLiteral("flagged")));
    QVERIFY(!columns.contains(QStringLiteral("flag_reason")));
    QVERIFY(!columns.contains(QStringLiteral("next_check_utc")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sales")).toInt(), 2);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_sales_status'"))
                 .toInt(),
        0);
}

void tst_ReceiptStore::quickCheckFailureRefusesWrites_data()
{
    QTest::addColumn<bool>("keepHeader");
    QTest::newRow("damaged pages, header intact") << true;
    QTest::newRow("damaged header too") << false;
}

void tst_ReceiptStore::quickCheckFailureRefusesWrites()
{
    QFETCH(bool, keepHeader);
    const QString good = dbPath(QStringLiteral("good.db"));
    {
        ReceiptStore store(good, &m_clock);
        QVERIFY(store.open());
        for (int i = 0; i < 300; ++i) {
            SaleRecord r = makeSale(QStringLiteral("REQ-%1").arg(i));
            r.message = QString(120, QLatin1Char('x'));
            QVERIFY(store.insertSale(&r, QStringLiteral("K01")));
        }
    } // closing the last connection checkpoints the WAL into the file

    QByteArray bytes = fileBytes(good);
    QVERIFY(bytes.size() > 8 * 4096);
    int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    QVERIFY(pageSize >= 512);
    QRandomGenerator rng(20261124);
    const int firstByte = keepHeader ? pageSize : 0;
    for (int i = firstByte; i < bytes.size(); ++i)
        bytes[i] = char(rng.bounded(256));
    const QString bad = dbPath(QStringLiteral("bad.db"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    }
    const QByteArray before = QCryptographicHash::hash(fileBytes(bad), QCryptographicHash::Sha256);

    {
        ReceiptStore store(bad, &m_clock);
        QVERIFY(!store.open());
        QVERIFY(!store.isWritable());
        QVERIFY2(store.lastError().contains(QLatin1String("refused")), qPrintable(store.lastError()));
        QVERIFY2(store.lastError().contains(bad), qPrintable(store.lastError()));
        if (keepHeader) {
            // Told as damage, not as a disk, folder or permission problem.
            QCOMPARE(store.problem(), JournalProblem::Damaged);
            QVERIFY2(store.lastError().contains(QLatin1String("damaged"))
                    || store.lastError().contains(QLatin1String("integrity check")),
                qPrintable(store.lastError()));
        }
        SaleRecord r = makeSale(QStringLiteral("MUST-NOT-LAND"));
        QVERIFY(!store.insertSale(&r, QStringLiteral("K01")));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(!store.updateResult(r));
        QVERIFY(!store.setNextCheck(1, m_clock.nowUtc()));
    }
    QVERIFY(QFile::exists(bad));
    QCOMPARE(QCryptographicHash::hash(fileBytes(bad), QCryptographicHash::Sha256), before);

    // A second try does the same and still keeps the file.
    {
        ReceiptStore again(bad, &m_clock);
        QVERIFY(!again.open());
    }
    QCOMPARE(QCryptographicHash::hash(fileBytes(bad), QCryptographicHash::Sha256), before);
}

void tst_ReceiptStore::newerSchemaRefused()
{
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
    }
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(ReceiptStore::SchemaVersion + 1)));
    }
    const QByteArray before = fileBytes(dbPath());
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(!store.open());
        QVERIFY(store.isOpen()); // still readable
        QVERIFY(!store.isWritable());
        QVERIFY(store.lastError().contains(QLatin1String("newer")));
        QVERIFY(store.history({}).isEmpty());
    }
    QCOMPARE(fileBytes(dbPath()), before);
}

void tst_ReceiptStore::noSecretColumns()
{
    {
        ReceiptStore store(dbPath(), &m_clock);
        QVERIFY(store.open());
    }
    RawDb raw(dbPath());
    const QStringList tables
        = raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(tables.contains(QStringLiteral("sales")));
    for (const QString &table : tables) {
        for (const QString &column : raw.column(QStringLiteral("PRAGMA table_info(%1)").arg(table), 1)) {
            const QString c = column.toLower();
            QVERIFY2(!c.contains(QLatin1String("key")) && !c.contains(QLatin1String("secret"))
                    && !c.contains(QLatin1String("token")) && !c.contains(QLatin1String("password")),
                qPrintable(table + QLatin1Char('.') + column));
        }
    }
}

QTEST_GUILESS_MAIN(tst_ReceiptStore)
#include "tst_receiptstore.moc"
