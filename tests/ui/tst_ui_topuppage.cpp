// The top-up flow driven with the keyboard, as a cashier would, against the real sandbox
// process and a real SQLite journal.

#include "ConfirmPanel.h"
#include "DuplicatePrompt.h"
#include "EntryPanel.h"
#include "PendingSalesModel.h"
#include "PendingSalesPanel.h"
#include "ResultPanel.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "WalletButton.h"
#include "WalletPicker.h"
#include "api/MerchantApiClient.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include "SaleRig.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Kasir;
using Step = TopUpPage::Step;

namespace {
constexpr int kNetworkTimeoutMs = 20000;
constexpr qint64 kStartBalance = 500000;
}

class TopUpPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void successShowsSerialAndJournalRow();
    void quickAmountButtonRunsInquiry();
    void lowDepositWarnsAndNeedsDeliberateSend();
    void dropAfterChargeIsPendingThenResolvedByJournal();
    void doublePressOfPayChargesOnce();
    void invalidNumberSendsNothing_data();
    void invalidNumberSendsNothing();
    void invalidAmountSendsNothing_data();
    void invalidAmountSendsNothing();
    void escapeFromConfirmationGoesBack();
    void escapeCancelsInquiry();
    void escapeWalksBackThroughFields();
    void escapeDuringPaymentDoesNotCancel();
    void duplicateGuardAnsweredNoSendsNothing();
    void duplicateGuardAnsweredYesSends();
    void duplicateDialogNamesEarlierSale();

private:
    QWidget *keyTarget() const;
    void press(Qt::Key key);
    void chooseWallet(Qt::Key fkey);
    void runToConfirm(Qt::Key fkey, const QString &number, const QString &amount);
    void payAndWaitForResult();
    void startNewSaleByKey(Qt::Key key);
    QJsonObject requests();
    QLabel *label(const char *name) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    ProductCatalog m_catalog;

    std::unique_ptr<SaleRig> m_rig; // journal, client and service
    ReceiptStore *m_store = nullptr;
    SaleService *m_sales = nullptr;
    std::unique_ptr<TopUpPage> m_page;
};

void TopUpPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = ProductCatalog::builtIn();
    QVERIFY(m_catalog.products().size() >= 5);
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    qApp->setStyleSheet(Theme::styleSheet());
}

void TopUpPageTest::cleanupTestCase()
{
    m_sandbox.reset();
}

void TopUpPageTest::init()
{
    QVERIFY(m_sandbox->reset(kStartBalance));
    QVERIFY(m_sandbox->clearFaults());
    DuplicatePrompt::clearNextAnswer();

    SaleServiceOptions options;
    options.autoRecovery = false; // the test decides when recovery runs
    m_rig = std::make_unique<SaleRig>(m_sandbox.get(), nullptr, options, QString(), 10000,
        m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(++m_dbCounter)));
    QVERIFY2(m_rig->ok, qPrintable(m_rig->store->lastError()));
    m_store = m_rig->store.get();
    m_sales = m_rig->service.get();

    CounterConfig counter;
    counter.cashierName = QStringLiteral("Tester");
    counter.defaultStoreFee = Money::fromRupiah(1000);
    m_page = std::make_unique<TopUpPage>(m_sales, m_catalog, counter);
    m_page->resize(1024, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->startNewSale();
    QTRY_VERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
}

void TopUpPageTest::cleanup()
{
    m_page.reset();
    m_sales = nullptr;
    m_store = nullptr;
    m_rig.reset();
}

QWidget *TopUpPageTest::keyTarget() const
{
    QWidget *w = QApplication::focusWidget();
    return w ? w : m_page.get();
}

void TopUpPageTest::press(Qt::Key key)
{
    QTest::keyClick(keyTarget(), key);
}

QLabel *TopUpPageTest::label(const char *name) const
{
    return m_page->findChild<QLabel *>(QString::fromLatin1(name));
}

void TopUpPageTest::chooseWallet(Qt::Key fkey)
{
    press(fkey);
    QCOMPARE(QApplication::focusWidget(), m_page->entryPanel()->numberEdit());
}

void TopUpPageTest::runToConfirm(Qt::Key fkey, const QString &number, const QString &amount)
{
    chooseWallet(fkey);
    QTest::keyClicks(keyTarget(), number);
    press(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), m_page->entryPanel()->amountEdit());
    QTest::keyClicks(keyTarget(), amount);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
}

void TopUpPageTest::payAndWaitForResult()
{
    press(Qt::Key_Return);
    QCOMPARE(m_page->step(), Step::Paying);
    QVERIFY(!m_page->confirmPanel()->payButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
}

void TopUpPageTest::startNewSaleByKey(Qt::Key key)
{
    QTRY_VERIFY(m_page->resultPanel()->canDismiss()); // the guard against a key pressed at once
    press(key);
    QCOMPARE(m_page->step(), Step::Entry);
    QVERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
    QVERIFY(m_page->entryPanel()->numberEdit()->text().isEmpty());
    QVERIFY(m_page->entryPanel()->amountEdit()->text().isEmpty());
    QVERIFY(!m_page->entryPanel()->selectedProduct());
}

QJsonObject TopUpPageTest::requests()
{
    return m_sandbox->ledger().value(QStringLiteral("requests")).toObject();
}

void TopUpPageTest::successShowsSerialAndJournalRow()
{
    runToConfirm(Qt::Key_F1, QStringLiteral("+62 812-3456-789"), QStringLiteral("50000"));
    // The pasted number is shown normalised; the confirmation shows the money the Indonesian way.
    QCOMPARE(m_page->entryPanel()->numberEdit()->text(), QStringLiteral("08123456789"));
    QCOMPARE(label("confirmWallet")->text(), QStringLiteral("GoPay"));
    QCOMPARE(label("confirmNumber")->text(), QStringLiteral("08123456789"));
    QCOMPARE(label("confirmAmount")->text(), QStringLiteral("Rp 50.000"));
    QCOMPARE(label("confirmUnitPrice")->text(), QStringLiteral("Rp 51.500"));
    QCOMPARE(label("confirmStoreFee")->text(), QStringLiteral("Rp 1.000"));
    QCOMPARE(label("confirmTotal")->text(), QStringLiteral("Rp 52.500"));

    // Cash received: the change follows as it is typed.
    QCOMPARE(QApplication::focusWidget(), m_page->confirmPanel()->cashEdit());
    QTest::keyClicks(keyTarget(), QStringLiteral("100.000"));
    QCOMPARE(label("confirmChange")->text(), QStringLiteral("Change: Rp 47.500"));

    payAndWaitForResult();
    const SaleRecord shown = m_page->resultPanel()->record();
    QCOMPARE(shown.status, SaleStatus::Success);

    const std::optional<SaleRecord> row = m_store->findByReqId(shown.reqId);
    QVERIFY(row);
    QCOMPARE(row->status, SaleStatus::Success);
    QVERIFY(!row->serialNo.isEmpty());
    QCOMPARE(row->sellingPrice, Money::fromRupiah(52500));
    QCOMPARE(row->change, std::optional<Money>(Money::fromRupiah(47500)));
    QCOMPARE(row->cashier, QStringLiteral("Tester"));

    QLabel *serial = label("resultSerial");
    QVERIFY(serial->isVisible());
    QCOMPARE(serial->text(), row->serialNo);
    QCOMPARE(label("resultRefId")->text(), row->refId);
    QVERIFY(label("resultTitle")->text().contains(QStringLiteral("SUCCESS")));
    auto *print = m_page->findChild<QPushButton *>(QStringLiteral("printButton"));
    QVERIFY(print->isVisible());
    QVERIFY(!print->isEnabled());
    QVERIFY(print->text().contains(QStringLiteral("not available yet")));

    QCOMPARE(m_sandbox->chargedCount(shown.reqId), 1);
    QCOMPARE(m_sandbox->balance(), kStartBalance - 51500);

    // A key pressed at once does not wipe the result; after a moment Enter starts a new sale.
    press(Qt::Key_Return);
    QCOMPARE(m_page->step(), Step::Result);
    startNewSaleByKey(Qt::Key_Return);
}

void TopUpPageTest::quickAmountButtonRunsInquiry()
{
    chooseWallet(Qt::Key_F3);
    QTest::keyClicks(keyTarget(), QStringLiteral("0812 3456 7890"));
    press(Qt::Key_Return);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("quick_20000")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
    QCOMPARE(label("confirmWallet")->text(), QStringLiteral("DANA"));
    QCOMPARE(label("confirmAmount")->text(), QStringLiteral("Rp 20.000"));
    QCOMPARE(m_page->entryPanel()->amountEdit()->text(), QStringLiteral("20.000"));
}

void TopUpPageTest::lowDepositWarnsAndNeedsDeliberateSend()
{
    QVERIFY(m_sandbox->reset(10000));
    runToConfirm(Qt::Key_F2, QStringLiteral("081234567890"), QStringLiteral("50.000"));
    // The inquiry's answer carries the deposit: the warning is there before any cash is taken.
    QLabel *warning = label("depositWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Rp 10.000")));
    QVERIFY(warning->text().contains(QStringLiteral("Rp 51.500")));
    QVERIFY(warning->text().contains(QStringLiteral("do NOT take")));
    QVERIFY(m_page->confirmPanel()->payButton()->text().contains(QStringLiteral("Ctrl+F12")));

    // Enter, F12 and a click do not send: the page stays on the confirmation, nothing is journalled.
    QSignalSpy started(m_page.get(), &TopUpPage::paymentStarted);
    press(Qt::Key_Return);
    press(Qt::Key_F12);
    QTest::mouseClick(m_page->confirmPanel()->payButton(), Qt::LeftButton);
    QCOMPARE(m_page->step(), Step::Confirm);
    QCOMPARE(started.count(), 0); // emitted synchronously by a send: the count is final
    QVERIFY(label("confirmNote")->text().contains(QStringLiteral("Not sent")));
    QCOMPARE(m_store->history(SaleHistoryFilter()).size(), 0);

    // F5 checks again: the deposit was topped up meanwhile, the warning goes.
    QVERIFY(m_sandbox->reset(500000));
    press(Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
    QTRY_VERIFY(!label("depositWarning")->isVisible());
    QVERIFY(m_page->confirmPanel()->payButton()->text().contains(QStringLiteral("Enter")));

    // Back at a low deposit: the deliberate second key sends, and the server's FAILED follows.
    QVERIFY(m_sandbox->reset(10000));
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->step() == Step::Confirm && label("depositWarning")->isVisible(), kNetworkTimeoutMs);
    QTest::keyClick(keyTarget(), Qt::Key_F12, Qt::ControlModifier);
    QCOMPARE(m_page->step(), Step::Paying);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("payingBusy"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    const SaleRecord shown = m_page->resultPanel()->record();
    QCOMPARE(shown.status, SaleStatus::Failed);
    QVERIFY(label("resultTitle")->text().contains(QStringLiteral("nothing charged")));
    // The headline is the window's own words; the server's English is a labelled detail.
    QVERIFY(label("resultMessage")->text().contains(QStringLiteral("deposit at the merchant is too low")));
    QVERIFY(label("resultMessage")->text().contains(QStringLiteral("Nothing was charged")));
    QVERIFY(!label("resultMessage")->text().contains(QStringLiteral("Insufficient Balance")));
    QVERIFY(label("resultDetails")->text().contains(QStringLiteral("Server: Insufficient Balance (rc 008)")));
    QVERIFY(!label("resultSerial")->isVisible());
    QVERIFY(!label("resultDetails")->text().contains(QStringLiteral("Total collected")));

    const std::optional<SaleRecord> row = m_store->findByReqId(shown.reqId);
    QVERIFY(row);
    QCOMPARE(row->status, SaleStatus::Failed);
    QCOMPARE(m_sandbox->chargedCount(shown.reqId), 0);
    QCOMPARE(m_sandbox->balance(), qint64(10000));
    QCOMPARE(m_page->pendingPanel()->model()->rowCount(), 0);

    startNewSaleByKey(Qt::Key_Escape);
}

void TopUpPageTest::dropAfterChargeIsPendingThenResolvedByJournal()
{
    // The server charges, then closes the connection; the payment is not re-sent by itself.
    QVERIFY(m_sandbox->injectFault(QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("drop_after") }, { QStringLiteral("count"), 1 } }));
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    payAndWaitForResult();
    const SaleRecord shown = m_page->resultPanel()->record();
    QVERIFY2(shown.isUnresolved(), qPrintable(saleStatusName(shown.status)));
    QVERIFY(label("resultTitle")->text().contains(QStringLiteral("do NOT repeat")));
    QVERIFY(label("resultMessage")->text().contains(QStringLiteral("Do NOT repeat this sale")));
    QCOMPARE(m_sandbox->chargedCount(shown.reqId), 1);

    // The sale is in the visible pending list.
    PendingSalesModel *model = m_page->pendingPanel()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->unresolvedCount(), 1);
    QCOMPARE(model->recordAt(0).reqId, shown.reqId);
    QCOMPARE(label("pendingTitle")->text(), QStringLiteral("Being checked: 1"));

    // A window opened now (say after a restart) lists the same sale from the journal.
    {
        TopUpPage reopened(m_sales, m_catalog, CounterConfig());
        QCOMPARE(reopened.pendingPanel()->model()->unresolvedCount(), 1);
        QCOMPARE(reopened.pendingPanel()->model()->recordAt(0).reqId, shown.reqId);
    }

    // The journal re-sends the same req_id: the sandbox answers from its record, no new charge.
    QSignalSpy recovered(m_sales, &SaleService::recoveryFinished);
    m_sales->recoverNow();
    QTRY_VERIFY_WITH_TIMEOUT(recovered.count() >= 1, kNetworkTimeoutMs);
    QCOMPARE(recovered.last().at(0).toInt(), 0);

    QTRY_COMPARE(m_page->resultPanel()->record().status, SaleStatus::Success);
    QVERIFY(label("resultTitle")->text().contains(QStringLiteral("SUCCESS")));
    QVERIFY(label("resultNotice")->isVisible());
    QVERIFY(label("resultNotice")->text().contains(QStringLiteral("Confirmed by checking again")));
    QVERIFY(label("resultSerial")->isVisible());
    const std::optional<SaleRecord> row = m_store->findByReqId(shown.reqId);
    QVERIFY(row);
    QCOMPARE(row->status, SaleStatus::Success);
    QCOMPARE(label("resultSerial")->text(), row->serialNo);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->unresolvedCount(), 0);
    QCOMPARE(model->recordAt(0).status, SaleStatus::Success);
    QCOMPARE(label("pendingTitle")->text(), QStringLiteral("Being checked: 0"));

    QCOMPARE(m_sandbox->chargedCount(shown.reqId), 1);
    QCOMPARE(m_sandbox->balance(), kStartBalance - 51500);
}

void TopUpPageTest::doublePressOfPayChargesOnce()
{
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
        { QStringLiteral("delay_ms"), 800 },
        { QStringLiteral("endpoint"), QStringLiteral("transaction") } }));
    runToConfirm(Qt::Key_F4, QStringLiteral("08123456789"), QStringLiteral("25000"));
    QSignalSpy started(m_page.get(), &TopUpPage::paymentStarted);
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    press(Qt::Key_F12);
    press(Qt::Key_Enter);
    QTest::mouseClick(m_page->confirmPanel()->payButton(), Qt::LeftButton);
    QCOMPARE(m_page->step(), Step::Paying);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_page->resultPanel()->record().status, SaleStatus::Success);

    const QJsonObject reqs = requests();
    QCOMPARE(reqs.size(), 1);
    QCOMPARE(m_sandbox->chargedCount(reqs.keys().first()), 1);
    QCOMPARE(m_store->history(SaleHistoryFilter()).size(), 1);
    const qint64 price
        = Money::fromApiString(reqs.begin().value().toObject().value(QStringLiteral("unit_price")).toString())
              ->rupiah();
    QCOMPARE(m_sandbox->balance(), kStartBalance - price);
}

void TopUpPageTest::invalidNumberSendsNothing_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("too short") << QStringLiteral("0812");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("landline") << QStringLiteral("0215551234");
    QTest::newRow("foreign") << QStringLiteral("+1 555 123 4567");
    QTest::newRow("empty") << QString();
}

void TopUpPageTest::invalidNumberSendsNothing()
{
    QFETCH(QString, number);
    const QJsonObject before = m_sandbox->ledger();
    QSignalSpy inquiries(m_page.get(), &TopUpPage::inquiryStarted);

    chooseWallet(Qt::Key_F1);
    QTest::keyClicks(keyTarget(), number);
    press(Qt::Key_Return);
    QLineEdit *numberEdit = m_page->entryPanel()->numberEdit();
    QCOMPARE(QApplication::focusWidget(), numberEdit);
    QVERIFY(numberEdit->property("invalid").toBool());
    QLabel *status = label("numberStatus");
    QCOMPARE(status->property("role").toString(), QStringLiteral("error"));
    QVERIFY(!status->text().isEmpty());

    // Even with an amount typed, Enter does not send anything and goes back to the number.
    m_page->entryPanel()->focusAmount();
    QTest::keyClicks(keyTarget(), QStringLiteral("50000"));
    press(Qt::Key_Return);
    QCOMPARE(m_page->step(), Step::Entry);
    QCOMPARE(QApplication::focusWidget(), numberEdit);
    // inquiryStarted is emitted synchronously by the key press that would send: the count is final.
    QCOMPARE(inquiries.count(), 0);
    QCOMPARE(m_sandbox->ledger(), before);
}

void TopUpPageTest::invalidAmountSendsNothing_data()
{
    QTest::addColumn<QString>("amount");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("below minimum") << QStringLiteral("500");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("decimal") << QStringLiteral("50,5");
    QTest::newRow("negative") << QStringLiteral("-5000");
    QTest::newRow("above maximum") << QStringLiteral("20000000");
    QTest::newRow("empty") << QString();
}

void TopUpPageTest::invalidAmountSendsNothing()
{
    QFETCH(QString, amount);
    const QJsonObject before = m_sandbox->ledger();
    QSignalSpy inquiries(m_page.get(), &TopUpPage::inquiryStarted);

    chooseWallet(Qt::Key_F5);
    QTest::keyClicks(keyTarget(), QStringLiteral("08123456789"));
    press(Qt::Key_Return);
    QLineEdit *amountEdit = m_page->entryPanel()->amountEdit();
    QCOMPARE(QApplication::focusWidget(), amountEdit);
    QTest::keyClicks(keyTarget(), amount);
    press(Qt::Key_Return);
    QCOMPARE(m_page->step(), Step::Entry);
    QCOMPARE(QApplication::focusWidget(), amountEdit);
    QVERIFY(amountEdit->property("invalid").toBool());
    QLabel *status = label("amountStatus");
    QCOMPARE(status->property("role").toString(), QStringLiteral("error"));
    QVERIFY(!status->text().isEmpty());
    QCOMPARE(inquiries.count(), 0); // emitted synchronously: the count is final
    QCOMPARE(m_sandbox->ledger(), before);
}

void TopUpPageTest::escapeFromConfirmationGoesBack()
{
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("100000"));
    press(Qt::Key_Escape);
    QCOMPARE(m_page->step(), Step::Entry);
    QCOMPARE(QApplication::focusWidget(), m_page->entryPanel()->amountEdit());
    QCOMPARE(m_page->entryPanel()->amountEdit()->text(), QStringLiteral("100.000"));
    QCOMPARE(m_page->entryPanel()->numberEdit()->text(), QStringLiteral("08123456789"));
    QVERIFY(requests().isEmpty());
    QCOMPARE(m_sandbox->balance(), kStartBalance);
    QCOMPARE(m_store->history(SaleHistoryFilter()).size(), 0);

    // Change the amount and check again.
    QTest::keyClicks(keyTarget(), QStringLiteral("50000")); // the old text is selected: replaced
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
    QCOMPARE(label("confirmAmount")->text(), QStringLiteral("Rp 50.000"));
}

void TopUpPageTest::escapeCancelsInquiry()
{
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
        { QStringLiteral("delay_ms"), 3000 }, { QStringLiteral("endpoint"), QStringLiteral("inquiry") } }));
    chooseWallet(Qt::Key_F2);
    QTest::keyClicks(keyTarget(), QStringLiteral("08123456789"));
    press(Qt::Key_Return);
    QTest::keyClicks(keyTarget(), QStringLiteral("50000"));
    press(Qt::Key_Return);
    QCOMPARE(m_page->step(), Step::Inquiring);
    QWidget *busy = m_page->findChild<QWidget *>(QStringLiteral("inquiryBusy"));
    QVERIFY(busy->isVisible());
    QVERIFY(m_page->entryPanel()->amountEdit()->isReadOnly());
    // The UI stays responsive while the inquiry runs: the event loop keeps turning (a timer
    // fires again and again) while the sandbox holds its answer for 3 s.
    QTimer tick;
    QSignalSpy ticks(&tick, &QTimer::timeout);
    tick.start(10);
    QTRY_VERIFY(ticks.count() >= 5);
    QCOMPARE(m_page->step(), Step::Inquiring);

    press(Qt::Key_Escape);
    QCOMPARE(m_page->step(), Step::Entry);
    QVERIFY(!busy->isVisible());
    QVERIFY(!m_page->entryPanel()->amountEdit()->isReadOnly());
    QVERIFY(label("inquiryStatus")->text().contains(QStringLiteral("cancelled")));
    // No late answer can move the page: the call was aborted (its connection closed) and
    // disconnected from the page when Esc was pressed.
    QCOMPARE(m_page->step(), Step::Entry);
    QVERIFY(requests().isEmpty());
    QCOMPARE(m_sandbox->balance(), kStartBalance);

    // Enter tries again.
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Confirm, kNetworkTimeoutMs);
}

void TopUpPageTest::escapeWalksBackThroughFields()
{
    EntryPanel *entry = m_page->entryPanel();
    chooseWallet(Qt::Key_F1);
    QTest::keyClicks(keyTarget(), QStringLiteral("08123456789"));
    press(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), entry->amountEdit());
    press(Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), entry->numberEdit());
    press(Qt::Key_Escape);
    QVERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
    QVERIFY(entry->selectedProduct());
    press(Qt::Key_Escape);
    QVERIFY(!entry->selectedProduct());
    QVERIFY(entry->numberEdit()->text().isEmpty());
    QCOMPARE(m_page->step(), Step::Entry);
}

void TopUpPageTest::escapeDuringPaymentDoesNotCancel()
{
    QVERIFY(m_sandbox->injectFault(QJsonObject { { QStringLiteral("kind"), QStringLiteral("delay") },
        { QStringLiteral("delay_ms"), 1500 },
        { QStringLiteral("endpoint"), QStringLiteral("transaction") } }));
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("10000"));
    press(Qt::Key_Return);
    QCOMPARE(m_page->step(), Step::Paying);
    press(Qt::Key_Escape);
    QCOMPARE(m_page->step(), Step::Paying);
    QVERIFY(label("confirmNote")->text().contains(QStringLiteral("cannot be cancelled")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    QCOMPARE(m_page->resultPanel()->record().status, SaleStatus::Success);
}

void TopUpPageTest::duplicateGuardAnsweredNoSendsNothing()
{
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    payAndWaitForResult();
    const SaleRecord first = m_page->resultPanel()->record();
    QCOMPARE(first.status, SaleStatus::Success);
    startNewSaleByKey(Qt::Key_Return);

    runToConfirm(Qt::Key_F1, QStringLiteral("0812-3456-789"), QStringLiteral("50.000"));
    const int asked = DuplicatePrompt::askCount();
    DuplicatePrompt::setNextAnswer(false);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_page->step(), Step::Confirm);
    QCOMPARE(DuplicatePrompt::askCount(), asked + 1);
    QVERIFY(m_page->confirmPanel()->payButton()->isEnabled());
    QVERIFY(label("confirmNote")->text().contains(QStringLiteral("Not sent")));
    QCOMPARE(m_sales->inFlightCount(), 0); // a send would be in flight from the answer on
    QCOMPARE(requests().size(), 1);
    QCOMPARE(m_store->history(SaleHistoryFilter()).size(), 1);
    QCOMPARE(m_sandbox->balance(), kStartBalance - 51500);

    // Esc still goes back from here.
    press(Qt::Key_Escape);
    QCOMPARE(m_page->step(), Step::Entry);
}

void TopUpPageTest::duplicateGuardAnsweredYesSends()
{
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    payAndWaitForResult();
    startNewSaleByKey(Qt::Key_Escape);

    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    const int asked = DuplicatePrompt::askCount();
    DuplicatePrompt::setNextAnswer(true);
    press(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->step(), Step::Result, kNetworkTimeoutMs);
    QCOMPARE(DuplicatePrompt::askCount(), asked + 1);
    QCOMPARE(m_page->resultPanel()->record().status, SaleStatus::Success);
    QCOMPARE(requests().size(), 2);
    QCOMPARE(m_store->history(SaleHistoryFilter()).size(), 2);
    QCOMPARE(m_sandbox->balance(), kStartBalance - 2 * 51500);
}

void TopUpPageTest::duplicateDialogNamesEarlierSale()
{
    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    payAndWaitForResult();
    const SaleRecord first = m_page->resultPanel()->record();
    startNewSaleByKey(Qt::Key_Return);

    runToConfirm(Qt::Key_F1, QStringLiteral("08123456789"), QStringLiteral("50000"));
    press(Qt::Key_Return);
    DuplicatePrompt *prompt = nullptr;
    QTRY_VERIFY((prompt = m_page->findChild<DuplicatePrompt *>()) != nullptr);
    QTRY_VERIFY(prompt->isVisible());
    QVERIFY(prompt->informativeText().contains(first.receiptNo));
    QVERIFY(prompt->informativeText().contains(QStringLiteral("SUCCESS")));
    QVERIFY(prompt->informativeText().contains(QStringLiteral("Rp 50.000")));
    // "No" is the default: an absent-minded Enter does not send a second top-up.
    QCOMPARE(prompt->defaultButton()->objectName(), QStringLiteral("duplicateNo"));
    QCOMPARE(m_page->step(), Step::Paying);
    QTest::keyClick(prompt, Qt::Key_Return);
    QTRY_COMPARE(m_page->step(), Step::Confirm);
    QCOMPARE(m_sales->inFlightCount(), 0);
    QCOMPARE(requests().size(), 1);
}

QTEST_MAIN(TopUpPageTest)
#include "tst_ui_topuppage.moc"
