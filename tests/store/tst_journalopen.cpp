// Opening costs the same at any size: the full integrity check runs after an unclean shutdown
// (a writer whose process is gone), for journals of older programs, on request, and in the
// background; a clean close leaves nothing to check.

#include "store/JournalIntegrityCheck.h"
#include "store/ReceiptStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

class tst_JournalOpen : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
    }

    void cleanCloseNeedsNoFullCheck()
    {
        {
            ReceiptStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(!store.ranFullCheck()); // a new journal
            QCOMPARE(store.journalId().size(), 32);
        }
        ReceiptStore again(m_path);
        QVERIFY(again.open());
        QVERIFY(!again.ranFullCheck());
        // While another writer is open (the window), a second open (the CLI) needs no check either.
        ReceiptStore second(m_path);
        QVERIFY(second.open());
        QVERIFY(!second.ranFullCheck());
        QCOMPARE(second.journalId(), again.journalId());
    }

    void uncleanShutdownRunsTheFullCheckOnce()
    {
        {
            ReceiptStore store(m_path);
            QVERIFY(store.open());
            // A writer that ended without closing: its writer row stays, its process is gone.
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO journal_writers (holder, started_utc) VALUES ('%1:999999999:00', "
                               "'2026-11-24T03:00:00.000Z')")
                    .arg(QSysInfo::machineHostName())));
        }
        {
            ReceiptStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(store.ranFullCheck());
        }
        ReceiptStore after(m_path);
        QVERIFY(after.open());
        QVERIFY(!after.ranFullCheck()); // the stale writer was cleared
    }

    void checksOnRequest()
    {
        {
            ReceiptStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(store.verifyIntegrity());
            QVERIFY(store.isWritable());
        }
        ReceiptStore store(m_path);
        JournalOpenOptions options;
        options.fullCheck = true;
        QVERIFY(store.open(options));
        QVERIFY(store.ranFullCheck());
    }

    void backgroundCheckFindsDamage()
    {
        {
            ReceiptStore store(m_path);
            QVERIFY(store.open());
            for (int i = 0; i < 300; ++i) {
                SaleRecord r;
                r.reqId = QStringLiteral("KSR-BG-%1").arg(i);
                r.productId = QStringLiteral("GOPAY");
                r.custId = QStringLiteral("08123456789");
                r.amount = Money::fromRupiah(50000);
                r.sellingPrice = Money::fromRupiah(53000);
                r.status = SaleStatus::Success;
                r.message = QString(200, QLatin1Char('m'));
                QVERIFY(store.insertSale(&r, QStringLiteral("K01")));
            }
        }
        {
            JournalIntegrityCheck check(m_path);
            QSignalSpy done(&check, &JournalIntegrityCheck::finished);
            check.start();
            QVERIFY(done.wait(30000));
            QCOMPARE(done.first().at(0).toBool(), true);
        }
        // Damage in the middle of the table's pages; page 1 (the schema) intact, so the journal
        // still opens without reading them.
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 20 * 4096);
            QVERIFY(f.seek(10 * 4096));
            QByteArray junk(4096 * 4, '\0');
            QRandomGenerator rng(3);
            for (char &c : junk)
                c = char(rng.bounded(256));
            QVERIFY(f.write(junk) == junk.size());
        }
        ReceiptStore store(m_path);
        const bool opened = store.open();
        JournalIntegrityCheck check(m_path);
        QSignalSpy done(&check, &JournalIntegrityCheck::finished);
        check.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(!done.first().at(1).toString().isEmpty());
        if (opened) {
            // What the window does with it: no more writes.
            store.markDamaged(done.first().at(1).toString());
            QVERIFY(!store.isWritable());
            QCOMPARE(store.problem(), JournalProblem::Damaged);
            SaleRecord r;
            r.reqId = QStringLiteral("MUST-NOT-LAND");
            r.productId = QStringLiteral("GOPAY");
            r.custId = QStringLiteral("08123456789");
            r.amount = Money::fromRupiah(50000);
            QVERIFY(!store.insertSale(&r, QStringLiteral("K01")));
            SaleRecord seen;
            QCOMPARE(store.claimSend(1, QDateTime::currentDateTimeUtc(), &seen), SendClaim::Refused);
        }
        // And the check before a close or a backup finds it too.
        ReceiptStore other(m_path);
        JournalOpenOptions options;
        options.readOnly = true;
        options.fullCheck = true;
        QVERIFY(!other.open(options));
        QCOMPARE(other.problem(), JournalProblem::Damaged);
    }

    void corruptionMetWhileReadingRefusesWrites()
    {
        {
            ReceiptStore store(m_path);
            QVERIFY(store.open());
            for (int i = 0; i < 2000; ++i) {
                SaleRecord r;
                r.reqId = QStringLiteral("KSR-RD-%1").arg(i);
                r.productId = QStringLiteral("GOPAY");
                r.custId = QStringLiteral("08123456789");
                r.amount = Money::fromRupiah(50000);
                r.sellingPrice = Money::fromRupiah(53000);
                r.status = SaleStatus::Success;
                r.message = QString(300, QLatin1Char('m'));
                QVERIFY(store.insertSale(&r, QStringLiteral("K01")));
            }
        }
        {
            // The last quarter of the file (the newest rows' pages) overwritten; the schema,
            // the id and the writers, made first, are intact: the journal opens without a
            // full check.
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            const qint64 from = (size * 3 / 4) / 4096 * 4096;
            QVERIFY(f.seek(from));
            QByteArray junk(int(size - from), '\0');
            QRandomGenerator rng(11);
            for (char &c : junk)
                c = char(rng.bounded(256));
            QVERIFY(f.write(junk) == junk.size());
        }
        ReceiptStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QVERIFY(!store.ranFullCheck());
        QVERIFY(store.isWritable());
        SaleHistoryFilter all;
        all.limit = 0;
        const QList<SaleRecord> rows = store.history(all);
        QVERIFY(rows.isEmpty()); // not a partial answer
        QVERIFY(store.readFailed());
        QCOMPARE(store.problem(), JournalProblem::Damaged);
        QVERIFY(!store.isWritable()); // from the moment SQLite reported the damage
        SaleRecord r;
        r.reqId = QStringLiteral("MUST-NOT-LAND");
        r.productId = QStringLiteral("GOPAY");
        r.custId = QStringLiteral("08123456789");
        r.amount = Money::fromRupiah(50000);
        QVERIFY(!store.insertSale(&r, QStringLiteral("K01")));
        QVERIFY2(store.lastError().contains(QLatin1String("damaged")), qPrintable(store.lastError()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_JournalOpen)
#include "tst_journalopen.moc"
