// Crash: the real CLI (KASIR_CLI_BIN) is killed with SIGKILL at chosen points of a payment
// (KASIR_TEST_CRASH_AT), then `recover` is run; the journal and the sandbox ledger must agree.

#include "SandboxProcess.h"
#include "store/ReceiptStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

namespace {

constexpr int Sales = 33;
constexpr qint64 StartBalance = 5000000;
const char *const crashPoints[] = { "after-paying-commit", "in-flight", "before-result-commit" };

struct CliRun
{
    bool started = false;
    int exitCode = -1; // the CLI's own exit code, or 128 + signal when killed
    QString out;
    QString err;
};

} // namespace

class tst_Crash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedAndRecovered();

private:
    CliRun runCli(const QStringList &args, const QString &crashAt);
    QString checkInvariants(int expectedRows, QMap<QString, int> *statusCounts);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
};

void tst_Crash::initTestCase()
{
    m_cli = qEnvironmentVariable("KASIR_CLI_BIN");
    QVERIFY2(!m_cli.isEmpty() && QFileInfo(m_cli).isExecutable(),
        "KASIR_CLI_BIN must name the kasir-ewallet-cli executable");
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QVERIFY(m_sandbox->reset(StartBalance));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("receipts.db"));
}

// Runs the CLI under /bin/sh so that a death by signal shows as 128 + signal number.
CliRun tst_Crash::runCli(const QStringList &args, const QString &crashAt)
{
    CliRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox->apiKey());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kasir.*.debug=false"));
    env.remove(QStringLiteral("KASIR_TEST_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("KASIR_TEST_CRASH_AT"), crashAt);
    p.setProcessEnvironment(env);
    QStringList shArgs { QStringLiteral("-c"), QStringLiteral("\"$@\"; echo \"CLI-EXIT:$?\" >&2"),
        QStringLiteral("sh"), m_cli };
    shArgs << QStringLiteral("--base-url") << m_sandbox->baseUrl().toString() << QStringLiteral("--db")
           << m_db << QStringLiteral("--timeout") << QStringLiteral("5") << QStringLiteral("--json") << args;
    p.start(QStringLiteral("/bin/sh"), shArgs);
    if (!p.waitForStarted(10000))
        return run;
    run.started = true;
    p.waitForFinished(60000);
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    const qsizetype at = run.err.lastIndexOf(QLatin1String("CLI-EXIT:"));
    if (at >= 0)
        run.exitCode = run.err.mid(at + 9).trimmed().toInt();
    return run;
}

// Empty when the journal and the ledger agree; otherwise what is wrong.
QString tst_Crash::checkInvariants(int expectedRows, QMap<QString, int> *statusCounts)
{
    ReceiptStore store(m_db);
    if (!store.open())
        return QStringLiteral("journal: ") + store.lastError();
    SaleHistoryFilter all;
    all.limit = 0;
    const QList<SaleRecord> rows = store.history(all);
    const QJsonObject ledger = m_sandbox->ledger();
    const QJsonObject requests = ledger.value(QStringLiteral("requests")).toObject();
    const qint64 balance = ledger.value(QStringLiteral("balance")).toString().toLongLong();

    QStringList problems;
    if (rows.size() != expectedRows)
        problems << QStringLiteral("%1 rows, expected %2").arg(rows.size()).arg(expectedRows);
    QSet<QString> successReqIds;
    qint64 sumUsed = 0;
    statusCounts->clear();
    for (const SaleRecord &r : rows) {
        (*statusCounts)[saleStatusName(r.status)] += 1;
        if (r.isUnresolved())
            problems << QStringLiteral("%1 still %2").arg(r.reqId, saleStatusName(r.status));
        if (r.status == SaleStatus::Success) {
            successReqIds.insert(r.reqId);
            sumUsed += r.balanceUsed.value_or(Money()).rupiah();
        }
    }
    QSet<QString> chargedReqIds;
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
        const int charged = it.value().toObject().value(QStringLiteral("charged")).toInt();
        if (charged > 1)
            problems << QStringLiteral("%1 charged %2 times").arg(it.key()).arg(charged);
        if (charged >= 1)
            chargedReqIds.insert(it.key());
    }
    if (chargedReqIds != successReqIds) {
        for (const QString &id : chargedReqIds - successReqIds)
            problems << QStringLiteral("%1 charged but not SUCCESS in the journal (lost receipt)").arg(id);
        for (const QString &id : successReqIds - chargedReqIds)
            problems << QStringLiteral("%1 SUCCESS in the journal but never charged").arg(id);
    }
    if (StartBalance - sumUsed != balance)
        problems << QStringLiteral("conservation: %1 - %2 != %3").arg(StartBalance).arg(sumUsed).arg(balance);
    return problems.join(QLatin1String("; "));
}

void tst_Crash::killedAndRecovered()
{
    QElapsedTimer elapsed;
    elapsed.start();
    QMap<QString, int> killsAt;
    QMap<QString, int> statusCounts;
    int recoverRuns = 0;

    for (int i = 0; i < Sales; ++i) {
        const QString point = QLatin1String(crashPoints[i % 3]);
        QVERIFY(m_sandbox->clearFaults());
        if (point == QLatin1String("in-flight")) {
            // Hold the request on the server so that the kill lands while it is in flight.
            QVERIFY(m_sandbox->injectFault({ { QStringLiteral("kind"), QStringLiteral("delay") },
                { QStringLiteral("delay_ms"), 1000 } }));
        }
        const QString cust = QStringLiteral("0812345678%1").arg(i, 2, 10, QLatin1Char('0'));
        const CliRun pay = runCli(
            { QStringLiteral("pay"), QStringLiteral("GOPAY"), cust, QStringLiteral("10000") }, point);
        QVERIFY(pay.started);
        QVERIFY2(pay.exitCode == 128 + 9,
            qPrintable(QStringLiteral("sale %1 (%2): expected death by SIGKILL, exit %3\n%4\n%5")
                           .arg(i)
                           .arg(point)
                           .arg(pay.exitCode)
                           .arg(pay.out, pay.err)));
        killsAt[point] += 1;

        // What the kill left: the row is in the journal as PAYING, and the sandbox saw what that
        // point implies (nothing at all before the send; a charge before the result commit).
        {
            ReceiptStore store(m_db);
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            SaleHistoryFilter newest;
            newest.limit = 1;
            newest.custId = cust;
            const QList<SaleRecord> rows = store.history(newest);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().status, SaleStatus::Paying);
            const QString reqId = rows.first().reqId;
            if (point == QLatin1String("after-paying-commit"))
                QCOMPARE(m_sandbox->receivedCount(reqId), 0);
            else if (point == QLatin1String("before-result-commit"))
                QCOMPARE(m_sandbox->chargedCount(reqId), 1);
            else
                QVERIFY(m_sandbox->receivedCount(reqId) >= 1);
        }

        QVERIFY(m_sandbox->clearFaults());
        const CliRun recover = runCli({ QStringLiteral("recover") }, QString());
        ++recoverRuns;
        QVERIFY2(recover.exitCode == 0,
            qPrintable(QStringLiteral("recover after sale %1 (%2): exit %3\n%4\n%5")
                           .arg(i)
                           .arg(point)
                           .arg(recover.exitCode)
                           .arg(recover.out, recover.err)));
        const QString problems = checkInvariants(i + 1, &statusCounts);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("after sale %1 (%2): %3").arg(i).arg(point, problems)));
    }

    const QJsonObject ledger = m_sandbox->ledger();
    const QJsonObject requests = ledger.value(QStringLiteral("requests")).toObject();
    int doubleCharges = 0;
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
        doubleCharges += it.value().toObject().value(QStringLiteral("charged")).toInt() > 1 ? 1 : 0;

    qInfo("crash summary (%lld ms)", qlonglong(elapsed.elapsed()));
    qInfo("  %-28s %6d", "sales (CLI killed)", Sales);
    for (auto it = killsAt.constBegin(); it != killsAt.constEnd(); ++it)
        qInfo("    killed %-19s %6d", qPrintable(it.key()), it.value());
    qInfo("  %-28s %6d", "recover runs", recoverRuns);
    for (auto it = statusCounts.constBegin(); it != statusCounts.constEnd(); ++it)
        qInfo("  final %-22s %6d", qPrintable(it.key()), it.value());
    qInfo("  %-28s %6d", "double charges", doubleCharges);
    qInfo("  %-28s %6d", "lost receipts", 0);
    qInfo("  %-28s %6d", "unresolved", 0);
    qInfo("  sandbox balance %s of %lld", qPrintable(ledger.value(QStringLiteral("balance")).toString()),
        qlonglong(StartBalance));

    // With this deposit every sale ends SUCCESS once recovered, whichever point it died at.
    QCOMPARE(statusCounts.value(QStringLiteral("SUCCESS")), Sales);
    QCOMPARE(doubleCharges, 0);
}

QTEST_GUILESS_MAIN(tst_Crash)
#include "tst_crash.moc"
