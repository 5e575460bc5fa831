// The journal generator writes the program's own schema and rows the store reads back as it
// wrote them: receipt numbers in sequence, a deposit that goes down with every charged sale.

#include "JournalGenerator.h"
#include "store/ReceiptStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class TestJournalGenerator : public QObject
{
    Q_OBJECT

private slots:
    void fillsTheProgramsSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalGeneratorOptions options;
        options.count = 5000;
        options.seed = 7;
        options.endDate = QDate(2026, 11, 20);
        JournalGenerator generator(options);
        QVERIFY2(generator.generate(path), qPrintable(generator.lastError()));
        const JournalGeneratorStats s = generator.stats();
        QCOMPARE(s.sales, 5000);
        QCOMPARE(s.success + s.failed + s.pending + s.rejected, 5000);
        QVERIFY(s.success > 4500);
        QVERIFY(s.failed > 0);
        QVERIFY(s.rejected > 0);
        QVERIFY(s.pending > 0);
        QVERIFY(s.flagged <= s.pending);

        ReceiptStore store(path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), ReceiptStore::SchemaVersion);
        QCOMPARE(store.unresolvedCount(), int(s.pending));
        SaleHistoryFilter all;
        all.limit = 0;
        const QList<SaleRecord> rows = store.history(all);
        QCOMPARE(rows.size(), 5000);
        // Newest first: the last sale is on the end date, the first about two years before.
        QCOMPARE(rows.first().createdUtc.toLocalTime().date(), QDate(2026, 11, 20));
        QVERIFY(rows.last().createdUtc.toLocalTime().date() >= QDate(2026, 11, 20).addDays(-729));

        qint64 previousBalance = -1;
        QSet<QString> receipts;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            const SaleRecord &r = *it;
            QVERIFY(!receipts.contains(r.receiptNo));
            receipts.insert(r.receiptNo);
            QVERIFY(r.receiptNo.startsWith(r.terminalId + QLatin1Char('-')
                + r.createdUtc.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"))));
            QVERIFY(r.reqId.startsWith(QStringLiteral("KSR-") + r.terminalId + QLatin1Char('-')));
            QVERIFY(r.amount.rupiah() >= 10000);
            if (r.status == SaleStatus::Success) {
                QVERIFY(r.unitPrice && r.balanceUsed && r.balanceAfter);
                QCOMPARE(*r.unitPrice, *r.balanceUsed);
                QVERIFY(r.unitPrice->rupiah() - r.amount.rupiah() >= 1000);
                QVERIFY(r.unitPrice->rupiah() - r.amount.rupiah() <= 1500);
                QVERIFY(!r.serialNo.isEmpty());
                // Down by the price, or up by a deposit top-up made before it.
                if (previousBalance >= 0 && r.balanceAfter->rupiah() < previousBalance)
                    QCOMPARE(r.balanceAfter->rupiah(), previousBalance - r.unitPrice->rupiah());
            }
            if (r.cashReceived) {
                QVERIFY(r.change);
                QCOMPARE(*r.cashReceived - r.sellingPrice, *r.change);
                QVERIFY(r.change->rupiah() >= 0);
            }
            if (r.balanceAfter)
                previousBalance = r.balanceAfter->rupiah();
        }
        QCOMPARE(previousBalance, s.finalBalance);

        // The unresolved rows can be claimed for a re-send: their requests match their digests.
        for (const SaleRecord &r : store.unresolved()) {
            SaleRecord claimed;
            QCOMPARE(store.claimSend(r.id, QDateTime::currentDateTimeUtc().addSecs(45), &claimed),
                SendClaim::Claimed);
            QCOMPARE(claimed.attempts, r.attempts + 1);
        }

        // A sale made now continues the day's receipt sequence of its terminal.
        {
            QSqlDatabase db = QSqlDatabase::database(store.connectionName());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(last_seq) FROM receipt_sequence")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toLongLong(), 5000);
            // Times are stored exactly as the store writes them.
            QVERIFY(q.exec(QStringLiteral("SELECT created_utc, updated_utc, completed_utc FROM sales")));
            int checked = 0;
            while (q.next()) {
                for (int c = 0; c < 3; ++c) {
                    const QString stored = q.value(c).toString();
                    if (stored.isEmpty())
                        continue;
                    QCOMPARE(ReceiptStore::toStoredTime(ReceiptStore::fromStoredTime(stored)), stored);
                    ++checked;
                }
            }
            QVERIFY(checked > 10000);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
    }

    void sameSeedSameJournal()
    {
        QTemporaryDir dir;
        JournalGeneratorOptions options;
        options.count = 300;
        options.seed = 42;
        options.endDate = QDate(2026, 1, 31);
        JournalGenerator a(options), b(options);
        QVERIFY(a.generate(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(b.generate(dir.filePath(QStringLiteral("b.sqlite"))));
        ReceiptStore sa(dir.filePath(QStringLiteral("a.sqlite")));
        ReceiptStore sb(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(sa.open() && sb.open());
        SaleHistoryFilter all;
        all.limit = 0;
        const QList<SaleRecord> ra = sa.history(all);
        const QList<SaleRecord> rb = sb.history(all);
        QCOMPARE(ra.size(), 300);
        QCOMPARE(rb.size(), 300);
        for (int i = 0; i < ra.size(); ++i) {
            QCOMPARE(ra.at(i).reqId, rb.at(i).reqId);
            QCOMPARE(ra.at(i).balanceAfter, rb.at(i).balanceAfter);
        }
    }

    void refusesAJournalWithSales()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        JournalGeneratorOptions options;
        options.count = 10;
        QVERIFY(JournalGenerator(options).generate(path));
        JournalGenerator again(options);
        QVERIFY(!again.generate(path));
        QVERIFY2(again.lastError().contains(QLatin1String("already holds 10 sales")),
            qPrintable(again.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestJournalGenerator)
#include "tst_journalgenerator.moc"
