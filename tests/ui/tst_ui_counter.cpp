// The counter as polished after a cashier's trial (real widgets offscreen, the real sandbox
// process, a real SQLite journal): Indonesian core errors, plain words for network trouble,
// digits typed before the wallet, the repeat customer in the number's digits + 2 keys, no
// resend while an earlier sale is unresolved, the notice when a sale resolves, one pending
// count, the demo banner's reason, and a status bar that fits 1024x768.

#include "ConfirmPanel.h"
#include "DuplicatePrompt.h"
#include "ElidingLabel.h"
#include "EntryPanel.h"
#include "MainWindow.h"
#include "PendingSalesPanel.h"
#include "ResolveNotice.h"
#include "ResultPanel.h"
#include "SaleStatusBar.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "WalletButton.h"
#include "WalletPicker.h"
#include "api/MerchantApiClient.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include "SandboxProcess.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Kasir;
using Step = TopUpPage::Step;

namespace {
constexpr int kNetworkTimeoutMs = 20000;
constexpr qint64 kStartBalance = 500000;

// Counts the keys a cashier presses: a key press arrives at the focus widget first and, when
// ignored there, travels up to its parents; only the first arrival is a press of a key.
class KeyCounter : public QObject
{
public:
    int presses = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && watched == QApplication::focusWidget())
            ++presses;
        return false;
    }
};
} // namespace

class CounterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void indonesianCoreErrorsInTheWindow();
    void inquiryNetworkTroubleInPlainWords();
    void digitsTypedBeforeTheWalletAreKept();
    void repeatCustomerInDigitsPlusTwoKeys();
    void repeatGoesThroughTheDuplicateGuard();
    void repeatWithoutHistorySaysSo();
    void unresolvedEarlierSaleOffersNoResend();
    void duplicatePromptTimeWording();
    void noticeWhenAPendingSaleResolves();
    void noSoundWhenTurnedOff();
    void pendingCountsAgreeDuringAPayment();
    void demoBannerSaysWhy();
    void statusBarFitsAt1024();

private:
    void makePage(bool sound = true);
    void makeService(const QUrl &baseUrl);
    QWidget *keyTarget() const;
    void press(Qt::Key key);
    void typeText(const QString &text);
    QLabel *label(const char *name) const;
    SaleRecord insertEarlierSale(
        const QString &product, const QString &cust, qint64 amount, SaleStatus status, qint64 secondsAgo);
    void runToConfirm(Qt::Key fkey, const QString &number, const QString &amount);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    ProductCatalog m_catalog;

    std::unique_ptr<ReceiptStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MerchantApiClient> m_client;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<TopUpPage> m_page;
    std::unique_ptr<MainWindow> m_window;
};

void CounterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = ProductCatalog::builtIn();
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    qApp->setStyleSheet(Theme::styleSheet());
}

void CounterTest::cleanupTestCase()
{
    m_sandbox.reset();
}

void CounterTest::init()
{
    QVERIFY(m_sandbox->reset(kStartBalance));
    QVERIFY(m_sandbox->clearFaults());
    DuplicatePrompt::clearNextAnswer();
    m_store = std::make_unique<ReceiptStore>(
        m_dir.filePath(QStringLiteral("c-%1.sqlite").arg(++m_dbCounter)), SystemClock::instance());
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    makeService(m_sandbox->baseUrl());
}

void CounterTest::makeService(const QUrl &baseUrl)
{
    m_page.reset();
    m_window.reset();
    m_sales.reset();
    m_client.reset();
    m_nam = std::make_unique<QNetworkAccessManager>();
    ApiConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = m_sandbox->apiKey();
    config.timeoutMs = 10000;
    m_client = std::make_unique<MerchantApiClient>(m_nam.get(), config);
    SaleServiceOptions options;
    options.autoRecovery = false; // the test decides when recovery runs
    m_sales = std::make_unique<SaleService>(m_store.get(), m_client.get(), SystemClock::instance(), options);
}

void CounterTest::cleanup()
{
    m_window.reset();
    m_page.reset();
    m_sales.reset();
    m_client.reset();
    m_nam.reset();
    m_store.reset();
}

void CounterTest::makePage(bool sound)
{
    CounterConfig counter;
    counter.cashierName = QStringLiteral("Tester");
    counter.defaultStoreFee = Money::fromRupiah(1000);
    counter.resolveSound = sound;
    m_page = std::make_unique<TopUpPage>(m_sales.get(), m_catalog, counter);
    m_page->resize(1024, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->startNewSale();
    QTRY_VERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
}

QWidget *CounterTest::keyTarget() const
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : m_page.get();
}

void CounterTest::press(Qt::Key key)
{
    QTest::keyClick(keyTarget(), key);
}

// As a keyboard does: each key goes to the widget that has the focus at that moment.
void CounterTest::typeText(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(keyTarget(), c.toLatin1());
}

QLabel *CounterTest::label(const char *name) const
{
    QWidget *root = m_window ? static_cast<QWidget *>(m_window.get()) : m_page.get();
    return root->findChild<QLabel *>(QString::fromLatin1(name));
}

SaleRecord CounterTest::insertEarlierSale(
    const QString &product, const QString &cust, qint64 amount, SaleStatus status, qint64 secondsAgo)
{
    SaleRecord r;
    r.reqId = QStringLiteral("earlier-%1-%2").arg(cust).arg(secondsAgo);
    r.productId = product;
    r.custId = cust;
    r.amount = Money::fromRupiah(amount);
    r.sellingPrice = Money::fromRupiah(amount + 2500);
    r.storeFee = Money::fromRupiah(1000);
    r.status = status;
    r.createdUtc = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    r.updatedUtc = r.createdUtc;
    if (!m_store->insertSale(&r, QStringLiteral("K01")))
        qWarning("insertSale: %s", qPrintable(m_store->lastError()));
    return r;
}

void CounterTest::runToConfirm(Qt::Key fkey, const QString &number, const QString &amount)
{
    press(fkey);
    QTest::keyClicks(keyTarget(), number);
    press(Qt::Key_Return);
    QTest::keyClicks(keyTarget(), amount);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
}

// Item 1: what the window shows for a bad number or amount comes from the core, in Indonesian.
void CounterTest::indonesianCoreErrorsInTheWindow()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kasir_id")));
    QVERIFY(QApplication::installTranslator(&translator));
    makePage();
    press(Qt::Key_F1);
    QTest::keyClicks(keyTarget(), QStringLiteral("0215551234"));
    press(Qt::Key_Return);
    QCOMPARE(label("numberStatus")->text(), QStringLiteral("Nomor HP Indonesia diawali 08, 62 atau +62."));
    m_page->entryPanel()->numberEdit()->clear();
    QTest::keyClicks(keyTarget(), QStringLiteral("08123456789"));
    press(Qt::Key_Return);
    QTest::keyClicks(keyTarget(), QStringLiteral("500"));
    press(Qt::Key_Return);
    QCOMPARE(label("amountStatus")->text(), QStringLiteral("Top-up minimal Rp 1.000."));
    m_page->entryPanel()->amountEdit()->clear();
    QTest::keyClicks(keyTarget(), QStringLiteral("50,5"));
    press(Qt::Key_Return);
    QCOMPARE(label("amountStatus")->text(),
        QStringLiteral("Nominal dalam rupiah bulat: tanpa desimal atau koma (tulis 50.000)."));
    m_page.reset();
    QApplication::removeTranslator(&translator);
}

// Item 2: a price check that cannot reach the server says so plainly; the raw text is a detail.
void CounterTest::inquiryNetworkTroubleInPlainWords()
{
    QTcpServer closed; // a port that was free a moment ago: connection refused
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    makeService(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kasir_id")));
    QVERIFY(QApplication::installTranslator(&translator));
    makePage();
    press(Qt::Key_F2);
    QTest::keyClicks(keyTarget(), QStringLiteral("08123456789"));
    press(Qt::Key_Return);
    QTest::keyClicks(keyTarget(), QStringLiteral("50000"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Entry, kNetworkTimeoutMs);
    QTRY_VERIFY(label("inquiryStatus")->isVisible());
    const QString headline = label("inquiryStatus")->text();
    const QString details = label("inquiryDetails")->text();
    QCOMPARE(headline,
        QStringLiteral("Cek harga gagal, tidak ada saldo terpotong. Periksa koneksi, lalu Enter untuk "
                       "coba lagi."));
    QVERIFY2(!headline.contains(QStringLiteral("belum diketahui")), qPrintable(headline));
    QVERIFY(label("inquiryDetails")->isVisible());
    QVERIFY2(details.startsWith(QStringLiteral("Rincian: ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("HTTP")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("belum diketahui")), qPrintable(details));
    QVERIFY(!headline.contains(QStringLiteral("..")));
    QVERIFY(!details.contains(QStringLiteral("..")));
    QCOMPARE(QApplication::focusWidget(), m_page->entryPanel()->amountEdit());
    m_page.reset();
    QApplication::removeTranslator(&translator);
}

// Item 8: digits typed while the wallet buttons have the focus land in the number field.
void CounterTest::digitsTypedBeforeTheWalletAreKept()
{
    makePage();
    QVERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
    QTest::keyClicks(keyTarget(), QStringLiteral("08123456789"));
    EntryPanel *entry = m_page->entryPanel();
    QCOMPARE(entry->numberEdit()->text(), QStringLiteral("08123456789"));
    QCOMPARE(QApplication::focusWidget(), entry->numberEdit());
    QVERIFY(!entry->selectedProduct());
    // Enter asks for the wallet before anything else; choosing it goes on to the amount.
    press(Qt::Key_Return);
    QCOMPARE(label("walletStatus")->property("role").toString(), QStringLiteral("error"));
    QVERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
    press(Qt::Key_F4);
    QCOMPARE(entry->selectedProduct()->code, QStringLiteral("SHOPEEPAY"));
    QCOMPARE(QApplication::focusWidget(), entry->amountEdit());
    QCOMPARE(entry->numberEdit()->text(), QStringLiteral("08123456789"));
    QTest::keyClicks(keyTarget(), QStringLiteral("20000"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
    QCOMPARE(label("confirmWallet")->text(), QStringLiteral("ShopeePay"));
    QCOMPARE(label("confirmNumber")->text(), QStringLiteral("08123456789"));
}

// The repeat customer: the number's 11 digits, F8, Enter.
void CounterTest::repeatCustomerInDigitsPlusTwoKeys()
{
    // Three days ago (outside the duplicate guard's window) DANA Rp 25.000, and before that OVO.
    insertEarlierSale(
        QStringLiteral("OVO"), QStringLiteral("08123456789"), 100000, SaleStatus::Success, 9 * 86400);
    const SaleRecord earlier = insertEarlierSale(
        QStringLiteral("DANA"), QStringLiteral("08123456789"), 25000, SaleStatus::Success, 3 * 86400);
    makePage();
    KeyCounter keys;
    qApp->installEventFilter(&keys);
    QSignalSpy started(m_page.get(), &TopUpPage::paymentStarted);

    const QString number = QStringLiteral("08123456789");
    typeText(number);
    EntryPanel *entry = m_page->entryPanel();
    // The last sale shows under the number, and its wallet is chosen; the digits stay as typed.
    QLabel *last = label("lastSaleLabel");
    QVERIFY(last->isVisible());
    QVERIFY2(last->text().contains(QStringLiteral("DANA")), qPrintable(last->text()));
    QVERIFY(last->text().contains(QStringLiteral("Rp 25.000")));
    QVERIFY(last->text().contains(QStringLiteral("SUCCESS")));
    QVERIFY(last->text().contains(QStringLiteral("F8")));
    QCOMPARE(entry->selectedProduct()->code, QStringLiteral("DANA"));
    QCOMPARE(entry->numberEdit()->text(), number);
    QCOMPARE(entry->lastSale()->reqId, earlier.reqId);

    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
    QCOMPARE(label("confirmWallet")->text(), QStringLiteral("DANA"));
    QCOMPARE(label("confirmAmount")->text(), QStringLiteral("Rp 25.000"));
    press(Qt::Key_Return);
    QCOMPARE(started.count(), 1);
    qApp->removeEventFilter(&keys);
    QCOMPARE(keys.presses, number.size() + 2);

    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    const SaleRecord sold = m_page->resultPanel()->record();
    QCOMPARE(sold.status, SaleStatus::Success);
    QCOMPARE(sold.productId, QStringLiteral("DANA"));
    QCOMPARE(sold.custId, number);
    QCOMPARE(sold.amount, Money::fromRupiah(25000));
    QCOMPARE(m_sandbox->chargedCount(sold.reqId), 1);
}

// A repeat inside the duplicate window meets the same guard as any sale.
void CounterTest::repeatGoesThroughTheDuplicateGuard()
{
    insertEarlierSale(
        QStringLiteral("GOPAY"), QStringLiteral("08561234567"), 50000, SaleStatus::Success, 120);
    makePage();
    QTest::keyClicks(keyTarget(), QStringLiteral("08561234567"));
    QCOMPARE(m_page->entryPanel()->selectedProduct()->code, QStringLiteral("GOPAY"));
    press(Qt::Key_F8);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
    const int asked = DuplicatePrompt::askCount();
    DuplicatePrompt::setNextAnswer(false);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_page->step(), Step::Confirm);
    QCOMPARE(DuplicatePrompt::askCount(), asked + 1);
    QCOMPARE(m_sales->inFlightCount(), 0);
    QVERIFY(m_sandbox->ledger().value(QStringLiteral("requests")).toObject().isEmpty());
}

void CounterTest::repeatWithoutHistorySaysSo()
{
    makePage();
    QTest::keyClicks(keyTarget(), QStringLiteral("08991234567"));
    QVERIFY(label("lastSaleLabel")->text().contains(QStringLiteral("no earlier sale")));
    QVERIFY(!m_page->entryPanel()->selectedProduct());
    QSignalSpy inquiries(m_page.get(), &TopUpPage::inquiryStarted);
    press(Qt::Key_F8);
    QCOMPARE(inquiries.count(), 0); // emitted synchronously: the count is final
    QCOMPARE(label("lastSaleLabel")->property("role").toString(), QStringLiteral("error"));
    QCOMPARE(m_page->step(), Step::Entry);
}

// Item 4: the same sale while the first is still PENDING: no way to send it again.
void CounterTest::unresolvedEarlierSaleOffersNoResend()
{
    makePage();
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("pending") }, { QStringLiteral("checks"), 50 } }));
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    const SaleRecord first = m_page->resultPanel()->record();
    QCOMPARE(first.status, SaleStatus::Pending);
    QTRY_VERIFY(m_page->resultPanel()->canDismiss());
    press(Qt::Key_Escape);

    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    press(Qt::Key_Return);
    DuplicatePrompt *prompt = nullptr;
    QTRY_VERIFY((prompt = m_page->window()->findChild<DuplicatePrompt *>()) != nullptr);
    QTRY_VERIFY(prompt->isVisible());
    QVERIFY(!prompt->findChild<QPushButton *>(QStringLiteral("duplicateYes")));
    auto *checkNow = prompt->findChild<QPushButton *>(QStringLiteral("duplicateCheckNow"));
    auto *close = prompt->findChild<QPushButton *>(QStringLiteral("duplicateClose"));
    QVERIFY(checkNow && close);
    QCOMPARE(prompt->defaultButton(), close);
    QVERIFY(prompt->informativeText().contains(first.receiptNo));
    QVERIFY(prompt->informativeText().contains(QStringLiteral("CHECKING")));
    QVERIFY(prompt->informativeText().contains(QStringLiteral("just now")));
    QPointer<DuplicatePrompt> promptAlive(prompt);

    // "Check now" re-asks about the first sale (same req_id), sends no new sale.
    QTest::mouseClick(checkNow, Qt::LeftButton);
    QTRY_COMPARE(m_page->step(), Step::Confirm);
    QTRY_VERIFY(!promptAlive); // closed and gone
    QApplication::setActiveWindow(m_page.get()); // as the window manager does when the dialog closes
    QTRY_COMPARE(QApplication::focusWidget(), m_page->confirmPanel()->cashEdit());
    QVERIFY(label("confirmNote")->text().contains(QStringLiteral("being checked now")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->receivedCount(first.reqId), 2, kNetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_sales->inFlightCount(), 0, kNetworkTimeoutMs);
    QCOMPARE(m_sandbox->ledger().value(QStringLiteral("requests")).toObject().size(), 1);

    // Even an answer of "send again" (only a SUCCESS sale's prompt offers it) sends nothing.
    DuplicatePrompt::setNextAnswer(DuplicatePrompt::Answer::SendAgain);
    QSignalSpy started(m_page.get(), &TopUpPage::paymentStarted);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_page->step(), Step::Confirm);
    QCOMPARE(started.count(), 0);
    QVERIFY2(label("confirmNote")->text().contains(QStringLiteral("still being checked")),
        qPrintable(label("confirmNote")->text()));
    QCOMPARE(m_store->history(SaleHistoryFilter()).size(), 1);
    QCOMPARE(m_sandbox->chargedCount(first.reqId), 1);
}

void CounterTest::duplicatePromptTimeWording()
{
    QCOMPARE(DuplicatePrompt::ageText(20), QStringLiteral("just now"));
    QCOMPARE(DuplicatePrompt::ageText(6 * 60 + 5), QStringLiteral("6 min ago"));
    QCOMPARE(DuplicatePrompt::ageText(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min ago"));
    QCOMPARE(DuplicatePrompt::ageText(3 * 86400), QStringLiteral("3 days ago"));

    SaleRecord earlier;
    earlier.receiptNo = QStringLiteral("K01-20261126-0001");
    earlier.custId = QStringLiteral("08123456789");
    earlier.amount = Money::fromRupiah(50000);
    earlier.status = SaleStatus::Success;
    earlier.createdUtc = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);
    DuplicatePrompt prompt(earlier, QStringLiteral("GoPay"), earlier.createdUtc.addSecs(6 * 60));
    QVERIFY2(prompt.text().contains(QStringLiteral("6 min ago")), qPrintable(prompt.text()));
    QVERIFY(!prompt.text().contains(QStringLiteral("just now")));
    QVERIFY(prompt.informativeText().contains(QStringLiteral("(6 min ago)")));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kasir_id")));
    QVERIFY(QApplication::installTranslator(&translator));
    QCOMPARE(DuplicatePrompt::ageText(6 * 60), QStringLiteral("6 menit lalu"));
    QCOMPARE(DuplicatePrompt::ageText(10), QStringLiteral("baru saja"));
    QApplication::removeTranslator(&translator);
}

// Item 5: a pending sale that resolves is announced by name and outcome, with a sound.
void CounterTest::noticeWhenAPendingSaleResolves()
{
    makePage(true);
    ResolveNotice *notice = m_page->resolveNotice();
    QVERIFY(!notice->isVisible());
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_after") }, { QStringLiteral("count"), 1 } }));
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    const SaleRecord pending = m_page->resultPanel()->record();
    QVERIFY(pending.isUnresolved());
    QVERIFY(!notice->isVisible()); // the answer itself is no resolution
    QTRY_VERIFY(m_page->resultPanel()->canDismiss());
    press(Qt::Key_Escape); // the cashier goes on with the next customer

    QSignalSpy resolved(notice, &ResolveNotice::saleResolved);
    m_sales->recoverNow();
    QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, kNetworkTimeoutMs);
    QVERIFY(notice->isVisible());
    const std::optional<SaleRecord> row = m_store->findByReqId(pending.reqId);
    QVERIFY(row);
    QCOMPARE(row->status, SaleStatus::Success);
    QVERIFY2(notice->text().contains(row->receiptNo), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("SUCCESS")));
    QVERIFY(notice->text().contains(row->serialNo));
    QVERIFY(notice->text().contains(QStringLiteral("Rp 50.000")));
    QCOMPARE(notice->soundsPlayed(), 1);
    QCOMPARE(m_page->step(), Step::Entry); // the notice did not take the sale's keyboard
    QVERIFY(m_page->entryPanel()->isAncestorOf(QApplication::focusWidget()));

    // Closed with its button.
    QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("resolveNoticeClose")), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
}

void CounterTest::noSoundWhenTurnedOff()
{
    // A sale left PENDING in the journal (say, before a restart) resolves: notice, no sound.
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("pending") }, { QStringLiteral("checks"), 1 } }));
    SaleDraft draft;
    draft.productId = QStringLiteral("OVO");
    draft.custId = QStringLiteral("08129876543");
    draft.amount = Money::fromRupiah(20000);
    draft.inquiryUnitPrice = Money::fromRupiah(21500);
    const StartPaymentResult started = m_sales->startPayment(draft);
    QVERIFY(started.ok);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_store->findByReqId(started.record.reqId)->status, SaleStatus::Pending, kNetworkTimeoutMs);
    makePage(false);
    ResolveNotice *notice = m_page->resolveNotice();
    m_sales->recoverNow();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kNetworkTimeoutMs);
    QVERIFY(notice->text().contains(started.record.receiptNo));
    QCOMPARE(notice->soundsPlayed(), 0);
}

// Item 5: the status bar's count and the list's count are the same number, also mid-payment.
void CounterTest::pendingCountsAgreeDuringAPayment()
{
    CounterConfig config;
    config.demo = true;
    m_window = std::make_unique<MainWindow>(m_sales.get(), m_catalog, config);
    m_window->resize(1024, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page.reset();
    TopUpPage *page = m_window->topUpPage();
    QLabel *bar = label("pendingCountLabel");
    QLabel *list = label("pendingTitle");
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
        { QStringLiteral("delay_ms"), 1500 },
        { QStringLiteral("endpoint"), QStringLiteral("transaction") } }));
    QTRY_VERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("08123456789"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Confirm, kNetworkTimeoutMs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(page->step(), Step::Paying);
    QCOMPARE(m_sales->unresolvedCount(), 1); // the PAYING row is in the journal...
    QCOMPARE(bar->text(), QStringLiteral("Being checked: 0")); // ...and on screen, not in the list
    QCOMPARE(list->text(), bar->text());
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Result, kNetworkTimeoutMs);
    QCOMPARE(list->text(), bar->text());

    // A sale that ends PENDING is counted by both.
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("pending") }, { QStringLiteral("checks"), 5 } }));
    QTRY_VERIFY(page->resultPanel()->canDismiss());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("08123456780"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Confirm, kNetworkTimeoutMs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->step(), Step::Result, kNetworkTimeoutMs);
    QCOMPARE(bar->text(), QStringLiteral("Being checked: 1"));
    QCOMPARE(list->text(), bar->text());
}

// Item 7: the banner says why the window is in demo mode and how to go live.
void CounterTest::demoBannerSaysWhy()
{
    CounterConfig config;
    config.demo = true;
    config.demoAsked = false;
    m_window = std::make_unique<MainWindow>(m_sales.get(), m_catalog, config);
    QVERIFY(m_window->demoReason());
    QVERIFY(m_window->demoReason()->text().contains(QStringLiteral("no API key")));
    QVERIFY(m_window->demoReason()->text().contains(QStringLiteral("KASIR_API_KEY")));
    m_window.reset();
    config.demoAsked = true;
    m_window = std::make_unique<MainWindow>(m_sales.get(), m_catalog, config);
    QVERIFY(m_window->demoReason()->text().contains(QStringLiteral("--demo")));
    m_window.reset();
    config.demo = false;
    m_window = std::make_unique<MainWindow>(m_sales.get(), m_catalog, config);
    QVERIFY(!m_window->demoReason());
}

// Item 6: at 1024x768, with the low-deposit badge and Indonesian texts, every part of the
// status bar stays inside the window, and a text that does not fit ends in "…".
void CounterTest::statusBarFitsAt1024()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kasir_id")));
    QVERIFY(QApplication::installTranslator(&translator));
    CounterConfig config;
    config.demo = true;
    config.cashierName = QStringLiteral("Sari Wulandari Kusumaningrum");
    config.lowBalanceThreshold = Money::fromRupiah(1000000);
    m_window = std::make_unique<MainWindow>(m_sales.get(), m_catalog, config);
    m_window->resize(1024, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SaleStatusBar *bar = m_window->saleStatusBar();
    bar->setBalance(Money::fromRupiah(448500));
    bar->setConnection(false, QStringLiteral("Connection refused"));
    bar->setPendingCount(3);
    QVERIFY(bar->isLowBalance());
    QTRY_VERIFY(bar->width() <= 1024);
    for (const char *name :
        { "modeLabel", "balanceLabel", "connectionLabel", "cashierLabel", "pendingCountLabel" }) {
        QLabel *l = bar->findChild<QLabel *>(QString::fromLatin1(name));
        QVERIFY2(l, name);
        QTRY_VERIFY2(l->geometry().right() <= bar->width(), name);
        if (auto *eliding = qobject_cast<ElidingLabel *>(l)) {
            QVERIFY2(
                l->text() == eliding->fullText() || l->text().endsWith(QChar(0x2026)), qPrintable(l->text()));
        } else {
            // The labels that never shorten are wide enough for their whole text.
            QTRY_VERIFY2(l->fontMetrics().horizontalAdvance(l->text()) <= l->contentsRect().width(),
                qPrintable(QStringLiteral("%1: %2 needs %3 px, has %4")
                               .arg(QString::fromLatin1(name), l->text())
                               .arg(l->fontMetrics().horizontalAdvance(l->text()))
                               .arg(l->contentsRect().width())));
        }
    }
    QCOMPARE(bar->findChild<QLabel *>(QStringLiteral("pendingCountLabel"))->text(),
        QStringLiteral("Sedang dicek: 3"));
    QLabel *balance = bar->findChild<QLabel *>(QStringLiteral("balanceLabel"));
    QVERIFY2(balance->text().startsWith(QStringLiteral("Deposit: Rp 448.500")), qPrintable(balance->text()));
    m_window.reset();
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(CounterTest)
#include "tst_ui_counter.moc"
