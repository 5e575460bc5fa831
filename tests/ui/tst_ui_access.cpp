// The manager's PIN in front of the manager page, its close, resolve and exports, and a second
// reprint of the same receipt; the lockout after five wrong PINs, across a restart; the audit
// lines of reprints, exports and re-checks. Real widgets offscreen, the real sandbox process, a
// real SQLite journal. PIN dialogs shown modally are answered from the event loop, as a person
// would type into them.
#include "CloseDialog.h"
#include "MainWindow.h"
#include "ManagerPage.h"
#include "QtPageRenderer.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "backup/PendingRestore.h"
#include "backup/RestoreDialog.h"
#include "clock/Clock.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"
#include "people/AccessGate.h"
#include "people/AuditTrail.h"
#include "people/PinDialog.h"
#include "people/PinManagerAccess.h"
#include "people/Session.h"
#include "people/ShiftController.h"
#include "printer/ReceiptPrinter.h"
#include "receipt/ReceiptLayout.h"
#include "report/ReportService.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"

#include "SaleRig.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Kasir;

namespace {
constexpr int kPinTimeoutMs = 20000; // PBKDF2 on a shared, loaded machine
const QString kManager = QStringLiteral("Sari");
const QString kManagerPin = QStringLiteral("9182");
const QString kCashier = QStringLiteral("Andi");
const QString kCashierPin = QStringLiteral("2468");
}

// Answers the next PIN dialog: types each PIN in turn (waiting for the answer to the one before),
// then cancels unless the last one was accepted. What the dialog said is kept.
class PinTyper : public QObject
{
    Q_OBJECT
public:
    PinTyper(QWidget *window, QStringList pins, QObject *parent)
        : QObject(parent)
        , m_window(window)
        , m_pins(std::move(pins))
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, &PinTyper::step);
        timer->start();
    }
    QString reason;
    QStringList messages;
    bool done = false;

private:
    void step()
    {
        if (done || !m_window)
            return; // kept until the test ends: it reads what was said
        if (m_found && (!m_dialog || !m_dialog->isVisible())) { // accepted (and gone)
            done = true;
            return;
        }
        if (!m_dialog) {
            for (PinDialog *d : m_window->findChildren<PinDialog *>()) {
                if (d->isVisible())
                    m_dialog = d;
            }
            if (!m_dialog)
                return;
            m_found = true;
            reason = m_dialog->findChild<QLabel *>(QStringLiteral("pinReason"))->text();
        }
        if (!m_dialog->okButton()->isEnabled())
            return; // checking
        if (m_typed > 0 && m_dialog->messageLabel()->text() == QLatin1String("Checking…"))
            return;
        if (m_typed > 0 && messages.size() < m_typed)
            messages << m_dialog->messageLabel()->text();
        if (m_typed == m_pins.size()) {
            done = true;
            m_dialog->reject();
            return;
        }
        QTest::keyClicks(m_dialog->pinEdit(), m_pins.at(m_typed++));
        QTest::mouseClick(m_dialog->okButton(), Qt::LeftButton);
    }

    QPointer<QWidget> m_window;
    QStringList m_pins;
    QPointer<PinDialog> m_dialog;
    int m_typed = 0;
    bool m_found = false;
};

class AccessWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cashierRefusedTheManagerPage();
    void managerLetInWithTheRightPin();
    void secondReprintAsksForThePin();
    void lockoutAtTheGateSurvivesARestart();
    void closeAsksThePinAndIsAudited();
    void receiptSettingsApplyWithoutRestart();
    void restoreFromTheWindow();

private:
    void build(const QString &journal = QString());
    void loginAs(const QString &name);
    void clickManagerNav();
    QList<AuditEntry> audit() const { return m_shift->audit()->entries(); }
    SaleRecord sell(const QString &custId);
    SettingsPage *openSettings();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SaleRig> m_rig;
    std::unique_ptr<ReportService> m_reports;
    QtPageRenderer m_renderer;
    std::unique_ptr<ReceiptPrinter> m_printer;
    std::unique_ptr<ReceiptActions> m_actions;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ShiftController> m_shift;
    ManagerPage *m_managerPage = nullptr;
    HistoryPage *m_history = nullptr;
};

void AccessWindowTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    qApp->setStyleSheet(Theme::styleSheet());
}

void AccessWindowTest::init()
{
    QVERIFY(m_sandbox->reset(500000));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AccessWindowTest::cleanup()
{
    m_shift.reset();
    m_window.reset();
    m_actions.reset();
    m_printer.reset();
    m_reports.reset();
    m_rig.reset();
    m_settings.reset();
    m_qsettings.reset();
}

void AccessWindowTest::build(const QString &journal)
{
    const QString path = journal.isEmpty() ? m_dir->filePath(QStringLiteral("kasir.sqlite")) : journal;
    const bool fresh = !QFile::exists(path);
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    SaleServiceOptions options;
    options.autoRecovery = false;
    m_rig = std::make_unique<SaleRig>(
        m_sandbox.get(), nullptr, options, QString(), SaleRig::DefaultTimeoutMs, path);
    QVERIFY(m_rig->ok);
    if (fresh) {
        UserDirectory users(*m_rig->store);
        QVERIFY(users.addUser(kManager, Role::Manager, kManagerPin));
        QVERIFY(users.addUser(kCashier, Role::Cashier, kCashierPin));
    }
    m_reports = std::make_unique<ReportService>(path, QStringLiteral("K01"));
    m_printer = std::make_unique<ReceiptPrinter>(m_rig->store.get(), SystemClock::instance());
    m_printer->setPaperMm(58);
    m_printer->setPageRenderer(&m_renderer);
    m_actions = std::make_unique<ReceiptActions>(m_printer.get(), m_rig->service.get(), QString());
    m_actions->setDestination(PrintDestination::pdf(m_dir->filePath(QStringLiteral("pdf/"))));

    CounterConfig counter;
    const ProductCatalog catalog = ProductCatalog::builtIn();
    m_window = std::make_unique<MainWindow>(m_rig->service.get(), catalog, counter);
    m_history = new HistoryPage(m_rig->store.get(), m_rig->service.get(), m_actions.get(), catalog);
    m_window->addHistory(m_history, m_actions.get());
    m_shift = std::make_unique<ShiftController>(
        m_rig->store.get(), m_settings.get(), m_rig->api.get(), nullptr, catalog);
    m_managerPage = new ManagerPage(m_reports.get(), m_rig->service.get(), m_shift->managerAccess());
    m_window->setManagerPage(m_managerPage, m_shift->managerAccess());
    m_shift->watchManagerPage(m_managerPage);
    m_shift->attachReceipts(m_actions.get(), m_history);
    m_shift->attach(m_window.get());
    m_shift->setSaleService(m_rig->service.get());
    QObject::connect(m_shift->session(), &Session::userChanged, m_actions.get(),
        [this] { m_actions->setCashier(m_shift->session()->userName()); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void AccessWindowTest::loginAs(const QString &name)
{
    m_shift->session()->begin(*m_shift->users()->find(name));
    QCOMPARE(m_shift->session()->userName(), name);
}

void AccessWindowTest::clickManagerNav()
{
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("navManager")), Qt::LeftButton);
}

void AccessWindowTest::cashierRefusedTheManagerPage()
{
    build();
    loginAs(kCashier);
    auto *pages = m_window->findChild<QStackedWidget *>();
    QVERIFY(pages);

    // The cashier's own PIN does not open it (only managers can be chosen), and the dialog says
    // whom to ask.
    auto *typer = new PinTyper(m_window.get(), { kCashierPin }, this);
    clickManagerNav(); // returns once the modal dialog is closed
    QTRY_VERIFY_WITH_TIMEOUT(typer->done, kPinTimeoutMs);
    QVERIFY2(typer->reason.startsWith(QLatin1String("The manager page needs the manager's PIN.")),
        qPrintable(typer->reason));
    QVERIFY2(typer->reason.contains(QLatin1String("Andi is logged in as a cashier: ask a manager")),
        qPrintable(typer->reason));
    QCOMPARE(typer->messages.size(), 1);
    QVERIFY2(
        typer->messages.first().startsWith(QLatin1String("Wrong PIN")), qPrintable(typer->messages.first()));
    QCOMPARE(pages->currentWidget(), m_window->topUpPage());
    QVERIFY(!m_managerPage->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("navTopUp"))->isChecked());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("navManager"))->isChecked());
    QVERIFY(!m_shift->pinManagerAccess()->isUnlocked());
    QCOMPARE(m_shift->session()->userName(), kCashier); // the shift goes on

    // The settings refuse a cancelled PIN too (the settings' own test types into the dialog).
    AccessGate::setNextAnswer(false);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("settingsButton")), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(!m_shift->settingsDialog());

    // The failed PIN is in the audit trail, under the manager's name it was tried against.
    const QList<AuditEntry> entries = audit();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
        [](const AuditEntry &e) { return e.event == AuditEvent::FailedPin && e.user == kManager; }));
}

void AccessWindowTest::managerLetInWithTheRightPin()
{
    build();
    loginAs(kCashier); // the manager comes to the cashier's counter
    auto *pages = m_window->findChild<QStackedWidget *>();
    auto *typer = new PinTyper(m_window.get(), { kManagerPin }, this);
    clickManagerNav();
    QTRY_VERIFY_WITH_TIMEOUT(typer->done, kPinTimeoutMs);
    QCOMPARE(pages->currentWidget(), m_managerPage);
    QVERIFY(m_shift->pinManagerAccess()->isUnlocked());
    QTRY_VERIFY_WITH_TIMEOUT(m_managerPage->figures().has_value(), 20000);

    // While the page is open, saving the figures needs no second PIN, and is audited.
    const QString csv = m_dir->filePath(QStringLiteral("report.csv"));
    m_managerPage->setSavePathProvider([csv](const QString &, const QString &) { return csv; });
    QTest::mouseClick(
        m_managerPage->findChild<QPushButton *>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QVERIFY(QFile::exists(csv));
    QCOMPARE(audit().last().event, AuditEvent::Export);
    QCOMPARE(audit().last().detail, QStringLiteral("manager page: %1").arg(csv));

    // A close asks again: refused, no close dialog.
    AccessGate::setNextAnswer(false);
    QTest::mouseClick(
        m_managerPage->findChild<QPushButton *>(QStringLiteral("closeDayButton")), Qt::LeftButton);
    QTest::qWait(50);
    for (QDialog *d : m_managerPage->findChildren<QDialog *>())
        QVERIFY(!d->isVisible());

    // The manager page's re-check is audited.
    QTest::mouseClick(
        m_managerPage->findChild<QPushButton *>(QStringLiteral("recheckButton")), Qt::LeftButton);
    QCOMPARE(audit().last().event, AuditEvent::ManualRecheck);

    // Leaving the page locks it: coming back asks again, and a cancelled PIN keeps it shut.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("navTopUp")), Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), m_window->topUpPage());
    QVERIFY(!m_shift->pinManagerAccess()->isUnlocked());
    AccessGate::setNextAnswer(false);
    clickManagerNav();
    QCOMPARE(pages->currentWidget(), m_window->topUpPage());
    // Export without the page unlocked asks for the PIN too.
    AccessGate::setNextAnswer(false);
    QFile::remove(csv);
    QTest::mouseClick(
        m_managerPage->findChild<QPushButton *>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QVERIFY(!QFile::exists(csv));
}

void AccessWindowTest::secondReprintAsksForThePin()
{
    build();
    loginAs(kCashier);
    SaleDraft draft;
    draft.productId = QStringLiteral("GOPAY");
    draft.custId = QStringLiteral("081234567890");
    draft.amount = Money::fromRupiah(50000);
    draft.cashier = kCashier;
    const SaleRecord sale = m_rig->pay(draft);
    QCOMPARE(sale.status, SaleStatus::Success);

    auto printAndWait = [&] {
        QSignalSpy finished(m_actions.get(), &ReceiptActions::printFinished);
        if (!m_actions->printSale(sale.id))
            return false;
        return finished.wait(20000) && finished.first().first().value<PrintOutcome>().ok;
    };
    auto printedCount = [&] { return m_rig->store->findById(sale.id)->printedCount; };
    // The original and the first copy: the cashier's own, no PIN.
    QVERIFY(printAndWait());
    QVERIFY(printAndWait());
    QCOMPARE(printedCount(), 2);
    QCOMPARE(audit().last().event, AuditEvent::Reprint);
    QVERIFY2(audit().last().detail.contains(sale.receiptNo + QStringLiteral(" copy 1")),
        qPrintable(audit().last().detail));
    QCOMPARE(audit().last().user, kCashier);

    // The second copy asks for the manager's PIN; cancelled, nothing is printed.
    QSignalSpy messages(m_actions.get(), &ReceiptActions::message);
    auto *cancel = new PinTyper(m_window.get(), {}, this);
    QVERIFY(!m_actions->printSale(sale.id));
    QTRY_VERIFY(cancel->done);
    QVERIFY2(cancel->reason.startsWith(QLatin1String("A second reprint needs the manager's PIN.")),
        qPrintable(cancel->reason));
    QCOMPARE(messages.last().first().toString(),
        QStringLiteral("Not printed: a second reprint of a receipt needs the manager's PIN."));
    QCOMPARE(printedCount(), 2);

    // With the manager's PIN it prints as copy 2, in the audit trail.
    auto *typer = new PinTyper(m_window.get(), { kManagerPin }, this);
    QVERIFY(printAndWait());
    QTRY_VERIFY(typer->done);
    QCOMPARE(printedCount(), 3);
    QVERIFY2(audit().last().detail.contains(sale.receiptNo + QStringLiteral(" copy 2")),
        qPrintable(audit().last().detail));
    QVERIFY2(audit().last().detail.endsWith(QLatin1String("; manager PIN of Sari")),
        qPrintable(audit().last().detail));
    QCOMPARE(audit().last().user, kCashier); // at the cashier's counter
    QCOMPARE(m_rig->store->prints(sale.id).last().printedBy, kCashier);

    // From the history page's button too: the guard is the same.
    m_window->showHistory();
    QTRY_VERIFY(m_history->isVisible());
    AccessGate::setNextAnswer(false);
    QVERIFY(!m_actions->printSale(sale.id));
    QCOMPARE(printedCount(), 3);

    // The history page's CSV export is in the audit trail too.
    QSignalSpy exported(m_history, &HistoryPage::csvExportFinished);
    m_history->exportCsv(m_dir->filePath(QStringLiteral("sales.csv")));
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(audit().last().event, AuditEvent::Export);
    QCOMPARE(audit().last().detail, QStringLiteral("history CSV: 1 sale(s)"));
    QCOMPARE(audit().last().user, kCashier);
}

void AccessWindowTest::lockoutAtTheGateSurvivesARestart()
{
    build();
    loginAs(kCashier);
    const QString journal = m_rig->store->path();
    auto *typer = new PinTyper(m_window.get(),
        { QStringLiteral("1111"), QStringLiteral("1112"), QStringLiteral("1113"), QStringLiteral("1114"),
            QStringLiteral("1115") },
        this);
    clickManagerNav();
    QTRY_VERIFY_WITH_TIMEOUT(typer->done, 5 * kPinTimeoutMs);
    QCOMPARE(typer->messages.size(), 5);
    QCOMPARE(typer->messages.at(0), QStringLiteral("Wrong PIN. 4 attempt(s) left before a 5-minute lock."));
    QVERIFY2(typer->messages.at(4).contains(QLatin1String("locked")), qPrintable(typer->messages.at(4)));

    // A restart: everything built again on the same journal. The right PIN is still refused.
    cleanup();
    build(journal);
    loginAs(kCashier);
    auto *again = new PinTyper(m_window.get(), { kManagerPin }, this);
    clickManagerNav();
    QTRY_VERIFY_WITH_TIMEOUT(again->done, kPinTimeoutMs);
    QCOMPARE(again->messages.size(), 1);
    QVERIFY2(again->messages.first().contains(QLatin1String("Sari is locked after 5 wrong PINs")),
        qPrintable(again->messages.first()));
    QVERIFY(!m_managerPage->isVisible());
    QStringList events;
    for (const AuditEntry &e : audit())
        events << AuditTrail::eventName(e.event);
    QCOMPARE(events.count(QStringLiteral("LOCKOUT")), 1);
}

void AccessWindowTest::closeAsksThePinAndIsAudited()
{
    build();
    loginAs(kCashier);
    QCOMPARE(sell(QStringLiteral("081234567890")).status, SaleStatus::Success);
    AccessGate::setNextAnswer(true);
    clickManagerNav();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_managerPage->figures().has_value() && m_managerPage->figures()->totals.count == 1, 20000);

    // The close asks for the PIN again; the manager types it at the cashier's counter.
    auto *typer = new PinTyper(m_window.get(), { kManagerPin }, this);
    QTest::mouseClick(
        m_managerPage->findChild<QPushButton *>(QStringLiteral("closeDayButton")), Qt::LeftButton);
    QTRY_VERIFY(typer->done);
    QVERIFY2(typer->reason.startsWith(QLatin1String("Closing the day needs the manager's PIN.")),
        qPrintable(typer->reason));
    CloseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_managerPage->findChild<CloseDialog *>()) != nullptr && dialog->isVisible());
    QSignalSpy done(m_managerPage, &ManagerPage::closeDone);
    dialog->findChild<QPushButton *>(QStringLiteral("closeDayConfirm"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QVERIFY(done.first().first().toBool());
    const AuditEntry last = audit().last();
    QCOMPARE(last.event, AuditEvent::Close);
    QCOMPARE(last.user, kManager); // the manager whose PIN closed it, not the cashier logged in
    QVERIFY2(last.detail.startsWith(QLatin1String("No. 1, terminal K01")), qPrintable(last.detail));
    QVERIFY(last.detail.contains(QLatin1String("backup ")));
}

SaleRecord AccessWindowTest::sell(const QString &custId)
{
    SaleDraft draft;
    draft.productId = QStringLiteral("GOPAY");
    draft.custId = custId;
    draft.amount = Money::fromRupiah(50000);
    draft.cashier = m_shift->session()->userName();
    return m_rig->pay(draft);
}

SettingsPage *AccessWindowTest::openSettings()
{
    AccessGate::setNextAnswer(true);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("settingsButton")), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] { return m_shift->settingsDialog() && m_shift->settingsDialog()->isVisible(); }, 5000))
        return nullptr;
    return m_shift->settingsPage();
}

void AccessWindowTest::receiptSettingsApplyWithoutRestart()
{
    build();
    loginAs(kManager);
    const SaleRecord sale = sell(QStringLiteral("081234567890"));
    QCOMPARE(sale.status, SaleStatus::Success);
    auto preview = [&] { return ReceiptLayout::toText(m_printer->previewLines(sale, kManager)); };
    QVERIFY(!preview().contains(QLatin1String("TOKO SARI JAYA")));

    SettingsPage *page = openSettings();
    QVERIFY(page);
    QVERIFY(page->repeatCustomerBox()->isChecked());
    // Bad values: named, nothing changed.
    page->storeNameEdit()->clear();
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->text().startsWith(QLatin1String("Store name")),
        qPrintable(page->messageLabel()->text()));
    QVERIFY(page->messageLabel()->text().endsWith(QLatin1String("Nothing was changed.")));
    page->storeNameEdit()->setText(QStringLiteral("Toko Sari Jaya"));
    page->printerBox()->setCurrentIndex(page->printerBox()->findData(QStringLiteral("escpos:")));
    page->printerTargetEdit()->clear();
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->text().startsWith(QLatin1String("Print to")),
        qPrintable(page->messageLabel()->text()));
    QCOMPARE(m_settings->receiptStoreName(), AppSettings::defaultReceiptStoreName());
    QVERIFY(!preview().contains(QLatin1String("TOKO SARI JAYA")));

    // Good values: saved, applied to the next receipt and the counter at once.
    const QString pdfDir = m_dir->filePath(QStringLiteral("struk"));
    page->printerBox()->setCurrentIndex(page->printerBox()->findData(QStringLiteral("pdf:")));
    page->printerTargetEdit()->setText(pdfDir);
    page->addressEdit()->setPlainText(QStringLiteral("Jl. Melati 5\n\nBandung"));
    page->footerEdit()->setText(QStringLiteral("Sampai jumpa lagi"));
    page->paperBox()->setCurrentIndex(page->paperBox()->findData(80));
    page->autoPrintBox()->setChecked(true);
    page->repeatCustomerBox()->setChecked(false);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->text().startsWith(QLatin1String("Saved")),
        qPrintable(page->messageLabel()->text()));
    const QString text = preview();
    QVERIFY2(text.contains(QLatin1String("TOKO SARI JAYA")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Jl. Melati 5")));
    QVERIFY(text.contains(QLatin1String("Bandung")));
    QVERIFY(text.contains(QLatin1String("Sampai jumpa lagi")));
    QCOMPARE(m_printer->paperMm(), 80);
    QCOMPARE(m_actions->destination().kind, PrintDestination::Kind::Pdf);
    QVERIFY(m_actions->autoPrint());
    QVERIFY(!m_window->topUpPage()->counterConfig().repeatCustomer);
    QCOMPARE(m_settings->receiptAddressLines(),
        QStringList({ QStringLiteral("Jl. Melati 5"), QStringLiteral("Bandung") }));
    const AuditEntry last = audit().last();
    QCOMPARE(last.event, AuditEvent::SettingsChanged);
    QVERIFY2(last.detail.contains(QLatin1String("receipt/storeName")), qPrintable(last.detail));
    QVERIFY(last.detail.contains(QLatin1String("counter/repeatCustomer")));
    QVERIFY(!last.detail.contains(QLatin1String("Sari Jaya"))); // names, not values
}

void AccessWindowTest::restoreFromTheWindow()
{
    build();
    loginAs(kManager);
    const QString journal = m_rig->store->path();
    QCOMPARE(sell(QStringLiteral("081234567801")).status, SaleStatus::Success);
    QVERIFY(JournalBackups(journal).backupNow(QStringLiteral("manual")).ok);
    QCOMPARE(sell(QStringLiteral("081234567802")).status, SaleStatus::Success);

    QVERIFY(openSettings());
    auto *restoreButton
        = m_shift->settingsDialog()->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
    QVERIFY(restoreButton);
    // Without the manager's PIN: no choice of backups.
    AccessGate::setNextAnswer(false);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(!m_shift->settingsDialog()->findChild<RestoreDialog *>());

    QSignalSpy restart(m_shift.get(), &ShiftController::restartRequested);
    AccessGate::setNextAnswer(true);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    RestoreDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_shift->settingsDialog()->findChild<RestoreDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->list()->count(), 1);
    dialog->list()->setCurrentRow(0);
    // Older than the journal's newest sale: refused unless the manager says so.
    QTRY_COMPARE(dialog->newerSales(), 1);
    QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("1 sale(s) newer")),
        qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!dialog->restoreButton()->isEnabled());
    QVERIFY(dialog->forceBox()->isEnabled());
    dialog->forceBox()->setChecked(true);
    QVERIFY(dialog->restoreButton()->isEnabled());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QCOMPARE(restart.count(), 1);
    const auto request = PendingRestore::read(journal);
    QVERIFY(request);
    QVERIFY(request->force);
    QCOMPARE(request->manager, kManager);
    QCOMPARE(audit().last().event, AuditEvent::Restore);

    // The restart: everything closed, the restore runs before the journal is opened again.
    cleanup();
    const auto outcome = PendingRestore::applyIfRequested(journal);
    QVERIFY(outcome);
    QCOMPARE(outcome->result.outcome, RestoreResult::Restored);
    QVERIFY(!PendingRestore::read(journal));
    QVERIFY(QFile::exists(outcome->result.previousJournalBackup));
    build(journal);
    SaleHistoryFilter all;
    const QList<SaleRecord> sales = m_rig->store->history(all);
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales.first().custId, QStringLiteral("081234567801"));
    // The replaced journal, with both sales, was kept.
    QString error;
    QCOMPARE(JournalBackups::salesNewerThan(outcome->result.previousJournalBackup, journal, &error), 1);
}

QTEST_MAIN(AccessWindowTest)
#include "tst_ui_access.moc"
