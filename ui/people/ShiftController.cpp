#include "people/ShiftController.h"

#include "MainWindow.h"
#include "SaleStatusBar.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "api/MerchantApiClient.h"
#include "backup/DailyBackupTimer.h"
#include "people/AccessGate.h"
#include "people/FirstStartDialog.h"
#include "people/PinDialog.h"
#include "people/Session.h"
#include "sale/SaleService.h"
#include "secrets/ApiKeyStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "store/ReceiptStore.h"

#include <QDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kasir {

ShiftController::ShiftController(ReceiptStore *store, AppSettings *settings, MerchantApiClient *client,
    ApiKeyStore *keyStore, const ProductCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_client(client)
    , m_keyStore(keyStore)
    , m_catalog(catalog)
    , m_audit(*store)
    , m_users(*store)
    , m_session(new Session(&m_audit, this))
    , m_gate(new AccessGate(&m_users, m_session, this))
{
    connect(m_session, &Session::userChanged, this, &ShiftController::onUserChanged);
}

ShiftController::~ShiftController() = default;

QDialog *ShiftController::settingsDialog() const
{
    return m_settingsDialog;
}

SettingsPage *ShiftController::settingsPage() const
{
    return m_settingsPage;
}

void ShiftController::attach(MainWindow *window)
{
    m_window = window;
    m_switchUser = new QPushButton(tr("Switch user"), window);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setFocusPolicy(Qt::NoFocus);
    Theme::setRole(m_switchUser, "nav");
    m_settingsButton = new QPushButton(tr("Settings"), window);
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_settingsButton->setFocusPolicy(Qt::NoFocus);
    Theme::setRole(m_settingsButton, "nav");
    window->addNavAction(m_switchUser);
    window->addNavAction(m_settingsButton);
    connect(m_switchUser, &QPushButton::clicked, this, [this] {
        m_session->end();
        showLogin();
    });
    connect(m_settingsButton, &QPushButton::clicked, this, &ShiftController::openSettings);
    // A manual re-check of the sales being checked is kept in the audit trail with its user.
    if (auto *checkNow = window->findChild<QPushButton *>(QStringLiteral("checkNowButton"))) {
        connect(checkNow, &QPushButton::clicked, this,
            [this] { m_audit.record(AuditEvent::ManualRecheck, m_session->userName()); });
    }
    onUserChanged();
}

void ShiftController::startShift()
{
    if (m_users.hasManager()) {
        showLogin();
        return;
    }
    auto *first = new FirstStartDialog(&m_users, m_window);
    first->setAttribute(Qt::WA_DeleteOnClose);
    connect(first, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            showLogin();
        else
            emit quitRequested();
    });
    first->open();
}

void ShiftController::startDailyBackups()
{
    if (m_backups)
        return;
    m_backups = new DailyBackupTimer(m_store->path(), nullptr, this);
    connect(m_backups, &DailyBackupTimer::backupFinished, this, [this](const BackupResult &result) {
        if (result.ok)
            m_audit.record(AuditEvent::Backup, QString(), QStringLiteral("daily: %1").arg(result.path));
        else
            qWarning("daily journal backup failed: %s", qPrintable(result.error));
    });
    m_backups->start();
}

void ShiftController::showLogin()
{
    auto *login = new PinDialog(
        &m_users, PinDialog::Mode::Login, tr("Start of shift: who is at the counter?"), m_window);
    login->setAttribute(Qt::WA_DeleteOnClose);
    connect(login, &QDialog::finished, this, [this, login](int result) {
        if (result == QDialog::Accepted)
            m_session->begin(login->user());
        else
            QMetaObject::invokeMethod(
                this, &ShiftController::showLogin, Qt::QueuedConnection); // no sale without a user
    });
    login->open();
}

void ShiftController::onUserChanged()
{
    if (!m_window)
        return;
    CounterConfig config = m_window->topUpPage()->counterConfig();
    config.cashierName = m_session->userName();
    m_window->topUpPage()->setCounterConfig(config);
    m_window->saleStatusBar()->setCounterConfig(config);
    m_window->topUpPage()->setEnabled(m_session->user().has_value());
}

void ShiftController::openSettings()
{
    m_gate->request(m_window, ProtectedAction::Settings, [this](bool allowed) {
        if (!allowed)
            return;
        if (!m_settingsDialog) {
            m_settingsDialog = new QDialog(m_window);
            m_settingsDialog->setObjectName(QStringLiteral("settingsDialog"));
            m_settingsDialog->setWindowTitle(tr("Settings"));
            m_settingsDialog->resize(700, 600);
            m_settingsDialog->setModal(true); // the counter waits while the manager changes settings
            auto *layout = new QVBoxLayout(m_settingsDialog);
            auto *scroll = new QScrollArea(m_settingsDialog);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            auto *tester = new MerchantApiClient(
                new QNetworkAccessManager(m_settingsDialog), m_client->config(), m_settingsDialog);
            m_settingsPage = new SettingsPage(m_settings, m_keyStore, tester, m_catalog, &m_audit, scroll);
            scroll->setWidget(m_settingsPage);
            layout->addWidget(scroll);
            connect(m_settingsPage, &SettingsPage::settingsSaved, this, &ShiftController::applySettings);
        }
        m_settingsPage->reload();
        m_settingsPage->setUserName(m_session->userName());
        m_settingsDialog->show();
        m_settingsDialog->raise();
    });
}

void ShiftController::applySettings(const QStringList &names)
{
    ApiConfig api = m_client->config();
    if (!m_settings->baseUrl().isEmpty() && qEnvironmentVariableIsEmpty("KASIR_BASE_URL"))
        api.baseUrl = m_settings->baseUrl();
    api.timeoutMs = m_settings->clientTimeoutSeconds() * 1000;
    m_client->setConfig(api);
    if (m_sales)
        m_sales->setCounterOptions(m_settings->terminalId(), m_settings->duplicateWindowSeconds());
    if (names.contains(QStringLiteral("api/key")) && m_keyStore
        && qEnvironmentVariableIsEmpty("KASIR_API_KEY")) {
        QPointer<ShiftController> self(this);
        m_keyStore->read([self](const ApiKeyResult &r) {
            if (!self || !r.ok())
                return;
            ApiConfig withKey = self->m_client->config();
            withKey.apiKey = r.key;
            self->m_client->setConfig(withKey);
        });
    }
    if (m_window) {
        CounterConfig config = m_window->topUpPage()->counterConfig();
        config.lowBalanceThreshold = m_settings->lowBalanceThreshold();
        config.resolveSound = m_settings->resolveSound();
        config.defaultStoreFee = m_settings->storeFee();
        for (const Product &p : m_catalog.products())
            config.storeFeeByProduct.insert(p.code.toUpper(), m_settings->storeFee(p.code));
        m_window->topUpPage()->setCounterConfig(config);
        m_window->saleStatusBar()->setCounterConfig(config);
    }
    emit settingsApplied(names);
}

} // namespace Kasir
