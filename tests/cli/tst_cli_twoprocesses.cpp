// Two kasir-ewallet-cli processes on one journal at the same moment: the duplicate guard's check
// and the PAYING insert are one write transaction, so exactly one of two identical sales is sent.

#include "CliProcess.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliTwoProcesses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void identicalPaysAtOnceChargeOnce();
    void twoProcessesCreateOneNewJournal();

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
};

void TestCliTwoProcesses::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestCliTwoProcesses::identicalPaysAtOnceChargeOnce()
{
    constexpr int Rounds = 20;
    constexpr qint64 StartBalance = 10000000;
    QVERIFY(m_sandbox.reset(StartBalance));
    CliProcess cli(&m_sandbox, m_dir.filePath(QStringLiteral("shared.sqlite")));
    // The journal exists before the rounds: what is tested is two sales, not two first opens.
    const CliProcess::Run first = cli.run({ QStringLiteral("pay"), QStringLiteral("OVO"),
        QStringLiteral("08129876543"), QStringLiteral("10000") });
    QCOMPARE(first.exitCode, 0);
    int doubleCharges = 0;
    qint64 expectedSpent = 11500;
    for (int round = 0; round < Rounds; ++round) {
        // A new number each round, so that only the two processes of this round compete.
        const QStringList pay { QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
            QStringLiteral("0813%1").arg(1000001 + round * 7), QStringLiteral("10000") };
        QProcess a;
        QProcess b;
        cli.start(&a, pay);
        cli.start(&b, pay);
        const CliProcess::Run ra = CliProcess::collect(&a);
        const CliProcess::Run rb = CliProcess::collect(&b);
        const bool aWon = ra.exitCode == 0;
        const CliProcess::Run &winner = aWon ? ra : rb;
        const CliProcess::Run &loser = aWon ? rb : ra;
        QVERIFY2(winner.exitCode == 0,
            qPrintable(QStringLiteral("round %1: exits %2 and %3: %4 %5")
                           .arg(round)
                           .arg(ra.exitCode)
                           .arg(rb.exitCode)
                           .arg(QString::fromUtf8(ra.err), QString::fromUtf8(rb.err))));
        expectedSpent += 11500; // GOPAY 10.000: merchant price 11.500
        if (loser.exitCode == 0) { // both sent: counted, and the rounds go on to give the figure
            ++doubleCharges;
            expectedSpent += 11500;
            continue;
        }
        QCOMPARE(loser.exitCode, 2);
        // The loser names the sale that stands.
        const QString receipt = winner.json().value(QStringLiteral("receipt_no")).toString();
        QVERIFY(!receipt.isEmpty());
        const QString refusal = loser.json().value(QStringLiteral("error")).toString();
        QVERIFY2(refusal.contains(receipt), qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("Nothing was sent")), qPrintable(refusal));
        QCOMPARE(m_sandbox.chargedCount(winner.json().value(QStringLiteral("req_id")).toString()), 1);
    }
    qInfo("double charges: %d of %d rounds", doubleCharges, Rounds);
    QCOMPARE(doubleCharges, 0);
    // The ledger agrees: one charge per round, and no request beyond the winners'.
    const QJsonObject ledger = m_sandbox.ledger();
    QCOMPARE(ledger.value(QStringLiteral("requests")).toObject().size(), Rounds + 1);
    QCOMPARE(m_sandbox.balance(), StartBalance - expectedSpent);
}

// Two processes that find no journal yet both create and migrate it at the same moment: the
// second one waits for the first's write and finds the steps done; neither fails.
void TestCliTwoProcesses::twoProcessesCreateOneNewJournal()
{
    constexpr int Rounds = 8;
    for (int round = 0; round < Rounds; ++round) {
        CliProcess cli(&m_sandbox, m_dir.filePath(QStringLiteral("new-%1/journal.sqlite").arg(round)));
        QProcess a;
        QProcess b;
        cli.start(&a,
            { QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("0812345678%1").arg(round),
                QStringLiteral("20000") });
        cli.start(&b,
            { QStringLiteral("pay"), QStringLiteral("DANA"), QStringLiteral("0813345678%1").arg(round),
                QStringLiteral("30000") });
        const CliProcess::Run ra = CliProcess::collect(&a);
        const CliProcess::Run rb = CliProcess::collect(&b);
        QVERIFY2(ra.exitCode == 0,
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(ra.err))));
        QVERIFY2(rb.exitCode == 0,
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(QString::fromUtf8(rb.err))));
        const CliProcess::Run history = cli.run({ QStringLiteral("--json"), QStringLiteral("history") });
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.json().value(QStringLiteral("count")).toInt(), 2);
    }
}

QTEST_GUILESS_MAIN(TestCliTwoProcesses)
#include "tst_cli_twoprocesses.moc"
