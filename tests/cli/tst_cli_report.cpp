// kasir-ewallet-cli report / close / resolve / deposit as a real process on a real journal.

#include "ReportSeed.h"
#include "report/ReportQuery.h"
#include "store/ReceiptStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

class TestCliReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reportJsonIsTheFigures();
    void reportRange();
    void badInputExitsTwoAndCreatesNothing_data();
    void badInputExitsTwoAndCreatesNothing();
    void csvFile();
    void closeNumbersAndReprintsExactly();
    void closeRefusedWhilePaying();
    void resolveContract();
    void depositStatementAndMark();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args, const QString &db = QString());

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<ReceiptStore> m_store;
    const QDate m_day { 2026, 11, 20 };
};

void TestCliReport::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
    m_db = m_dir.filePath(QStringLiteral("journal.sqlite"));
    m_store = std::make_unique<ReceiptStore>(m_db);
    QVERIFY(m_store->open());
    ReportSeed seed;
    QVERIFY(seed.fill(m_store.get(), m_day.addDays(-2), m_day, 60));
}

TestCliReport::Run TestCliReport::cli(const QStringList &args, const QString &db)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_API_KEY"));
    env.remove(QStringLiteral("KASIR_BASE_URL"));
    env.remove(QStringLiteral("KASIR_TERMINAL"));
    env.insert(QStringLiteral("KASIR_DB"), db.isEmpty() ? m_db : db);
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("bu Sari"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("KASIR_CLI_BIN"), args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliReport::reportJsonIsTheFigures()
{
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2026-11-19"),
        QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const auto f = ReportQuery(QSqlDatabase::database(m_store->connectionName(), false))
                       .figures(ReportPeriod::day(QDate(2026, 11, 19)));
    QCOMPARE(r.json(), f->toJson());
    QCOMPARE(r.out.count('\n'), 1); // one object
    const QJsonObject totals = r.json().value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("margin")).toString(), QString::number(f->totals.margin().rupiah()));
    QCOMPARE(r.json().value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-19"));
}

void TestCliReport::reportRange()
{
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-18"),
        QStringLiteral("--to"), QStringLiteral("2026-11-20"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    qint64 statuses = 0;
    const QJsonObject byStatus = r.json().value(QStringLiteral("by_status")).toObject();
    for (const QString &k : byStatus.keys())
        statuses += byStatus.value(k).toObject().value(QStringLiteral("count")).toInteger();
    QCOMPARE(statuses, 180);
    const Run text
        = cli({ QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2026-11-20") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("X REPORT"));
}

void TestCliReport::badInputExitsTwoAndCreatesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad date") << QStringList { "report", "--date", "2026-02-30" };
    QTest::newRow("date text") << QStringList { "report", "--date", "today" };
    QTest::newRow("from without to") << QStringList { "report", "--from", "2026-11-01" };
    QTest::newRow("from after to") << QStringList { "report", "--from", "2026-11-05", "--to", "2026-11-01" };
    QTest::newRow("date and range") << QStringList { "report", "--date", "2026-11-05", "--from", "2026-11-01",
        "--to", "2026-11-02" };
    QTest::newRow("close number") << QStringList { "report", "--close", "zero" };
    QTest::newRow("close bad date") << QStringList { "close", "--date", "20261105" };
    QTest::newRow("close counted") << QStringList { "close", "--counted", "12,5" };
    QTest::newRow("resolve without note") << QStringList { "resolve", "K01-20261120-0001", "--as", "FAILED" };
    QTest::newRow("resolve bad as") << QStringList { "resolve", "K01-20261120-0001", "--as", "PENDING",
        "--note", "x" };
    QTest::newRow("resolve bad price")
        << QStringList { "resolve", "K01-20261120-0001", "--as", "SUCCESS", "--price", "-5", "--note", "x" };
}

void TestCliReport::badInputExitsTwoAndCreatesNothing()
{
    QFETCH(QStringList, args);
    const QString fresh = m_dir.filePath(QStringLiteral("never-created.sqlite"));
    const Run r = cli(args, fresh);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(fresh));
}

void TestCliReport::csvFile()
{
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--date"), QStringLiteral("2026-11-18"),
        QStringLiteral("--csv"), path });
    QCOMPARE(r.exitCode, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readLine(), QByteArray("section,key,count,nominal,cost,collected,margin\r\n"));
}

void TestCliReport::closeNumbersAndReprintsExactly()
{
    const Run first = cli({ QStringLiteral("close"), QStringLiteral("--date"), QStringLiteral("2026-11-18"),
        QStringLiteral("--float"), QStringLiteral("100000"), QStringLiteral("--json") });
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(QStringLiteral("close_no")).toInt(), 1);
    QCOMPARE(first.json().value(QStringLiteral("closed_by")).toString(), QStringLiteral("bu Sari"));
    QCOMPARE(first.json()
                 .value(QStringLiteral("backup"))
                 .toObject()
                 .value(QStringLiteral("integrity_check"))
                 .toString(),
        QStringLiteral("ok"));
    const Run again = cli({ QStringLiteral("close"), QStringLiteral("--date"), QStringLiteral("2026-11-18"),
        QStringLiteral("--json") });
    QCOMPARE(again.exitCode, 1); // nothing new
    const Run second = cli({ QStringLiteral("close"), QStringLiteral("--date"), QStringLiteral("2026-11-19"),
        QStringLiteral("--json") });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(QStringLiteral("close_no")).toInt(), 2);
    const Run reprint = cli({ QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("1"),
        QStringLiteral("--json") });
    QCOMPARE(reprint.exitCode, 0);
    QCOMPARE(reprint.out, first.out); // byte for byte
    const Run textA = cli({ QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("1") });
    const Run textB = cli({ QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("1") });
    QCOMPARE(textA.exitCode, 0);
    QCOMPARE(textA.out, textB.out);
    QVERIFY(textA.out.contains("No. 1"));
    QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("--close"), QStringLiteral("9") }).exitCode, 1);
}

void TestCliReport::closeRefusedWhilePaying()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("paying.sqlite"));
    {
        ReceiptStore store(db);
        QVERIFY(store.open());
        ReportSeed seed;
        QVERIFY(seed.fill(&store, QDate(2026, 11, 21), QDate(2026, 11, 21), 5));
        SaleRecord paying = seed.written.first();
        paying.reqId = QStringLiteral("PAYING-1");
        paying.status = SaleStatus::Paying;
        paying.balanceAfter.reset();
        QVERIFY(store.insertSale(&paying, QStringLiteral("K01")));
    }
    const Run r
        = cli({ QStringLiteral("close"), QStringLiteral("--date"), QStringLiteral("2026-11-21") }, db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("PAYING"));
    QVERIFY(r.err.contains("K01-20261121-0006"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))));
}

void TestCliReport::resolveContract()
{
    // A flagged sale of the seed, and a plain SUCCESS one.
    const QList<SaleRecord> all
        = m_store->history(SaleHistoryFilter { std::nullopt, QString(), std::nullopt, 0 });
    QString flagged;
    QString success;
    for (const SaleRecord &s : all) {
        if (s.flagged && flagged.isEmpty())
            flagged = s.receiptNo;
        if (s.status == SaleStatus::Success && success.isEmpty())
            success = s.receiptNo;
    }
    QVERIFY(!flagged.isEmpty());
    QCOMPARE(cli({ QStringLiteral("resolve"), success, QStringLiteral("--as"), QStringLiteral("FAILED"),
                     QStringLiteral("--note"), QStringLiteral("x") })
                 .exitCode,
        2); // not flagged
    QCOMPARE(cli({ QStringLiteral("resolve"), flagged, QStringLiteral("--as"), QStringLiteral("SUCCESS") })
                 .exitCode,
        2);
    const Run ok
        = cli({ QStringLiteral("resolve"), flagged, QStringLiteral("--as"), QStringLiteral("SUCCESS"),
            QStringLiteral("--price"), QStringLiteral("51500"), QStringLiteral("--note"),
            QStringLiteral("provider confirmed SN by phone"), QStringLiteral("--json") });
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_store->findByReceiptNo(flagged)->balanceUsed, std::optional<Money>(Money::fromRupiah(51500)));
    QCOMPARE(cli({ QStringLiteral("resolve"), flagged, QStringLiteral("--as"), QStringLiteral("FAILED"),
                     QStringLiteral("--note"), QStringLiteral("again") })
                 .exitCode,
        2); // settled now
}

void TestCliReport::depositStatementAndMark()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("gap.sqlite"));
    QString from;
    QString to;
    {
        ReceiptStore store(db);
        QVERIFY(store.open());
        ReportSeed seed;
        QVERIFY(seed.fill(&store, QDate(2026, 11, 22), QDate(2026, 11, 22), 6));
        seed.balance += 500000;
        seed.seed = 99;
        QVERIFY(seed.fill(&store, QDate(2026, 11, 23), QDate(2026, 11, 23), 6));
        const auto f = ReportQuery(QSqlDatabase::database(store.connectionName(), false))
                           .figures(ReportPeriod(QDate(2026, 11, 22), QDate(2026, 11, 23)));
        QCOMPARE(f->deposit.gaps.size(), 1);
        from = f->deposit.gaps.first().fromReceipt;
        to = f->deposit.gaps.first().toReceipt;
    }
    const Run statement
        = cli({ QStringLiteral("deposit"), QStringLiteral("--from"), QStringLiteral("2026-11-22"),
                  QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--json") },
            db);
    QCOMPARE(statement.exitCode, 0);
    const QJsonArray lines = statement.json().value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 12);
    int gaps = 0;
    for (const QJsonValue &v : lines)
        gaps += v.toObject().value(QStringLiteral("gap")).isString() ? 1 : 0;
    QCOMPARE(gaps, 1);
    QCOMPARE(cli({ QStringLiteral("deposit"), QStringLiteral("mark"), from, to }, db).exitCode,
        2); // note required
    QCOMPARE(cli({ QStringLiteral("deposit"), QStringLiteral("mark"), from, to, QStringLiteral("--note"),
                     QStringLiteral("BCA 500rb") },
                 db)
                 .exitCode,
        0);
    const Run report
        = cli({ QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-22"),
                  QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--json") },
            db);
    const QJsonObject gap = report.json()
                                .value(QStringLiteral("deposit"))
                                .toObject()
                                .value(QStringLiteral("gaps"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(gap.value(QStringLiteral("amount")).toString(), QStringLiteral("500000"));
    QCOMPARE(gap.value(QStringLiteral("from_receipt")).toString(), from);
    QCOMPARE(gap.value(QStringLiteral("to_receipt")).toString(), to);
    QCOMPARE(gap.value(QStringLiteral("marked_topup")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
