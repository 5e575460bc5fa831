// ReceiptStore::insertSaleUnlessDuplicate: the duplicate check and the insert in one write
// transaction, seen from a second connection on the same journal file.

#include "TestClock.h"
#include "store/ReceiptStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

namespace {

SaleRecord sale(const QString &reqId, qint64 amount = 50000, SaleStatus status = SaleStatus::Paying)
{
    SaleRecord r;
    r.reqId = reqId;
    r.productId = QStringLiteral("GOPAY");
    r.custId = QStringLiteral("08123456789");
    r.amount = Money::fromRupiah(amount);
    r.sellingPrice = Money::fromRupiah(amount + 3000);
    r.storeFee = Money::fromRupiah(1500);
    r.status = status;
    return r;
}

} // namespace

class tst_DuplicateGuard : public QObject
{
    Q_OBJECT
private slots:
    void guard_data();
    void guard();
};

void tst_DuplicateGuard::guard_data()
{
    QTest::addColumn<QString>("earlierStatus");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("earlierAgeSecs");
    QTest::addColumn<bool>("refused");
    QTest::newRow("PAYING, same sale") << QStringLiteral("PAYING") << qint64(50000) << 10 << true;
    QTest::newRow("PENDING, same sale") << QStringLiteral("PENDING") << qint64(50000) << 10 << true;
    QTest::newRow("SUCCESS, same sale") << QStringLiteral("SUCCESS") << qint64(50000) << 10 << true;
    QTest::newRow("FAILED: nothing charged") << QStringLiteral("FAILED") << qint64(50000) << 10 << false;
    QTest::newRow("REJECTED: nothing charged") << QStringLiteral("REJECTED") << qint64(50000) << 10 << false;
    QTest::newRow("another amount") << QStringLiteral("SUCCESS") << qint64(20000) << 10 << false;
    QTest::newRow("before the window") << QStringLiteral("SUCCESS") << qint64(50000) << 700 << false;
}

void tst_DuplicateGuard::guard()
{
    QFETCH(QString, earlierStatus);
    QFETCH(qint64, amount);
    QFETCH(int, earlierAgeSecs);
    QFETCH(bool, refused);
    TestClock clock(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipts.db"));
    ReceiptStore window(path, &clock);
    QVERIFY(window.open());
    ReceiptStore cli(path, &clock); // a second connection, as a second process has
    QVERIFY(cli.open());

    SaleRecord earlier = sale(QStringLiteral("REQ-1"), amount, *saleStatusFromName(earlierStatus));
    earlier.createdUtc = clock.nowUtc().addSecs(-earlierAgeSecs);
    QVERIFY(window.insertSale(&earlier, QStringLiteral("K01")));

    SaleRecord again = sale(QStringLiteral("REQ-2"));
    std::optional<SaleRecord> duplicate;
    const bool inserted = cli.insertSaleUnlessDuplicate(
        &again, QStringLiteral("K01"), clock.nowUtc().addSecs(-600), &duplicate);
    QCOMPARE(inserted, !refused);
    QCOMPARE(duplicate.has_value(), refused);
    SaleHistoryFilter all;
    all.limit = 0;
    if (refused) {
        QCOMPARE(duplicate->reqId, earlier.reqId);
        QCOMPARE(duplicate->receiptNo, earlier.receiptNo);
        QVERIFY2(cli.lastError().isEmpty(), qPrintable(cli.lastError()));
        QVERIFY(!window.findByReqId(QStringLiteral("REQ-2")));
        QCOMPARE(window.history(all).size(), 1);
        // Nothing was written, not even a receipt number: the next sale takes the next one.
        SaleRecord next = sale(QStringLiteral("REQ-3"), 30000);
        QVERIFY(cli.insertSale(&next, QStringLiteral("K01")));
        QCOMPARE(next.receiptNo.right(4), QStringLiteral("0002"));
    } else {
        QVERIFY(again.id > 0);
        QCOMPARE(window.findByReqId(QStringLiteral("REQ-2"))->receiptNo, again.receiptNo);
        QCOMPARE(window.history(all).size(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_DuplicateGuard)
#include "tst_duplicateguard.moc"
