// People in the window: first-start manager setup, login and lockout, the manager's PIN in front
// of the settings, settings applied without a restart, and each sale recording its user.
// Real widgets offscreen, the real sandbox process, a real SQLite journal.
#include "ConfirmPanel.h"
#include "EntryPanel.h"
#include "MainWindow.h"
#include "ResolveNotice.h"
#include "SaleStatusBar.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "api/MerchantApiClient.h"
#include "clock/Clock.h"
#include "people/AccessGate.h"
#include "people/AuditTrail.h"
#include "people/FirstStartDialog.h"
#include "people/PinDialog.h"
#include "people/Session.h"
#include "people/ShiftController.h"
#include "sale/SaleService.h"
#include "secrets/FileKeyStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "store/ReceiptStore.h"

#include "SandboxProcess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kasir;

namespace {
constexpr int kPinTimeoutMs = 20000; // PBKDF2 on a shared, loaded machine
}

class PeopleWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartSetsUpTheManager();
    void loginAndLockout();
    void cashierRefusedTheSettings();
    void settingsRefuseHttpToAnotherHost();
    void settingsChangeAppliesWithoutRestart();
    void saleRecordsTheLoggedInUser();
    void dailyBackupWhileTheWindowRuns();
    void manualRecheckIsAudited();

private:
    void build(bool withUsers);
    template <typename T> T *waitForDialog();
    void login(const QString &name, const QString &pin);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ReceiptStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MerchantApiClient> m_client;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<FileKeyStore> m_keys;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ShiftController> m_shift;
};

void PeopleWindowTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    qApp->setStyleSheet(Theme::styleSheet());
}

void PeopleWindowTest::init()
{
    QVERIFY(m_sandbox->reset(500000));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void PeopleWindowTest::cleanup()
{
    m_shift.reset();
    m_window.reset();
    m_sales.reset();
    m_client.reset();
    m_nam.reset();
    m_store.reset();
    m_keys.reset();
    m_settings.reset();
    m_qsettings.reset();
}

void PeopleWindowTest::build(bool withUsers)
{
    m_qsettings
        = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_store = std::make_unique<ReceiptStore>(
        m_dir->filePath(QStringLiteral("kasir.sqlite")), SystemClock::instance());
    QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
    if (withUsers) {
        UserDirectory users(*m_store);
        QVERIFY(users.addUser(QStringLiteral("Sari"), Role::Manager, QStringLiteral("9182")));
        QVERIFY(users.addUser(QStringLiteral("Andi"), Role::Cashier, QStringLiteral("2468")));
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    ApiConfig config;
    config.baseUrl = m_sandbox->baseUrl();
    config.apiKey = m_sandbox->apiKey();
    config.timeoutMs = 10000;
    m_client = std::make_unique<MerchantApiClient>(m_nam.get(), config);
    SaleServiceOptions options;
    options.autoRecovery = false;
    m_sales = std::make_unique<SaleService>(m_store.get(), m_client.get(), SystemClock::instance(), options);
    m_keys = std::make_unique<FileKeyStore>(m_dir->filePath(QStringLiteral("config/api-key")));
    CounterConfig counter;
    counter.defaultStoreFee = Money::fromRupiah(1000);
    m_window = std::make_unique<MainWindow>(m_sales.get(), ProductCatalog::builtIn(), counter);
    m_shift = std::make_unique<ShiftController>(
        m_store.get(), m_settings.get(), m_client.get(), m_keys.get(), ProductCatalog::builtIn());
    m_shift->attach(m_window.get());
    m_shift->setSaleService(m_sales.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

template <typename T> T *PeopleWindowTest::waitForDialog()
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *d : m_window->findChildren<T *>()) {
                if (d->isVisible()) {
                    found = d;
                    return true;
                }
            }
            return false;
        },
        5000);
    return found;
}

void PeopleWindowTest::login(const QString &name, const QString &pin)
{
    auto *dialog = waitForDialog<PinDialog>();
    QVERIFY(dialog);
    dialog->preselect(name);
    QTest::keyClicks(dialog->pinEdit(), pin);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_shift->session()->userName(), name, kPinTimeoutMs);
}

void PeopleWindowTest::firstStartSetsUpTheManager()
{
    build(false);
    QVERIFY(!m_shift->users()->hasManager());
    m_shift->startShift();
    auto *first = waitForDialog<FirstStartDialog>();
    QVERIFY(first);
    QVERIFY(!m_window->topUpPage()->isEnabled()); // no sale before someone logs in

    // Different PINs: refused, nothing kept.
    QTest::keyClicks(first->nameEdit(), QStringLiteral("Bu Sari"));
    QTest::keyClicks(first->pinEdit(), QStringLiteral("4826"));
    QTest::keyClicks(first->pinAgainEdit(), QStringLiteral("4827"));
    QTest::mouseClick(first->okButton(), Qt::LeftButton);
    QVERIFY(first->messageLabel()->text().contains(QLatin1String("differ")));
    QVERIFY(m_shift->users()->users().isEmpty());
    // Letters cannot be typed into a PIN.
    first->pinEdit()->clear();
    QTest::keyClicks(first->pinEdit(), QStringLiteral("48a26"));
    QCOMPARE(first->pinEdit()->text(), QStringLiteral("4826"));
    QTest::keyClicks(first->pinAgainEdit(), QStringLiteral("4826"));
    QTest::mouseClick(first->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_shift->users()->hasManager(), kPinTimeoutMs);
    const QList<User> users = m_shift->users()->users();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).name, QStringLiteral("Bu Sari"));
    QCOMPARE(users.at(0).role, Role::Manager);

    // Then the login, with the new PIN.
    login(QStringLiteral("Bu Sari"), QStringLiteral("4826"));
    QVERIFY(m_shift->session()->isManager());
    QVERIFY(m_window->topUpPage()->isEnabled());
    QCOMPARE(m_window->saleStatusBar()->findChild<QLabel *>(QStringLiteral("cashierLabel"))->text(),
        QStringLiteral("Cashier: Bu Sari"));
}

void PeopleWindowTest::loginAndLockout()
{
    build(true);
    m_shift->startShift();
    auto *dialog = waitForDialog<PinDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->userBox()->count(), 2);
    dialog->preselect(QStringLiteral("Andi"));
    for (int i = 1; i <= 5; ++i) {
        QTest::keyClicks(dialog->pinEdit(), QStringLiteral("1111"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kPinTimeoutMs);
        if (i < 5)
            QCOMPARE(dialog->messageLabel()->text(),
                QStringLiteral("Wrong PIN. %1 attempt(s) left before a 5-minute lock.").arg(5 - i));
    }
    QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("locked")),
        qPrintable(dialog->messageLabel()->text()));
    QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("5 minute")));
    // The right PIN while locked: still refused.
    QTest::keyClicks(dialog->pinEdit(), QStringLiteral("2468"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->okButton()->isEnabled(), kPinTimeoutMs);
    QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("locked")));
    QVERIFY(!m_shift->session()->user());
    QVERIFY(dialog->isVisible());
    QVERIFY(m_shift->users()->find(QStringLiteral("Andi"))->lockedUntilUtc > QDateTime::currentDateTimeUtc());

    // Another user is not locked out.
    login(QStringLiteral("Sari"), QStringLiteral("9182"));

    QStringList events;
    for (const AuditEntry &e : m_shift->audit()->entries())
        events << AuditTrail::eventName(e.event);
    QCOMPARE(events.count(QStringLiteral("FAILED_PIN")), 6);
    QCOMPARE(events.count(QStringLiteral("LOCKOUT")), 1);
    QCOMPARE(events.last(), QStringLiteral("LOGIN"));

    // Switch user: the logout is recorded and the login comes back.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("switchUserButton")), Qt::LeftButton);
    QVERIFY(!m_shift->session()->user());
    QVERIFY(!m_window->topUpPage()->isEnabled());
    QCOMPARE(AuditTrail::eventName(m_shift->audit()->entries().last().event), QStringLiteral("LOGOUT"));
    QVERIFY(waitForDialog<PinDialog>());
}

void PeopleWindowTest::cashierRefusedTheSettings()
{
    build(true);
    m_shift->startShift();
    login(QStringLiteral("Andi"), QStringLiteral("2468"));
    QVERIFY(!m_shift->session()->isManager());

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("settingsButton")), Qt::LeftButton);
    auto *gate = waitForDialog<PinDialog>();
    QVERIFY(gate);
    // Only managers can be chosen; the cashier's own PIN does not open the settings.
    QCOMPARE(gate->userBox()->count(), 1);
    QCOMPARE(gate->userBox()->currentData().toString(), QStringLiteral("Sari"));
    QTest::keyClicks(gate->pinEdit(), QStringLiteral("2468"));
    QTest::mouseClick(gate->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(gate->okButton()->isEnabled(), kPinTimeoutMs);
    QVERIFY(gate->messageLabel()->text().startsWith(QLatin1String("Wrong PIN")));
    QTest::keyClick(gate, Qt::Key_Escape);
    QTRY_VERIFY(!gate->isVisible());
    QVERIFY(!m_shift->settingsDialog());
    QCOMPARE(m_shift->session()->userName(), QStringLiteral("Andi")); // still the cashier's shift

    // Through the seam: a refused gate opens nothing either.
    AccessGate::setNextAnswer(false);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("settingsButton")), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(!m_shift->settingsDialog());
}

void PeopleWindowTest::settingsRefuseHttpToAnotherHost()
{
    build(true);
    m_settings->setBaseUrl(QUrl(QStringLiteral("https://api.example.co.id")));
    AccessGate::setNextAnswer(true);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("settingsButton")), Qt::LeftButton);
    QTRY_VERIFY(m_shift->settingsDialog() && m_shift->settingsDialog()->isVisible());
    SettingsPage *page = m_shift->settingsPage();
    page->baseUrlEdit()->setText(QStringLiteral("http://api.example.co.id"));
    page->storeFeeEdit(QStringLiteral("GOPAY"))->setText(QStringLiteral("3000"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->text().contains(QLatin1String("https://")),
        qPrintable(page->messageLabel()->text()));
    QVERIFY(page->messageLabel()->text().contains(QLatin1String("Nothing was changed")));
    QCOMPARE(m_settings->baseUrl(), QUrl(QStringLiteral("https://api.example.co.id")));
    QCOMPARE(m_settings->storeFee(QStringLiteral("GOPAY")), AppSettings::defaultStoreFee());
    QCOMPARE(m_client->config().baseUrl, m_sandbox->baseUrl());

    // Loopback may use plain http.
    page->baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
    page->storeFeeEdit(QStringLiteral("GOPAY"))->setText(QStringLiteral("abc"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY(page->messageLabel()->text().contains(QLatin1String("Store fee")));
    QCOMPARE(m_settings->baseUrl(), QUrl(QStringLiteral("https://api.example.co.id")));
}

void PeopleWindowTest::settingsChangeAppliesWithoutRestart()
{
    build(true);
    m_client->setConfig([&] {
        ApiConfig c = m_client->config();
        c.apiKey.clear();
        c.baseUrl = QUrl(QStringLiteral("https://old.example"));
        return c;
    }());
    AccessGate::setNextAnswer(true);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("settingsButton")), Qt::LeftButton);
    QTRY_VERIFY(m_shift->settingsDialog() && m_shift->settingsDialog()->isVisible());
    SettingsPage *page = m_shift->settingsPage();
    page->baseUrlEdit()->setText(m_sandbox->baseUrl().toString());
    page->apiKeyEdit()->setText(m_sandbox->apiKey());
    QCOMPARE(page->apiKeyEdit()->echoMode(), QLineEdit::Password);
    page->storeFeeEdit(QStringLiteral("GOPAY"))->setText(QStringLiteral("2500"));
    page->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(12);
    page->findChild<QLineEdit *>(QStringLiteral("terminalEdit"))->setText(QStringLiteral("k07"));
    QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("resolveSoundBox"))->isChecked());
    page->findChild<QCheckBox *>(QStringLiteral("resolveSoundBox"))->setChecked(false);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(page->messageLabel()->text().startsWith(QLatin1String("Saved")));

    // Applied now: prices, address, timeout and key.
    QCOMPARE(
        m_window->topUpPage()->counterConfig().storeFeeFor(QStringLiteral("GOPAY")), Money::fromRupiah(2500));
    QCOMPARE(m_client->config().baseUrl, m_sandbox->baseUrl());
    QCOMPARE(m_client->config().timeoutMs, 12000);
    QVERIFY(!m_window->topUpPage()->counterConfig().resolveSound);
    QVERIFY(!m_window->topUpPage()->findChild<ResolveNotice *>()->soundOn());
    QVERIFY(!m_settings->resolveSound());
    QTRY_COMPARE(m_client->config().apiKey, m_sandbox->apiKey());
    QCOMPARE(m_keys->readNow().key, m_sandbox->apiKey());
    // The key is not in the settings file; the audit names the settings, not their values.
    m_qsettings->sync();
    QFile ini(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_sandbox->apiKey().toUtf8()));
    const AuditEntry last = m_shift->audit()->entries().last();
    QCOMPARE(last.event, AuditEvent::SettingsChanged);
    QVERIFY(last.detail.contains(QLatin1String("pricing/storeFee_GOPAY")));
    QVERIFY(last.detail.contains(QLatin1String("api/key")));
    QVERIFY(!last.detail.contains(m_sandbox->apiKey()));
    QVERIFY(!last.detail.contains(QLatin1String("2500")));

    // "Test connection" runs an inquiry: nothing is charged.
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(page->messageLabel()->text().startsWith(QLatin1String("Connected")),
        qPrintable(page->messageLabel()->text()), 20000);
    QCOMPARE(m_sandbox->balance(), 500000);

    // The new fee is used by the next sale's confirmation.
    m_shift->session()->begin(*m_shift->users()->find(QStringLiteral("Andi")));
    m_shift->settingsDialog()->hide();
    m_window->activateWindow();
    m_window->topUpPage()->startNewSale();
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("08123456789"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->topUpPage()->step(), TopUpPage::Step::Confirm, 20000);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("confirmStoreFee"))->text(),
        Money::fromRupiah(2500).format());
    // And the new terminal id numbers its receipt.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->topUpPage()->step(), TopUpPage::Step::Result, 20000);
    SaleHistoryFilter all;
    const QList<SaleRecord> sales = m_store->history(all);
    QCOMPARE(sales.size(), 1);
    QVERIFY2(sales.first().receiptNo.startsWith(QLatin1String("K07-")), qPrintable(sales.first().receiptNo));
    QCOMPARE(sales.first().sellingPrice, sales.first().unitPrice.value() + Money::fromRupiah(2500));
}

void PeopleWindowTest::saleRecordsTheLoggedInUser()
{
    build(true);
    m_shift->startShift();
    login(QStringLiteral("Andi"), QStringLiteral("2468"));
    m_window->activateWindow();
    m_window->topUpPage()->startNewSale();
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("08123456789"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->topUpPage()->step(), TopUpPage::Step::Confirm, 20000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->topUpPage()->step(), TopUpPage::Step::Result, 20000);
    SaleHistoryFilter all;
    const QList<SaleRecord> sales = m_store->history(all);
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales.first().cashier, QStringLiteral("Andi"));
    QCOMPARE(sales.first().status, SaleStatus::Success);
}

void PeopleWindowTest::dailyBackupWhileTheWindowRuns()
{
    build(true);
    m_shift->startDailyBackups();
    QTRY_VERIFY_WITH_TIMEOUT(!m_shift->audit()->entries().isEmpty()
            && m_shift->audit()->entries().last().event == AuditEvent::Backup,
        20000);
    const QString detail = m_shift->audit()->entries().last().detail;
    QVERIFY(detail.startsWith(QLatin1String("daily: ")));
    QVERIFY(QFile::exists(detail.mid(7)));
    QVERIFY(detail.contains(QLatin1String("/backups/kasir-daily-")));
}

void PeopleWindowTest::manualRecheckIsAudited()
{
    build(true);
    m_shift->startShift();
    login(QStringLiteral("Andi"), QStringLiteral("2468"));
    auto *checkNow = m_window->findChild<QPushButton *>(QStringLiteral("checkNowButton"));
    QVERIFY(checkNow);
    checkNow->setEnabled(true); // as when a sale is being checked
    QTest::mouseClick(checkNow, Qt::LeftButton);
    const AuditEntry last = m_shift->audit()->entries().last();
    QCOMPARE(last.event, AuditEvent::ManualRecheck);
    QCOMPARE(last.user, QStringLiteral("Andi"));
}

QTEST_MAIN(PeopleWindowTest)
#include "tst_ui_people.moc"
