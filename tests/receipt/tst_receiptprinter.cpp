#include "../store/TestClock.h"
#include "QtPageRenderer.h"
#include "ReceiptSamples.h"
#include "printer/EscPosSender.h"
#include "printer/ReceiptPrinter.h"
#include "receipt/EscPosEncoder.h"
#include "receipt/ReceiptLayout.h"
#include "store/ReceiptStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kasir;

// ReceiptPrinter through real parts: a real SQLite journal, real PDF files read back with
// pdftotext, real TCP printers on 127.0.0.1 (one that answers, one that never reads).
class tst_ReceiptPrinter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pdfHasSerialAndTotal();
    void reprintIsMarkedAndLogged();
    void escposToFile();
    void networkPrinterAnswers();
    void networkPrinterNeverReadsTimesOut();
    void offlinePrinterIsNotCounted();
    void unreachablePrinterIsNotCounted();
    void unwritablePdfIsNotCounted();
    void missingDeviceIsAnError();
    void secondPrintWhilePrintingRefused();

private:
    qint64 addSale(SaleStatus status);
    PrintOutcome printAndWait(qint64 id, const PrintDestination &dest, int waitMs = 5000);
    static QString pdfText(const QString &file);

    QTemporaryDir *m_dir = nullptr;
    TestClock m_clock { QDateTime(QDate(2026, 11, 25), QTime(7, 5), Qt::UTC) };
    ReceiptStore *m_store = nullptr;
    ReceiptPrinter *m_printer = nullptr;
    QtPageRenderer m_renderer;
};

void tst_ReceiptPrinter::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_store = new ReceiptStore(m_dir->filePath(QStringLiteral("journal.sqlite")), &m_clock);
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    m_printer = new ReceiptPrinter(m_store, &m_clock);
    ReceiptOptions o = ReceiptSamples::options(32);
    m_printer->setOptions(o);
    m_printer->setPaperMm(58);
    m_printer->setProductNames({ { QStringLiteral("GOPAY"), QStringLiteral("GoPay") } });
    m_printer->setPageRenderer(&m_renderer);
}

void tst_ReceiptPrinter::cleanup()
{
    delete m_printer;
    delete m_store;
    delete m_dir;
}

qint64 tst_ReceiptPrinter::addSale(SaleStatus status)
{
    SaleRecord r = ReceiptSamples::sale(status);
    r.id = 0;
    r.receiptNo.clear();
    r.updatedUtc = r.createdUtc;
    if (!m_store->insertSale(&r, QStringLiteral("K01")))
        return 0;
    return r.id;
}

PrintOutcome tst_ReceiptPrinter::printAndWait(qint64 id, const PrintDestination &dest, int waitMs)
{
    QSignalSpy spy(m_printer, &ReceiptPrinter::finished);
    QString error;
    if (!m_printer->print(id, dest, QStringLiteral("Rina"), &error)) {
        PrintOutcome refused;
        refused.message = error;
        return refused;
    }
    if (!spy.wait(waitMs))
        return PrintOutcome();
    return spy.at(0).at(0).value<PrintOutcome>();
}

QString tst_ReceiptPrinter::pdfText(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void tst_ReceiptPrinter::pdfHasSerialAndTotal()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing: run packaging/install-deps.sh (poppler-utils)");
    const qint64 id = addSale(SaleStatus::Success);
    QVERIFY(id > 0);
    const QString file = m_dir->filePath(QStringLiteral("out/receipt.pdf"));
    const PrintOutcome outcome = printAndWait(id, PrintDestination::pdf(file));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.file, file);
    QCOMPARE(outcome.copyNumber, 0);
    QVERIFY(outcome.recorded);
    const QString text = pdfText(file);
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    // The SN is longer than a 58 mm line: it wraps, and every character is there.
    QVERIFY2(compact.contains(QLatin1String("SNGW7710336920458811223344556677889900")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TOTAL BAYAR")) && text.contains(QLatin1String("Rp 52.500")),
        qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("SALINAN")));
    QCOMPARE(m_store->findById(id)->printedCount, 1);
}

void tst_ReceiptPrinter::reprintIsMarkedAndLogged()
{
    const qint64 id = addSale(SaleStatus::Success);
    const SaleRecord before = *m_store->findById(id);
    const QString folder = m_dir->filePath(QStringLiteral("pdfs")) + QLatin1Char('/');
    QVERIFY(printAndWait(id, PrintDestination::pdf(folder)).ok);
    m_clock.advanceSecs(3600);
    const PrintOutcome second = printAndWait(id, PrintDestination::pdf(folder));
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(second.copyNumber, 1);
    QCOMPARE(second.file, folder + QStringLiteral("K01-20261125-0001-copy1.pdf"));
    const QString text = pdfText(second.file);
    QCOMPARE(text.count(QLatin1String("SALINAN / COPY 1")), 2);
    QVERIFY2(text.simplified().contains(QLatin1String("Dicetak ulang 25-11-2026 15:05:00 oleh Rina")),
        qPrintable(text));
    QVERIFY(!pdfText(folder + QStringLiteral("K01-20261125-0001.pdf")).contains(QLatin1String("SALINAN")));

    const SaleRecord after = *m_store->findById(id);
    QCOMPARE(after.printedCount, 2);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.updatedUtc, before.updatedUtc);
    const QList<ReceiptPrint> log = m_store->prints(id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).copyNumber, 0);
    QCOMPARE(log.at(1).copyNumber, 1);
    QCOMPARE(log.at(1).printedBy, QStringLiteral("Rina"));
    QCOMPARE(log.at(0).printedUtc, QDateTime(QDate(2026, 11, 25), QTime(7, 5), Qt::UTC));
    QCOMPARE(log.at(1).printedUtc, QDateTime(QDate(2026, 11, 25), QTime(8, 5), Qt::UTC));
    QCOMPARE(log.at(1).target, QStringLiteral("pdf:") + folder);
}

void tst_ReceiptPrinter::escposToFile()
{
    const qint64 id = addSale(SaleStatus::Pending);
    const QString file = m_dir->filePath(QStringLiteral("lp0"));
    const PrintOutcome outcome = printAndWait(id, *PrintDestination::escPos(file));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray expected = EscPosEncoder::encode(m_printer->lines(*m_store->findById(id), 0, QString()));
    QCOMPARE(in.readAll(), expected);
    QVERIFY(expected.contains("DALAM PROSES"));
    QCOMPARE(m_store->findById(id)->status, SaleStatus::Pending);
    QCOMPARE(m_store->findById(id)->printedCount, 1);
}

void tst_ReceiptPrinter::networkPrinterAnswers()
{
    const qint64 id = addSale(SaleStatus::Success);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &received] {
            received += s->readAll();
            if (received.endsWith(EscPosEncoder::statusRequest()))
                s->write(QByteArray(1, char(0x12))); // online
        });
    });
    const QByteArray expected = EscPosEncoder::encode(m_printer->lines(*m_store->findById(id), 0, QString()))
        + EscPosEncoder::statusRequest();
    const PrintOutcome outcome = printAndWait(
        id, *PrintDestination::escPos(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(received, expected);
    QCOMPARE(outcome.target, QStringLiteral("escpos:127.0.0.1:%1").arg(server.serverPort()));
    QCOMPARE(m_store->findById(id)->printedCount, 1);
}

void tst_ReceiptPrinter::networkPrinterNeverReadsTimesOut()
{
    QVERIFY(EscPosSender::DefaultTimeoutMs <= 10000);
    QCOMPARE(m_printer->timeoutMs(), int(EscPosSender::DefaultTimeoutMs));
    const qint64 id = addSale(SaleStatus::Success);
    const SaleRecord before = *m_store->findById(id);
    // Accepts the connection and never reads a byte, like a jammed network printer.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&server, &QTcpServer::newConnection, this, [&] { held << server.nextPendingConnection(); });
    m_printer->setTimeoutMs(1500);
    QSignalSpy spy(m_printer, &ReceiptPrinter::finished);
    QVERIFY(m_printer->print(id,
        *PrintDestination::escPos(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())),
        QStringLiteral("Rina")));
    QVERIFY(m_printer->isPrinting(id));
    QVERIFY(spy.wait(10000));
    QCOMPARE(held.size(), 1);
    const PrintOutcome outcome = spy.at(0).at(0).value<PrintOutcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(
        outcome.message.contains(QLatin1String("did not answer within 2 s")), qPrintable(outcome.message));
    QVERIFY(!m_printer->isPrinting(id));
    const SaleRecord after = *m_store->findById(id);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.printedCount, 0); // still "not printed"
    QCOMPARE(after.updatedUtc, before.updatedUtc);
    QVERIFY(m_store->prints(id).isEmpty());
    QCOMPARE(spy.size(), 1);
}

void tst_ReceiptPrinter::offlinePrinterIsNotCounted()
{
    const qint64 id = addSale(SaleStatus::Success);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            if (s->readAll().endsWith(EscPosEncoder::statusRequest()))
                s->write(QByteArray(1, char(0x1a))); // offline
        });
    });
    const PrintOutcome outcome = printAndWait(
        id, *PrintDestination::escPos(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QLatin1String("offline")), qPrintable(outcome.message));
    QCOMPARE(m_store->findById(id)->printedCount, 0);
}

void tst_ReceiptPrinter::unreachablePrinterIsNotCounted()
{
    const qint64 id = addSale(SaleStatus::Failed);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    const PrintOutcome outcome
        = printAndWait(id, *PrintDestination::escPos(QStringLiteral("127.0.0.1:%1").arg(port)));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QLatin1String("cannot be reached")), qPrintable(outcome.message));
    QCOMPARE(m_store->findById(id)->printedCount, 0);
    QCOMPARE(m_store->findById(id)->status, SaleStatus::Failed);
}

void tst_ReceiptPrinter::unwritablePdfIsNotCounted()
{
    const qint64 id = addSale(SaleStatus::Success);
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const PrintOutcome outcome
        = printAndWait(id, PrintDestination::pdf(m_dir->filePath(QStringLiteral("file/x.pdf"))));
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.message.isEmpty());
    QCOMPARE(m_store->findById(id)->printedCount, 0);
    QVERIFY(m_store->prints(id).isEmpty());
}

void tst_ReceiptPrinter::missingDeviceIsAnError()
{
    // An unplugged USB printer: its device file is gone. Nothing may be created in its place.
    const qint64 id = addSale(SaleStatus::Success);
    const QString device
        = QStringLiteral("/dev/kasir-no-such-printer-%1").arg(QCoreApplication::applicationPid());
    const PrintOutcome outcome = printAndWait(id, *PrintDestination::escPos(device));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(device), qPrintable(outcome.message));
    QVERIFY(!QFile::exists(device));
    QCOMPARE(m_store->findById(id)->printedCount, 0);
}

void tst_ReceiptPrinter::secondPrintWhilePrintingRefused()
{
    const qint64 id = addSale(SaleStatus::Success);
    QSignalSpy spy(m_printer, &ReceiptPrinter::finished);
    QVERIFY(m_printer->print(id, PrintDestination::pdf(m_dir->filePath(QStringLiteral("a.pdf"))), QString()));
    QString error;
    QVERIFY(!m_printer->print(
        id, PrintDestination::pdf(m_dir->filePath(QStringLiteral("b.pdf"))), QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(spy.wait(5000));
    QCOMPARE(m_store->findById(id)->printedCount, 1);
    QVERIFY(!m_printer->print(
        999, PrintDestination::pdf(m_dir->filePath(QStringLiteral("c.pdf"))), QString(), &error));
}

QTEST_MAIN(tst_ReceiptPrinter)
#include "tst_receiptprinter.moc"
