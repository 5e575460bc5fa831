// kasir-ewallet-cli when a payment cannot finish normally: SIGINT/SIGTERM while it is in flight,
// and an answer that arrives but cannot be written to the journal. Both exit 3 and leave the
// sale unresolved in the journal; `recover` then settles it with one charge.

#include "CliProcess.h"
#include "SandboxProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestCliInterrupted : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signalWhilePaymentInFlight_data();
    void signalWhilePaymentInFlight();
    void signalWhileRecoverIsInFlight();
    void answerThatCannotBeSavedIsNotSuccess();

private:
    // After the run: the row is still unresolved; recover settles it, charged once.
    void expectUnresolvedThenRecovered(const QString &reqId);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<CliProcess> m_cli;
    int m_case = 0;
};

namespace {

QJsonObject delay(int ms)
{
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
        { QStringLiteral("delay_ms"), ms } };
}

} // namespace

void TestCliInterrupted::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestCliInterrupted::init()
{
    QVERIFY(m_sandbox.reset(500000));
    m_cli = std::make_unique<CliProcess>(
        &m_sandbox, m_dir.filePath(QStringLiteral("case-%1.sqlite").arg(++m_case)));
}

void TestCliInterrupted::expectUnresolvedThenRecovered(const QString &reqId)
{
    const CliProcess::Run show = m_cli->run({ QStringLiteral("--json"), QStringLiteral("show"), reqId });
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().value(QStringLiteral("status")).toString(), QStringLiteral("PAYING"));
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);

    const CliProcess::Run recover = m_cli->run({ QStringLiteral("--json"), QStringLiteral("recover") });
    QCOMPARE(recover.exitCode, 0);
    const CliProcess::Run after = m_cli->run({ QStringLiteral("--json"), QStringLiteral("show"), reqId });
    QCOMPARE(after.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
    QCOMPARE(m_sandbox.balance(), qint64(500000 - 51500));
}

void TestCliInterrupted::signalWhilePaymentInFlight_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
}

void TestCliInterrupted::signalWhilePaymentInFlight()
{
    QFETCH(int, signalNumber);
    QFETCH(QString, name);
    // The sandbox charges at once and answers 30 s later: the payment is surely in flight.
    QVERIFY(m_sandbox.injectFault(delay(30000)));
    const QString reqId = QStringLiteral("SIG-%1").arg(m_case);
    QProcess process;
    m_cli->start(&process,
        { QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
            QStringLiteral("08123456789"), QStringLiteral("50000"), QStringLiteral("--req-id"), reqId });
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.chargedCount(reqId), 1, 20000);
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    const CliProcess::Run r = CliProcess::collect(&process, 20000);
    QCOMPARE(r.exitCode, 3);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("payment in flight, run recover")), qPrintable(err));
    QVERIFY2(err.contains(name), qPrintable(err));
    QVERIFY2(err.contains(reqId), qPrintable(err));
    expectUnresolvedThenRecovered(reqId);
}

void TestCliInterrupted::signalWhileRecoverIsInFlight()
{
    // A PENDING sale (the connection dropped after the charge; a payment is never re-sent by
    // the network layer, so one drop is enough) ...
    QVERIFY(m_sandbox.injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_after") }, { QStringLiteral("count"), 1 } }));
    const QString reqId = QStringLiteral("REC-%1").arg(m_case);
    const CliProcess::Run pay = m_cli->run({ QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("50000"), QStringLiteral("--req-id"), reqId });
    QCOMPARE(pay.exitCode, 3);
    const int receivedBefore = m_sandbox.receivedCount(reqId);
    QCOMPARE(receivedBefore, 1);
    // ... whose re-check is in flight when recover is stopped.
    QVERIFY(m_sandbox.injectFault(delay(30000)));
    QProcess process;
    m_cli->start(&process, { QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("recover") });
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.receivedCount(reqId), receivedBefore + 1, 20000);
    QCOMPARE(::kill(pid_t(process.processId()), SIGTERM), 0);
    const CliProcess::Run r = CliProcess::collect(&process, 20000);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("payment in flight, run recover"), r.err.constData());

    const CliProcess::Run again = m_cli->run({ QStringLiteral("--json"), QStringLiteral("recover") });
    QCOMPARE(again.exitCode, 0);
    const CliProcess::Run show = m_cli->run({ QStringLiteral("--json"), QStringLiteral("show"), reqId });
    QCOMPARE(show.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
}

void TestCliInterrupted::answerThatCannotBeSavedIsNotSuccess()
{
    // The journal becomes unwritable while the payment is in flight: the CLI's file size limit
    // drops to 0 (as a full disk, every write fails with EFBIG; SIGXFSZ is ignored in the child).
    QVERIFY(m_sandbox.injectFault(delay(5000)));
    const QString reqId = QStringLiteral("UNSAVED-%1").arg(m_case);
    QProcess process;
    process.setChildProcessModifier([] { ::signal(SIGXFSZ, SIG_IGN); });
    m_cli->start(&process,
        { QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
            QStringLiteral("50000"), QStringLiteral("--req-id"), reqId });
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.chargedCount(reqId), 1, 20000); // PAYING committed, then sent
    struct rlimit noWrites = {};
    QCOMPARE(::prlimit(pid_t(process.processId()), RLIMIT_FSIZE, nullptr, &noWrites), 0);
    noWrites.rlim_cur = 0;
    QCOMPARE(::prlimit(pid_t(process.processId()), RLIMIT_FSIZE, &noWrites, nullptr), 0);

    const CliProcess::Run r = CliProcess::collect(&process, 30000);
    QCOMPARE(r.exitCode, 3);
    const QString out = QString::fromUtf8(r.out);
    const QString err = QString::fromUtf8(r.err);
    // What was received is shown; it is not called a finished sale.
    QVERIFY2(out.contains(QLatin1String("the server answered SUCCESS")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("SN: GW")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("Collect from customer")), qPrintable(out));
    QVERIFY2(err.contains(QLatin1String("could NOT be saved")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("run 'recover'")), qPrintable(err));
    expectUnresolvedThenRecovered(reqId);
}

QTEST_GUILESS_MAIN(TestCliInterrupted)
#include "tst_cli_interrupted.moc"
