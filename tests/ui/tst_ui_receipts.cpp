// Receipts from the window: print from the result screen and from the history page (to PDF, read
// back with pdftotext), reprints marked SALINAN, the printed count and the print log, a printer
// that fails, CSV export. Real widgets offscreen, the real sandbox process, a real journal.

#include "EntryPanel.h"
#include "MainWindow.h"
#include "QtPageRenderer.h"
#include "ResultPanel.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "WalletButton.h"
#include "api/MerchantApiClient.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "history/HistoryDetailDialog.h"
#include "history/HistoryModel.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"
#include "printer/ReceiptPrinter.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include "SandboxProcess.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kasir;
using Step = TopUpPage::Step;

namespace {
constexpr int kNetworkTimeoutMs = 20000;
}

class ReceiptsWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void printFromResultScreenThenReprint();
    void printFromHistoryAndReprintInDetail();
    void failedPrintLeavesSaleNotPrinted();
    void searchFindsAnOldSaleAndExportsCsv();
    void repeatKeyStartsTheSameSale();
    void pendingRowUpdatesLiveAndIsRechecked();
    void autoPrintAfterSuccess();
    void previewIsNotCounted();

private:
    QWidget *keyTarget() const;
    void press(Qt::Key key);
    // forceSend: the deposit is known to be short, so only Ctrl+F12 sends.
    void sell(const QString &number, const QString &amount, bool forceSend = false);
    static QString pdfText(const QString &file);
    static QString compact(QString text);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_pdfDir;
    std::unique_ptr<ReceiptStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MerchantApiClient> m_client;
    std::unique_ptr<SaleService> m_sales;
    QtPageRenderer m_renderer;
    std::unique_ptr<ReceiptPrinter> m_printer;
    std::unique_ptr<ReceiptActions> m_actions;
    std::unique_ptr<MainWindow> m_window;
};

void ReceiptsWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    qApp->setStyleSheet(Theme::styleSheet());
}

void ReceiptsWindowTest::init()
{
    QVERIFY(m_sandbox->reset(500000));
    ++m_counter;
    m_store
        = std::make_unique<ReceiptStore>(m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(m_counter)));
    QVERIFY(m_store->open());
    m_nam = std::make_unique<QNetworkAccessManager>();
    ApiConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    config.apiKey = m_sandbox->apiKey();
    m_client = std::make_unique<MerchantApiClient>(m_nam.get(), config);
    SaleServiceOptions options;
    options.autoRecovery = false;
    m_sales = std::make_unique<SaleService>(m_store.get(), m_client.get(), SystemClock::instance(), options);

    m_printer = std::make_unique<ReceiptPrinter>(m_store.get(), SystemClock::instance());
    ReceiptOptions receipt;
    receipt.storeName = QStringLiteral("Toko Maju");
    receipt.footer = QStringLiteral("Terima kasih");
    m_printer->setOptions(receipt);
    m_printer->setPaperMm(58);
    m_printer->setPageRenderer(&m_renderer);
    m_actions = std::make_unique<ReceiptActions>(m_printer.get(), m_sales.get(), QStringLiteral("Sari"));
    m_pdfDir = m_dir.filePath(QStringLiteral("pdf-%1/").arg(m_counter));
    m_actions->setDestination(PrintDestination::pdf(m_pdfDir));

    CounterConfig counter;
    counter.cashierName = QStringLiteral("Sari");
    counter.defaultStoreFee = Money::fromRupiah(1000);
    const ProductCatalog catalog = ProductCatalog::builtIn();
    m_window = std::make_unique<MainWindow>(m_sales.get(), catalog, counter);
    m_window->addHistory(
        new HistoryPage(m_store.get(), m_sales.get(), m_actions.get(), catalog), m_actions.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->topUpPage()->startNewSale();
    QTRY_VERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
}

void ReceiptsWindowTest::cleanup()
{
    m_window.reset();
    m_actions.reset();
    m_printer.reset();
    m_sales.reset();
    m_client.reset();
    m_nam.reset();
    m_store.reset();
}

QWidget *ReceiptsWindowTest::keyTarget() const
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : m_window.get();
}

void ReceiptsWindowTest::press(Qt::Key key)
{
    QTest::keyClick(keyTarget(), key);
}

void ReceiptsWindowTest::sell(const QString &number, const QString &amount, bool forceSend)
{
    TopUpPage *page = m_window->topUpPage();
    press(Qt::Key_F1);
    QCOMPARE(QApplication::focusWidget(), page->entryPanel()->numberEdit());
    QTest::keyClicks(keyTarget(), number);
    press(Qt::Key_Return);
    QTest::keyClicks(keyTarget(), amount);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Confirm, kNetworkTimeoutMs);
    if (forceSend)
        QTest::keyClick(keyTarget(), Qt::Key_F12, Qt::ControlModifier);
    else
        press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Result, kNetworkTimeoutMs);
}

QString ReceiptsWindowTest::pdfText(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString ReceiptsWindowTest::compact(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

void ReceiptsWindowTest::printFromResultScreenThenReprint()
{
    sell(QStringLiteral("08123456789"), QStringLiteral("50000"));
    ResultPanel *result = m_window->topUpPage()->resultPanel();
    const SaleRecord sale = result->record();
    QCOMPARE(sale.status, SaleStatus::Success);
    auto *button = result->findChild<QPushButton *>(QStringLiteral("printButton"));
    QVERIFY(button->isVisible() && button->isEnabled());

    // F9 on the result screen prints the original.
    press(Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 1, 10000);
    const QString original = m_pdfDir + sale.receiptNo + QStringLiteral(".pdf");
    QVERIFY(QFile::exists(original));
    const QString text = pdfText(original);
    QVERIFY2(compact(text).contains(QStringLiteral("SN") + sale.serialNo), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TOTAL BAYAR")) && text.contains(QStringLiteral("Rp 52.500")),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("SALINAN")));
    auto *note = result->findChild<QLabel *>(QStringLiteral("printNote"));
    QTRY_VERIFY(note->text().contains(sale.receiptNo));

    // The button prints again: a copy, marked at the top and the bottom.
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 2, 10000);
    const QString copy = pdfText(m_pdfDir + sale.receiptNo + QStringLiteral("-copy1.pdf"));
    QCOMPARE(copy.count(QStringLiteral("SALINAN / COPY 1")), 2);
    QTRY_VERIFY(note->text().contains(QStringLiteral("COPY 1")));
    const QList<ReceiptPrint> log = m_store->prints(sale.id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).copyNumber, 0);
    QCOMPARE(log.at(1).copyNumber, 1);
    QCOMPARE(log.at(1).printedBy, QStringLiteral("Sari"));
    // Printing never touched the sale.
    QCOMPARE(m_store->findById(sale.id)->status, SaleStatus::Success);
    QCOMPARE(m_sandbox->chargedCount(sale.reqId), 1);
}

void ReceiptsWindowTest::printFromHistoryAndReprintInDetail()
{
    sell(QStringLiteral("08123456789"), QStringLiteral("20000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();

    // F7: the last sales, the newest selected.
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    HistoryPage *history = m_window->historyPage();
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->selectedSaleId(), sale.id);
    QTRY_COMPARE(QApplication::focusWidget(), history->view());

    // F9 prints the selected sale; the table shows the count.
    press(Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 1, 10000);
    QTRY_COMPARE(history->model()->data(history->model()->index(0, HistoryModel::PrintedColumn)).toString(),
        QStringLiteral("1"));
    QVERIFY(QFile::exists(m_pdfDir + sale.receiptNo + QStringLiteral(".pdf")));

    // Enter opens the sale: its next print is a copy, and F9 there prints it.
    press(Qt::Key_Return);
    HistoryDetailDialog *detail = nullptr;
    QTRY_VERIFY((detail = history->findChild<HistoryDetailDialog *>()) && detail->isVisible());
    QCOMPARE(detail->saleId(), sale.id);
    QVERIFY(detail->receiptText().contains(QStringLiteral("SALINAN / COPY 1")));
    auto *log = detail->findChild<QListWidget *>(QStringLiteral("detailPrintLog"));
    QCOMPARE(log->count(), 1);
    QVERIFY(log->item(0)->text().contains(QStringLiteral("Sari")));
    QTest::keyClick(detail, Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 2, 10000);
    QTRY_COMPARE(log->count(), 2);
    QVERIFY(detail->receiptText().contains(QStringLiteral("SALINAN / COPY 2")));
    const QString copy = pdfText(m_pdfDir + sale.receiptNo + QStringLiteral("-copy1.pdf"));
    QCOMPARE(copy.count(QStringLiteral("SALINAN / COPY 1")), 2);
    QTRY_COMPARE(history->model()->data(history->model()->index(0, HistoryModel::PrintedColumn)).toString(),
        QStringLiteral("2"));
    detail->reject();
}

void ReceiptsWindowTest::failedPrintLeavesSaleNotPrinted()
{
    sell(QStringLiteral("08123456789"), QStringLiteral("50000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    m_actions->setDestination(*PrintDestination::escPos(QStringLiteral("127.0.0.1:%1").arg(port)));
    QSignalSpy finished(m_actions.get(), &ReceiptActions::printFinished);
    press(Qt::Key_F9);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(0).value<PrintOutcome>().ok);
    auto *note = m_window->topUpPage()->resultPanel()->findChild<QLabel *>(QStringLiteral("printNote"));
    QVERIFY2(note->text().contains(QStringLiteral("NOT printed")), qPrintable(note->text()));
    const SaleRecord after = *m_store->findById(sale.id);
    QCOMPARE(after.printedCount, 0);
    QCOMPARE(after.status, SaleStatus::Success);
    QVERIFY(m_store->prints(sale.id).isEmpty());
}

void ReceiptsWindowTest::searchFindsAnOldSaleAndExportsCsv()
{
    sell(QStringLiteral("081298765432"), QStringLiteral("25000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();
    m_window->showHistory();
    HistoryPage *history = m_window->historyPage();
    // Yesterday only: today's sale is not there ...
    auto *from = history->findChild<QDateEdit *>(QStringLiteral("historyFrom"));
    auto *to = history->findChild<QDateEdit *>(QStringLiteral("historyTo"));
    from->setDate(QDate::currentDate().addDays(-1));
    to->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(history->model()->rowCount(), 0);
    // ... but the search box looks through all dates, by SN as by number.
    QTest::keyClicks(history->searchEdit(), sale.serialNo);
    QTest::keyClick(history->searchEdit(), Qt::Key_Return);
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->record(0).id, sale.id);
    history->searchEdit()->clear();
    QTest::keyClicks(history->searchEdit(), QStringLiteral("+62 812-9876-5432"));
    QTest::keyClick(history->searchEdit(), Qt::Key_Return);
    QCOMPARE(history->model()->rowCount(), 1);

    const QString csv = m_dir.filePath(QStringLiteral("export-%1.csv").arg(m_counter));
    QSignalSpy done(history, &HistoryPage::csvExportFinished);
    history->exportCsv(csv);
    QVERIFY(done.wait(10000));
    QVERIFY(done.at(0).at(0).toBool());
    QCOMPARE(done.at(0).at(1).toLongLong(), 1);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("date_time,receipt_no")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\"%1\"").arg(sale.receiptNo)));
    QVERIFY(lines.at(1).contains(QStringLiteral(",25000,1000,")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\"SUCCESS\",\"yes\"")));
}

void ReceiptsWindowTest::repeatKeyStartsTheSameSale()
{
    sell(QStringLiteral("081311112222"), QStringLiteral("25000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    HistoryPage *history = m_window->historyPage();
    QTRY_COMPARE(QApplication::focusWidget(), history->view());
    QCOMPARE(history->selectedSaleId(), sale.id);
    press(Qt::Key_F8);
    TopUpPage *page = m_window->topUpPage();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->step(), Step::Entry);
    QCOMPARE(page->entryPanel()->selectedProduct()->code, QStringLiteral("GOPAY"));
    QCOMPARE(page->entryPanel()->numberEdit()->text(), QStringLiteral("081311112222"));
    QCOMPARE(QApplication::focusWidget(), page->entryPanel()->amountEdit());
    // Enter asks the price again, as for any sale.
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Confirm, kNetworkTimeoutMs);
}

void ReceiptsWindowTest::pendingRowUpdatesLiveAndIsRechecked()
{
    // The server charges, then drops the connection: PENDING.
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_after") }, { QStringLiteral("count"), 1 } }));
    sell(QStringLiteral("08123456789"), QStringLiteral("50000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();
    QVERIFY(sale.isUnresolved());
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    HistoryPage *history = m_window->historyPage();
    QTRY_COMPARE(QApplication::focusWidget(), history->view());
    QCOMPARE(history->model()->record(0).id, sale.id);
    QVERIFY(history->model()->record(0).isUnresolved());
    QVERIFY(history->model()
                ->data(history->model()->index(0, HistoryModel::TotalColumn))
                .toString()
                .contains(QStringLiteral("52.500")));

    // Its receipt can be printed as it is: DALAM PROSES, never BERHASIL.
    press(Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 1, 10000);
    const QString pending = pdfText(m_pdfDir + sale.receiptNo + QStringLiteral(".pdf"));
    QVERIFY2(pending.contains(QStringLiteral("DALAM PROSES")), qPrintable(pending));
    QVERIFY(!pending.contains(QStringLiteral("BERHASIL")));

    // F5 checks it again; the row turns SUCCESS by itself, and the count stays.
    QSignalSpy recovered(m_sales.get(), &SaleService::recoveryFinished);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(recovered.count() >= 1, kNetworkTimeoutMs);
    QTRY_COMPARE(history->model()->record(0).status, SaleStatus::Success);
    QCOMPARE(history->model()->record(0).printedCount, 1);
    QCOMPARE(m_sandbox->chargedCount(sale.reqId), 1);
    // The next print is a copy, and now it says BERHASIL with the SN.
    press(Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 2, 10000);
    const QString copy = pdfText(m_pdfDir + sale.receiptNo + QStringLiteral("-copy1.pdf"));
    QVERIFY(copy.contains(QStringLiteral("BERHASIL")));
    QVERIFY(copy.contains(QStringLiteral("SALINAN / COPY 1")));
    QVERIFY(compact(copy).contains(m_store->findById(sale.id)->serialNo));
}

void ReceiptsWindowTest::autoPrintAfterSuccess()
{
    m_actions->setAutoPrint(true);
    sell(QStringLiteral("08123456789"), QStringLiteral("10000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->findById(sale.id)->printedCount, 1, 10000);
    QVERIFY(QFile::exists(m_pdfDir + sale.receiptNo + QStringLiteral(".pdf")));
    // A failed sale is not printed by itself.
    QTest::qWait(ResultPanel::DismissGuardMs + 50);
    press(Qt::Key_Escape);
    QVERIFY(m_sandbox->reset(100));
    sell(QStringLiteral("08129876543"), QStringLiteral("20000"), true);
    const SaleRecord failed = m_window->topUpPage()->resultPanel()->record();
    QCOMPARE(failed.status, SaleStatus::Failed);
    // A print starts inside saleFinished(): neither started nor finished means none was made.
    QVERIFY(!m_actions->isPrinting(failed.id));
    QCOMPARE(m_store->findById(failed.id)->printedCount, 0);
}

void ReceiptsWindowTest::previewIsNotCounted()
{
    sell(QStringLiteral("08123456789"), QStringLiteral("10000"));
    const SaleRecord sale = m_window->topUpPage()->resultPanel()->record();
    m_window->showHistory();
    HistoryPage *history = m_window->historyPage();
    history->openDetail(sale.id);
    HistoryDetailDialog *detail = nullptr;
    QTRY_VERIFY((detail = history->findChild<HistoryDetailDialog *>()) && detail->isVisible());
    QVERIFY(detail->receiptText().contains(QStringLiteral("BERHASIL")));
    QVERIFY(!detail->receiptText().contains(QStringLiteral("SALINAN")));
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("detailPreview")), Qt::LeftButton);
    QDialog *preview = nullptr;
    QTRY_VERIFY(
        (preview = detail->findChild<QDialog *>(QStringLiteral("receiptPreview"))) && preview->isVisible());
    preview->reject();
    QCOMPARE(m_store->findById(sale.id)->printedCount, 0);
    detail->reject();
}

QTEST_MAIN(ReceiptsWindowTest)
#include "tst_ui_receipts.moc"
