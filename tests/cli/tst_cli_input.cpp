// kasir-ewallet-cli: bad input exits 2 and leaves nothing on disk; change is never negative.

#include "CliProcess.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void invalidInputCreatesNothing_data();
    void invalidInputCreatesNothing();
    void directPayShortOfCashRecordsWhatIsOwed();
    void cashCoveringThePriceGivesChange();

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_folder; // the journal's folder, not created beforehand
    QString m_db;
    int m_case = 0;
};

void TestCliInput::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestCliInput::init()
{
    QVERIFY(m_sandbox.reset(500000));
    m_folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_case));
    m_db = m_folder + QStringLiteral("/journal.sqlite");
}

void TestCliInput::invalidInputCreatesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList pay { QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        QStringLiteral("50000") };
    const QStringList topup { QStringLiteral("topup"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        QStringLiteral("50000"), QStringLiteral("--yes") };
    QTest::newRow("cash below nominal plus fee") << (pay
        + QStringList { QStringLiteral("--store-fee"), QStringLiteral("1500"), QStringLiteral("--cash"),
            QStringLiteral("51000") }) << QStringLiteral("less than the total to collect (Rp 51.500)");
    // GOPAY 50.000 costs 51.500 at the merchant: with a fee of 1.500 the total is 53.000.
    QTest::newRow("topup cash below the confirmed total") << (topup
        + QStringList { QStringLiteral("--store-fee"), QStringLiteral("1500"), QStringLiteral("--cash"),
            QStringLiteral("52000") }) << QStringLiteral("less than the total to collect (Rp 53.000)");
    QTest::newRow("req-id with a space")
        << (pay + QStringList { QStringLiteral("--req-id"), QStringLiteral("A B") })
        << QStringLiteral("req_id must be 1-64");
    QTest::newRow("req-id with a slash")
        << (pay + QStringList { QStringLiteral("--req-id"), QStringLiteral("a/b") })
        << QStringLiteral("req_id must be 1-64");
    QTest::newRow("req-id too long") << (pay + QStringList { QStringLiteral("--req-id"), QString(65, u'x') })
                                     << QStringLiteral("req_id must be 1-64");
    QTest::newRow("terminal with a space")
        << (pay + QStringList { QStringLiteral("--terminal"), QStringLiteral("K 01") })
        << QStringLiteral("Terminal id");
    QTest::newRow("terminal too long")
        << (pay + QStringList { QStringLiteral("--terminal"), QString(17, u'K') })
        << QStringLiteral("Terminal id");
    QTest::newRow("terminal with a dash")
        << (pay + QStringList { QStringLiteral("--terminal"), QStringLiteral("K-01") })
        << QStringLiteral("Terminal id");
    QTest::newRow("timeout zero") << (QStringList { QStringLiteral("--timeout"), QStringLiteral("0") } + pay)
                                  << QStringLiteral("--timeout");
    QTest::newRow("timeout not a number")
        << (QStringList { QStringLiteral("--timeout"), QStringLiteral("soon") } + pay)
        << QStringLiteral("--timeout");
    QTest::newRow("timeout negative")
        << (QStringList { QStringLiteral("--timeout"), QStringLiteral("-3") } + pay)
        << QStringLiteral("--timeout");
    QTest::newRow("negative amount") << QStringList { QStringLiteral("pay"), QStringLiteral("GOPAY"),
        QStringLiteral("08123456789"), QStringLiteral("-5000") }
                                     << QStringLiteral("the amount must be positive");
    QTest::newRow("negative amount with dots and options after") << QStringList { QStringLiteral("pay"),
        QStringLiteral("GOPAY"), QStringLiteral("08123456789"), QStringLiteral("-5.000"),
        QStringLiteral("--json") } << QStringLiteral("the amount must be positive");
    QTest::newRow("negative amount after --") << QStringList { QStringLiteral("pay"), QStringLiteral("--"),
        QStringLiteral("GOPAY"), QStringLiteral("08123456789"), QStringLiteral("-Rp 5.000") }
                                              << QStringLiteral("the amount must be positive");
    QTest::newRow("negative inquiry amount") << QStringList { QStringLiteral("inquiry"),
        QStringLiteral("OVO"), QStringLiteral("08123456789"), QStringLiteral("-20000") }
                                             << QStringLiteral("the amount must be positive");
    QTest::newRow("option without its value")
        << (pay + QStringList { QStringLiteral("--cash") }) << QStringLiteral("Missing value after '--cash'");
    QTest::newRow("negative cash") << (pay
        + QStringList { QStringLiteral("--cash"), QStringLiteral("-60000") })
                                   << QStringLiteral("--cash");
}

void TestCliInput::invalidInputCreatesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliProcess cli(&m_sandbox, m_db);
    const CliProcess::Run r = cli.run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // Nothing on disk: not the journal, not even its folder.
    QVERIFY2(!QFileInfo::exists(m_db), qPrintable(m_db));
    QVERIFY2(!QFileInfo::exists(m_folder), qPrintable(m_folder));
    // Nothing charged, no payment received.
    QCOMPARE(m_sandbox.ledger().value(QStringLiteral("requests")).toObject().size(), 0);
    QCOMPARE(m_sandbox.balance(), qint64(500000));
}

void TestCliInput::directPayShortOfCashRecordsWhatIsOwed()
{
    // A direct pay knows only the nominal amount: 50.000 + fee 1.500 = 51.500 is covered by the
    // cash, but the answer's price (51.500) makes the total 53.000.
    const CliProcess cli(&m_sandbox, m_db);
    const QStringList pay { QStringLiteral("pay"), QStringLiteral("GOPAY"), QStringLiteral("08123456789"),
        QStringLiteral("50000"), QStringLiteral("--store-fee"), QStringLiteral("1500"),
        QStringLiteral("--cash"), QStringLiteral("51500") };
    const CliProcess::Run r = cli.run(QStringList { QStringLiteral("--json") } + pay);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(
        o.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS")); // the wallet was topped up
    QCOMPARE(o.value(QStringLiteral("change")).toString(), QStringLiteral("0"));
    QCOMPARE(o.value(QStringLiteral("customer_owes")).toString(), QStringLiteral("1500"));

    const CliProcess::Run show = cli.run({ QStringLiteral("--json"), QStringLiteral("show"),
        o.value(QStringLiteral("receipt_no")).toString() });
    QCOMPARE(show.exitCode, 0);
    const QJsonObject stored = show.json();
    QCOMPARE(stored.value(QStringLiteral("selling_price")).toString(), QStringLiteral("53000"));
    QCOMPARE(stored.value(QStringLiteral("cash_received")).toString(), QStringLiteral("51500"));
    QCOMPARE(stored.value(QStringLiteral("change")).toString(), QStringLiteral("0"));
    QCOMPARE(stored.value(QStringLiteral("customer_owes")).toString(), QStringLiteral("1500"));

    // The cashier reads it in words, never as negative change.
    const CliProcess::Run text = cli.run(pay + QStringList { QStringLiteral("--allow-duplicate") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Customer still owes Rp 1.500"), text.out.constData());
    QVERIFY2(!text.out.contains("-Rp"), text.out.constData());
    QCOMPARE(m_sandbox.balance(), qint64(500000 - 2 * 51500));
}

void TestCliInput::cashCoveringThePriceGivesChange()
{
    const CliProcess cli(&m_sandbox, m_db);
    const CliProcess::Run r
        = cli.run({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"),
            QStringLiteral("08123456789"), QStringLiteral("50000"), QStringLiteral("--store-fee"),
            QStringLiteral("1500"), QStringLiteral("--cash"), QStringLiteral("60000") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("change")).toString(), QStringLiteral("7000"));
    QCOMPARE(r.json().value(QStringLiteral("customer_owes")).toString(), QString());
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cli_input.moc"
