// Every send is claimed in the journal before it leaves: the attempt is counted and a lease
// committed in one write transaction; another holder with a live lease does not send; a row
// whose stored request no longer matches its digest is flagged and never sent.

#include "PendingSale.h"
#include "TestClock.h"
#include "store/ReceiptStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

class tst_JournalClaims : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
        m_clock.setNowUtc(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    }

    void claimCountsTheAttemptAndLeases()
    {
        ReceiptStore a(m_path, &m_clock);
        ReceiptStore b(m_path, &m_clock);
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(a.holder() != b.holder());
        SaleRecord r = pendingSale(QStringLiteral("KSR-CLAIM-1"));
        QVERIFY(a.insertSale(&r, QStringLiteral("K01")));
        QCOMPARE(a.findById(r.id)->attempts, 0);

        SaleRecord claimed;
        QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &claimed), SendClaim::Claimed);
        QCOMPARE(claimed.attempts, 1);
        QCOMPARE(b.findById(r.id)->attempts, 1); // committed: another connection sees it

        // The other holder finds the live lease and does not send; nothing is counted.
        SaleRecord seen;
        QDateTime until;
        QCOMPARE(b.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen, &until), SendClaim::HeldElsewhere);
        QCOMPARE(until, m_clock.nowUtc().addSecs(45));
        QCOMPARE(b.findById(r.id)->attempts, 1);

        // The holder itself may claim again (a re-send after its own answer).
        QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &claimed), SendClaim::Claimed);
        QCOMPARE(claimed.attempts, 2);

        // The answer ends the lease; updateResult never touches the count.
        claimed.lastError = QStringLiteral("timed out");
        claimed.attempts = 99;
        QVERIFY(a.updateResult(claimed));
        QCOMPARE(a.findById(r.id)->attempts, 2);
        QCOMPARE(b.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Claimed);
        QCOMPARE(seen.attempts, 3);
    }

    void expiredOrDeadLeaseIsTakenOver()
    {
        ReceiptStore b(m_path, &m_clock);
        QVERIFY(b.open());
        SaleRecord r = pendingSale(QStringLiteral("KSR-CLAIM-2"));
        QVERIFY(b.insertSale(&r, QStringLiteral("K01")));
        SaleRecord seen;
        {
            ReceiptStore a(m_path, &m_clock);
            QVERIFY(a.open());
            QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Claimed);
            QCOMPARE(b.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::HeldElsewhere);
            // The lease runs out.
            m_clock.advanceMs(46000);
            QCOMPARE(b.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Claimed);
            QCOMPARE(seen.attempts, 2);
            QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::HeldElsewhere);
        }
        {
            // A holder that is gone (its store closed, its process ended) holds nothing.
            ReceiptStore c(m_path, &m_clock);
            QVERIFY(c.open());
            b.close();
            QCOMPARE(c.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Claimed);
            QCOMPARE(seen.attempts, 3);
        }
        {
            // A lease written by a process that no longer exists on this host.
            ReceiptStore d(m_path, &m_clock);
            QVERIFY(d.open());
            QSqlQuery q(QSqlDatabase::database(d.connectionName()));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE sales SET lease_holder = '%1:999999999:00', lease_until_utc = '%2'")
                    .arg(QSysInfo::machineHostName(),
                        ReceiptStore::toStoredTime(m_clock.nowUtc().addSecs(60)))));
            QCOMPARE(d.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Claimed);
            // One on another computer is respected until it runs out.
            QVERIFY(q.exec(
                QStringLiteral("UPDATE sales SET lease_holder = 'other-host:1:00', lease_until_utc = '%1'")
                    .arg(ReceiptStore::toStoredTime(m_clock.nowUtc().addSecs(60)))));
            QCOMPARE(d.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::HeldElsewhere);
        }
    }

    void settledRowIsNotClaimed()
    {
        ReceiptStore a(m_path, &m_clock);
        QVERIFY(a.open());
        SaleRecord r = pendingSale(QStringLiteral("KSR-CLAIM-3"));
        r.status = SaleStatus::Success;
        QVERIFY(a.insertSale(&r, QStringLiteral("K01")));
        SaleRecord seen;
        QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Settled);
        QCOMPARE(seen.status, SaleStatus::Success);
        QCOMPARE(a.findById(r.id)->attempts, 0);
    }

    void damagedRequestIsFlaggedAndNeverClaimed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("customer digit flipped") << QStringLiteral("cust_id = '08123456788'");
        QTest::newRow("amount changed") << QStringLiteral("amount = 500000");
        QTest::newRow("product changed") << QStringLiteral("product_id = 'OVO'");
        QTest::newRow("req_id changed") << QStringLiteral("req_id = 'KSR-CLAIM-5'");
    }

    void damagedRequestIsFlaggedAndNeverClaimed()
    {
        QFETCH(QString, damage);
        ReceiptStore a(m_path, &m_clock);
        QVERIFY(a.open());
        SaleRecord r = pendingSale(QStringLiteral("KSR-CLAIM-4"));
        QVERIFY(a.insertSale(&r, QStringLiteral("K01")));
        {
            QSqlQuery q(QSqlDatabase::database(a.connectionName()));
            QVERIFY(q.exec(QStringLiteral("UPDATE sales SET %1 WHERE id = %2").arg(damage).arg(r.id)));
        }
        SaleRecord seen;
        QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Damaged);
        const SaleRecord stored = a.findById(r.id).value();
        QCOMPARE(stored.attempts, 0);
        QVERIFY(stored.flagged);
        QVERIFY2(stored.flagReason.contains(QLatin1String("digest")), qPrintable(stored.flagReason));
        QCOMPARE(stored.status, SaleStatus::Pending);
        QCOMPARE(a.claimSend(r.id, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Damaged);
    }

    void readOnlyStoreClaimsNothing()
    {
        {
            ReceiptStore a(m_path, &m_clock);
            QVERIFY(a.open());
            SaleRecord r = pendingSale(QStringLiteral("KSR-CLAIM-6"));
            QVERIFY(a.insertSale(&r, QStringLiteral("K01")));
        }
        ReceiptStore reader(m_path, &m_clock);
        JournalOpenOptions options;
        options.readOnly = true;
        QVERIFY(reader.open(options));
        QVERIFY(!reader.isWritable());
        SaleRecord seen;
        QCOMPARE(reader.claimSend(1, m_clock.nowUtc().addSecs(45), &seen), SendClaim::Refused);
        QCOMPARE(reader.findById(1)->attempts, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestClock m_clock;
};

QTEST_GUILESS_MAIN(tst_JournalClaims)
#include "tst_journalclaims.moc"
