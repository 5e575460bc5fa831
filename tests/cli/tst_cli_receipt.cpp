// The CLI's receipt command and the extended history command, run as a process against the real
// sandbox and a real journal.

#include "SandboxProcess.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void textIsAPreviewPdfAndEscPosArePrints();
    void failedSaleReceiptSaysGagal();
    void printerErrorExitsFourAndChangesNothing();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void historyFiltersSearchAndCsv();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args);
    QJsonObject sell(const QString &number, const QString &amount);
    int printedCount(const QString &receiptNo);
    static QString pdfText(const QString &file);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_db;
    int m_case = 0;
};

void TestCliReceipt::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("KASIR_CLI_BIN"), "KASIR_CLI_BIN must name the CLI");
}

void TestCliReceipt::init()
{
    QVERIFY(m_sandbox.reset(500000));
    m_db = m_dir.filePath(QStringLiteral("case-%1.sqlite").arg(++m_case));
}

TestCliReceipt::Run TestCliReceipt::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox.apiKey());
    env.insert(QStringLiteral("KASIR_DB"), m_db);
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Sari"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the tool must manage headless by itself
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("KASIR_CLI_BIN"),
        QStringList { QStringLiteral("--base-url"), m_sandbox.baseUrl().toString() } + args);
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

QJsonObject TestCliReceipt::sell(const QString &number, const QString &amount)
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("GOPAY"), number,
        amount, QStringLiteral("--cash"), QStringLiteral("100000") });
    return r.json();
}

int TestCliReceipt::printedCount(const QString &receiptNo)
{
    return cli({ QStringLiteral("--json"), QStringLiteral("show"), receiptNo })
        .json()
        .value(QStringLiteral("printed"))
        .toInt(-1);
}

QString TestCliReceipt::pdfText(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestCliReceipt::textIsAPreviewPdfAndEscPosArePrints()
{
    const QJsonObject sale = sell(QStringLiteral("08123456789"), QStringLiteral("50000"));
    const QString receiptNo = sale.value(QStringLiteral("receipt_no")).toString();
    const QString reqId = sale.value(QStringLiteral("req_id")).toString();
    const QString serial = sale.value(QStringLiteral("serial_no")).toString();
    QVERIFY(!receiptNo.isEmpty() && !serial.isEmpty());

    // --text: to standard output, not counted.
    const Run text = cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--text") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("BERHASIL"));
    QVERIFY(text.out.contains(serial.toLatin1()));
    QVERIFY(text.out.contains("TOTAL BAYAR"));
    QVERIFY(text.out.contains("Rp 52.500"));
    QVERIFY(text.out.contains("Rp 47.500")); // change from Rp 100.000
    for (const QByteArray &line : text.out.split('\n'))
        QVERIFY(line.size() <= 32);
    QCOMPARE(printedCount(receiptNo), 0);
    const Run wide = cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--text"),
        QStringLiteral("--width"), QStringLiteral("80") });
    QCOMPARE(wide.exitCode, 0);
    QCOMPARE(wide.out.split('\n').first().size() <= 48, true);
    QVERIFY(wide.out.contains(QByteArray(48, '=')));

    // --pdf by req_id: the original.
    const QString pdf = m_dir.filePath(QStringLiteral("r-%1.pdf").arg(m_case));
    const Run first = cli({ QStringLiteral("receipt"), reqId, QStringLiteral("--pdf"), pdf });
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("original"));
    const QString firstText = pdfText(pdf);
    QVERIFY2(
        firstText.contains(serial) && firstText.contains(QStringLiteral("Rp 52.500")), qPrintable(firstText));
    QVERIFY(!firstText.contains(QStringLiteral("SALINAN")));
    QCOMPARE(printedCount(receiptNo), 1);

    // The second print is a copy.
    const Run second = cli(
        { QStringLiteral("--json"), QStringLiteral("receipt"), receiptNo, QStringLiteral("--pdf"), pdf });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(QStringLiteral("copy")).toInt(), 1);
    QCOMPARE(pdfText(pdf).count(QStringLiteral("SALINAN / COPY 1")), 2);

    // ESC/POS to a device file: copy 2.
    const QString device = m_dir.filePath(QStringLiteral("lp-%1").arg(m_case));
    QCOMPARE(cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--escpos"), device }).exitCode, 0);
    QFile bytes(device);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray raw = bytes.readAll();
    QVERIFY(raw.startsWith("\x1b@"));
    QVERIFY(raw.endsWith(QByteArray("\x1dV\x01", 3)));
    QVERIFY(raw.contains("SALINAN / COPY 2"));
    QVERIFY(raw.contains(QByteArray(QByteArray("\x1b"
                                               "E\x01",
                                        3)
        + "TOTAL BAYAR")));
    QCOMPARE(printedCount(receiptNo), 3);

    // The sale itself is as it was, charged once.
    const QJsonObject shown = cli({ QStringLiteral("--json"), QStringLiteral("show"), receiptNo }).json();
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_sandbox.chargedCount(reqId), 1);
}

void TestCliReceipt::failedSaleReceiptSaysGagal()
{
    QVERIFY(m_sandbox.reset(1000)); // too little deposit: FAILED rc 008
    const QJsonObject sale = sell(QStringLiteral("08123456789"), QStringLiteral("50000"));
    QCOMPARE(sale.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    const Run text = cli({ QStringLiteral("receipt"), sale.value(QStringLiteral("receipt_no")).toString(),
        QStringLiteral("--text") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("GAGAL"));
    QVERIFY(text.out.contains("Tidak ada biaya"));
    QVERIFY(!text.out.contains("BERHASIL"));
    QVERIFY(!text.out.contains("TOTAL BAYAR"));
}

void TestCliReceipt::printerErrorExitsFourAndChangesNothing()
{
    const QJsonObject sale = sell(QStringLiteral("08123456789"), QStringLiteral("20000"));
    const QString receiptNo = sale.value(QStringLiteral("receipt_no")).toString();
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const Run r = cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--escpos"),
        QStringLiteral("127.0.0.1:%1").arg(port) });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("not printed") && r.err.contains("unchanged"), r.err.constData());
    QCOMPARE(printedCount(receiptNo), 0);
    const Run pdf = cli({ QStringLiteral("receipt"), receiptNo, QStringLiteral("--pdf"),
        QStringLiteral("/proc/no-such-dir/x.pdf") });
    QCOMPARE(pdf.exitCode, 4);
    QCOMPARE(printedCount(receiptNo), 0);
}

void TestCliReceipt::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown id") << QStringList { QStringLiteral("receipt"),
        QStringLiteral("K09-20200101-0001"), QStringLiteral("--text") };
    QTest::newRow("no output") << QStringList { QStringLiteral("receipt"), QStringLiteral("X") };
    QTest::newRow("two outputs") << QStringList { QStringLiteral("receipt"), QStringLiteral("X"),
        QStringLiteral("--text"), QStringLiteral("--pdf"), QStringLiteral("a.pdf") };
    QTest::newRow("bad width") << QStringList { QStringLiteral("receipt"), QStringLiteral("X"),
        QStringLiteral("--text"), QStringLiteral("--width"), QStringLiteral("70") };
    QTest::newRow("printer without print") << QStringList { QStringLiteral("receipt"), QStringLiteral("X"),
        QStringLiteral("--text"), QStringLiteral("--printer"), QStringLiteral("P") };
    QTest::newRow("bad port") << QStringList { QStringLiteral("receipt"), QStringLiteral("X"),
        QStringLiteral("--escpos"), QStringLiteral("printer.local:99999") };
    QTest::newRow("no id") << QStringList { QStringLiteral("receipt"), QStringLiteral("--text") };
    QTest::newRow("history bad date")
        << QStringList { QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2026-13-01") };
    QTest::newRow("history date and range")
        << QStringList { QStringLiteral("history"), QStringLiteral("--date"), QStringLiteral("2026-11-01"),
               QStringLiteral("--from"), QStringLiteral("2026-11-01") };
    QTest::newRow("history from after to")
        << QStringList { QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
               QStringLiteral("--to"), QStringLiteral("2026-11-01") };
    QTest::newRow("history bad wallet")
        << QStringList { QStringLiteral("history"), QStringLiteral("--wallet"), QStringLiteral("PAYPAL") };
    QTest::newRow("history bad limit")
        << QStringList { QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("0") };
}

void TestCliReceipt::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    sell(QStringLiteral("08123456789"), QStringLiteral("10000")); // a journal to look in
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCliReceipt::historyFiltersSearchAndCsv()
{
    const QJsonObject a = sell(QStringLiteral("08123456789"), QStringLiteral("50000"));
    const QJsonObject b = sell(QStringLiteral("081299991234"), QStringLiteral("20000"));
    const Run ovo = cli({ QStringLiteral("--json"), QStringLiteral("pay"), QStringLiteral("OVO"),
        QStringLiteral("081277778888"), QStringLiteral("10000") });
    QCOMPARE(ovo.exitCode, 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    // --json keeps its shape.
    const QJsonObject all = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                    QStringLiteral("--from"), today, QStringLiteral("--to"), today })
                                .json();
    QCOMPARE(all.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(all.value(QStringLiteral("sales")).toArray().size(), 3);
    QCOMPARE(all.value(QStringLiteral("sales"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("product_id"))
                 .toString(),
        QStringLiteral("OVO")); // newest first

    const QJsonObject gopay = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                      QStringLiteral("--wallet"), QStringLiteral("gopay") })
                                  .json();
    QCOMPARE(gopay.value(QStringLiteral("count")).toInt(), 2);
    const QJsonObject limited = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                        QStringLiteral("--limit"), QStringLiteral("1") })
                                    .json();
    QCOMPARE(limited.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject yesterday
        = cli({ QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--date"),
                  QDate::currentDate().addDays(-1).toString(Qt::ISODate) })
              .json();
    QCOMPARE(yesterday.value(QStringLiteral("count")).toInt(), 0);

    for (const QString &key : { QStringLiteral("serial_no"), QStringLiteral("receipt_no"),
             QStringLiteral("req_id"), QStringLiteral("ref_id") }) {
        const QJsonObject found = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                          QStringLiteral("--search"), b.value(key).toString() })
                                      .json();
        QVERIFY2(!b.value(key).toString().isEmpty(), qPrintable(key));
        QCOMPARE(found.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(found.value(QStringLiteral("sales"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("receipt_no")),
            b.value(QStringLiteral("receipt_no")));
    }
    const QJsonObject byNumber = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                         QStringLiteral("--search"), QStringLiteral("+62 812-3456-789") })
                                     .json();
    QCOMPARE(byNumber.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(byNumber.value(QStringLiteral("sales"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("receipt_no")),
        a.value(QStringLiteral("receipt_no")));

    const QString csv = m_dir.filePath(QStringLiteral("h-%1.csv").arg(m_case));
    const Run written = cli({ QStringLiteral("history"), QStringLiteral("--wallet"), QStringLiteral("GOPAY"),
        QStringLiteral("--csv"), csv });
    QCOMPARE(written.exitCode, 0);
    QVERIFY(written.out.contains("2 sale(s) written"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith(
        "date_time,receipt_no,terminal,cashier,wallet,customer_no,nominal,store_fee,total"));
    QVERIFY(lines.at(1).contains(b.value(QStringLiteral("receipt_no")).toString().toLatin1()));
    QVERIFY(lines.at(1).contains(",20000,"));
    QVERIFY(lines.at(2).contains("\"08123456789\""));
}

QTEST_GUILESS_MAIN(TestCliReceipt)
#include "tst_cli_receipt.moc"
