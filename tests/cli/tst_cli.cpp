#include "SandboxProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// kasir-ewallet-cli as a real process against the real sandbox process.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void inquiryPrintsThePrice();
    void paySucceeds();
    void insufficientBalanceExitsOne();
    void wrongKeyExitsOne();
    void invalidInputExitsTwo_data();
    void invalidInputExitsTwo();
    void environmentErrorsExitFour_data();
    void environmentErrorsExitFour();
    void unknownOutcomeExitsThreeThenRecovers();
    void topupNeedsConfirmation();
    void duplicateNeedsAllowDuplicate();
    void callerReqIdIsIdempotent();
    void historyAndShow();
    void keyNeverStoredOrPrinted();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args, const QString &apiKey = QString(), bool withBaseUrl = true);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_db;
    int m_case = 0;
};

void TestCli::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestCli::init()
{
    QVERIFY(m_sandbox.reset(500000));
    m_db = m_dir.filePath(QStringLiteral("case-%1.sqlite").arg(++m_case));
}

TestCli::Run TestCli::cli(const QStringList &args, const QString &apiKey, bool withBaseUrl)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_BASE_URL"));
    env.insert(QStringLiteral("KASIR_API_KEY"), apiKey.isNull() ? m_sandbox.apiKey() : apiKey);
    if (apiKey == QLatin1String("-"))
        env.remove(QStringLiteral("KASIR_API_KEY"));
    env.insert(QStringLiteral("KASIR_DB"), m_db);
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Sari"));
    process.setProcessEnvironment(env);
    QStringList all;
    if (withBaseUrl)
        all << QStringLiteral("--base-url") << m_sandbox.baseUrl().toString();
    all << args;
    process.start(qEnvironmentVariable("KASIR_CLI_BIN"), all);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::inquiryPrintsThePrice()
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("inquiry"), QStringLiteral("GOPAY"),
        QStringLiteral("+62 812-3456-789"), QStringLiteral("Rp 50.000") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(o.value(QStringLiteral("cust_id")).toString(), QStringLiteral("08123456789"));
    QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("50000"));
    QCOMPARE(o.value(QStringLiteral("unit_price")).toString(), QStringLiteral("51500"));
    QCOMPARE(o.value(QStringLiteral("balance_used")).toString(), QStringLiteral("0"));
    QCOMPARE(o.value(QStringLiteral("balance")).toString(), QStringLiteral("500000"));
    QCOMPARE(m_sandbox.balance(), qint64(500000));

    const Run text = cli({ QStringLiteral("inquiry"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        QStringLiteral("50000") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Rp 51.500"), text.out.constData());
}

void TestCli::paySucceeds()
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("50000") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    const QStringList keys { QStringLiteral("status"), QStringLiteral("req_id"), QStringLiteral("ref_id"),
        QStringLiteral("product_id"), QStringLiteral("cust_id"), QStringLiteral("amount"),
        QStringLiteral("unit_price"), QStringLiteral("balance_used"), QStringLiteral("balance"),
        QStringLiteral("serial_no"), QStringLiteral("rc"), QStringLiteral("description"),
        QStringLiteral("message"), QStringLiteral("receipt_no") };
    for (const QString &key : keys)
        QVERIFY2(o.value(key).isString(), qPrintable(key));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(o.value(QStringLiteral("product_id")).toString(), QStringLiteral("GOPAY"));
    QCOMPARE(o.value(QStringLiteral("unit_price")).toString(), QStringLiteral("51500"));
    QCOMPARE(o.value(QStringLiteral("balance_used")).toString(), QStringLiteral("51500"));
    QCOMPARE(o.value(QStringLiteral("balance")).toString(), QStringLiteral("448500"));
    QCOMPARE(o.value(QStringLiteral("rc")).toString(), QStringLiteral("000"));
    QCOMPARE(o.value(QStringLiteral("message")).toString(),
        QStringLiteral("TOPUP GOPAY 50000 KE 08123456789 SUKSES"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{19}$"))
                .match(o.value(QStringLiteral("ref_id")).toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^GW[0-9]+$"))
                .match(o.value(QStringLiteral("serial_no")).toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^K01-[0-9]{8}-[0-9]{4}$"))
                .match(o.value(QStringLiteral("receipt_no")).toString())
                .hasMatch());
    const QString reqId = o.value(QStringLiteral("req_id")).toString();
    QVERIFY(!reqId.isEmpty() && reqId.size() <= 64);
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
    QCOMPARE(m_sandbox.balance(), qint64(448500));
}

void TestCli::insufficientBalanceExitsOne()
{
    QVERIFY(m_sandbox.reset(10000));
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("50000") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(o.value(QStringLiteral("rc")).toString(), QStringLiteral("008"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("Insufficient Balance"));
    QCOMPARE(o.value(QStringLiteral("balance")).toString(), QStringLiteral("10000"));
    QCOMPARE(m_sandbox.balance(), qint64(10000));
}

void TestCli::wrongKeyExitsOne()
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("OVO"),
                          QStringLiteral("08123456789"), QStringLiteral("20000") },
        QStringLiteral("not-the-key-9876"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));
    QVERIFY(!r.out.contains("not-the-key-9876"));
    QVERIFY(!r.err.contains("not-the-key-9876"));
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestCli::invalidInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("refund") }
                                     << QStringLiteral("Unknown command");
    QTest::newRow("unknown product") << QStringList { QStringLiteral("pay"), QStringLiteral("PULSA"),
        QStringLiteral("08123456789"), QStringLiteral("50000") }
                                     << QStringLiteral("Unknown product");
    QTest::newRow("bad number") << QStringList { QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("0812"), QStringLiteral("50000") }
                                << QStringLiteral("too short");
    QTest::newRow("bad amount") << QStringList { QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("50,5") }
                                << QStringLiteral("no decimals");
    QTest::newRow("amount too small") << QStringList { QStringLiteral("inquiry"), QStringLiteral("DANA"),
        QStringLiteral("08123456789"), QStringLiteral("500") }
                                      << QStringLiteral("minimum");
    QTest::newRow("missing amount") << QStringList { QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789") }
                                    << QStringLiteral("PRODUCT CUST AMOUNT");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--api-key"), QStringLiteral("x"),
        QStringLiteral("pending") } << QStringLiteral("Unknown option");
    QTest::newRow("topup without terminal") << QStringList { QStringLiteral("topup"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("50000") }
                                            << QStringLiteral("--yes");
    QTest::newRow("bad date") << QStringList { QStringLiteral("history"), QStringLiteral("--date"),
        QStringLiteral("25-11-2026") }
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad status") << QStringList { QStringLiteral("history"), QStringLiteral("--status"),
        QStringLiteral("DONE") } << QStringLiteral("--status");
}

void TestCli::invalidInputExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QJsonObject before = m_sandbox.ledger();
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // Nothing was sent.
    QCOMPARE(m_sandbox.ledger(), before);
}

void TestCli::environmentErrorsExitFour_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("withBaseUrl");
    QTest::addColumn<QString>("message");
    const QStringList pay { QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        QStringLiteral("50000") };
    QTest::newRow("no key") << pay << QStringLiteral("-") << true << QStringLiteral("KASIR_API_KEY");
    QTest::newRow("no address") << pay << QString() << false << QStringLiteral("KASIR_BASE_URL");
    QTest::newRow("plain http remote")
        << (QStringList { QStringLiteral("--base-url"), QStringLiteral("http://example.com") } + pay)
        << QString() << false << QStringLiteral("https://");
    QTest::newRow("unwritable db") << (QStringList {
                                           QStringLiteral("--db"), QStringLiteral("/proc/kasir/x.sqlite") }
        + pay) << QString() << true << QStringLiteral("Receipt database");
}

void TestCli::environmentErrorsExitFour()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    QFETCH(bool, withBaseUrl);
    QFETCH(QString, message);
    const Run r = cli(args, key, withBaseUrl);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestCli::unknownOutcomeExitsThreeThenRecovers()
{
    QVERIFY(m_sandbox.injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_after") }, { QStringLiteral("count"), 1 } }));
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("SHOPEEPAY"),
        QStringLiteral("08123456789"), QStringLiteral("100000") });
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    const QString reqId = o.value(QStringLiteral("req_id")).toString();
    const QString receiptNo = o.value(QStringLiteral("receipt_no")).toString();
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
    QCOMPARE(m_sandbox.receivedCount(reqId), 1); // one POST per attempt

    const Run pending = cli({ QStringLiteral("--json"), QStringLiteral("pending") });
    QCOMPARE(pending.exitCode, 0);
    QCOMPARE(pending.json().value(QStringLiteral("count")).toInt(), 1);

    const Run recover = cli({ QStringLiteral("--json"), QStringLiteral("recover") });
    QCOMPARE(recover.exitCode, 0);
    QCOMPARE(recover.json().value(QStringLiteral("unresolved")).toInt(), 0);
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);

    const Run show = cli({ QStringLiteral("--json"), QStringLiteral("show"), receiptNo });
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(show.json().value(QStringLiteral("req_id")).toString(), reqId);
    QVERIFY(!show.json().value(QStringLiteral("serial_no")).toString().isEmpty());
    QCOMPARE(m_sandbox.balance(), qint64(500000 - 101500));
}

void TestCli::topupNeedsConfirmation()
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("topup"), QStringLiteral("DANA"),
        QStringLiteral("0812 3456 789"), QStringLiteral("25.000"), QStringLiteral("--yes"),
        QStringLiteral("--store-fee"), QStringLiteral("2000") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(r.json().value(QStringLiteral("unit_price")).toString(), QStringLiteral("26000"));
    const Run show = cli({ QStringLiteral("--json"), QStringLiteral("show"),
        r.json().value(QStringLiteral("receipt_no")).toString() });
    QCOMPARE(show.json().value(QStringLiteral("inquiry_unit_price")).toString(), QStringLiteral("26000"));
    QCOMPARE(show.json().value(QStringLiteral("selling_price")).toString(), QStringLiteral("28000"));
    QCOMPARE(show.json().value(QStringLiteral("cashier")).toString(), QStringLiteral("Sari"));
}

void TestCli::duplicateNeedsAllowDuplicate()
{
    const QStringList pay { QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("OVO"),
        QStringLiteral("08123456789"), QStringLiteral("20000") };
    QCOMPARE(cli(pay).exitCode, 0);
    const qint64 afterFirst = m_sandbox.balance();
    const Run again = cli(pay);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("--allow-duplicate"), again.err.constData());
    QCOMPARE(m_sandbox.balance(), afterFirst);
    const Run allowed = cli(pay + QStringList { QStringLiteral("--allow-duplicate") });
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(m_sandbox.balance(), afterFirst - 21500);
}

void TestCli::callerReqIdIsIdempotent()
{
    const QStringList pay { QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("LINKAJA"),
        QStringLiteral("08123456789"), QStringLiteral("10000"), QStringLiteral("--req-id"),
        QStringLiteral("SCRIPT-0001") };
    const Run first = cli(pay);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(QStringLiteral("req_id")).toString(), QStringLiteral("SCRIPT-0001"));
    const Run second = cli(pay);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(
        second.json().value(QStringLiteral("receipt_no")), first.json().value(QStringLiteral("receipt_no")));
    QCOMPARE(m_sandbox.chargedCount(QStringLiteral("SCRIPT-0001")), 1);
    QStringList other = pay;
    other[4] = QStringLiteral("20000");
    const Run conflict = cli(other);
    QCOMPARE(conflict.exitCode, 2);
    QCOMPARE(m_sandbox.chargedCount(QStringLiteral("SCRIPT-0001")), 1);
}

void TestCli::historyAndShow()
{
    QCOMPARE(cli({ QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
                     QStringLiteral("10000") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("pay"), QStringLiteral("OVO"), QStringLiteral("081298765432"),
                     QStringLiteral("20000") })
                 .exitCode,
        0);
    QVERIFY(m_sandbox.reset(1000));
    QCOMPARE(cli({ QStringLiteral("pay"), QStringLiteral("DANA"), QStringLiteral("081298765432"),
                     QStringLiteral("30000") })
                 .exitCode,
        1);

    const Run all = cli({ QStringLiteral("--json"), QStringLiteral("history") });
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.json().value(QStringLiteral("count")).toInt(), 3);
    const Run byCust = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--cust"),
        QStringLiteral("+62 812-9876-5432") });
    QCOMPARE(byCust.json().value(QStringLiteral("count")).toInt(), 2);
    const Run failed = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--status"),
        QStringLiteral("failed") });
    QCOMPARE(failed.json().value(QStringLiteral("count")).toInt(), 1);
    const Run today = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--date"),
        QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) });
    QCOMPARE(today.json().value(QStringLiteral("count")).toInt(), 3);
    const Run otherDay = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--date"),
        QStringLiteral("2020-01-01") });
    QCOMPARE(otherDay.json().value(QStringLiteral("count")).toInt(), 0);

    const Run missing = cli({ QStringLiteral("show"), QStringLiteral("K99-20200101-0001") });
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::keyNeverStoredOrPrinted()
{
    const QString key = m_sandbox.apiKey();
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("10000") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(key.toUtf8()));
    QVERIFY(!r.err.contains(key.toUtf8()));
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(m_db + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
