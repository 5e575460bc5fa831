#include "people/ShiftController.h"

#include "MainWindow.h"
#include "ManagerPage.h"
#include "SaleStatusBar.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "api/MerchantApiClient.h"
#include "backup/DailyBackupTimer.h"
#include "backup/PendingRestore.h"
#include "backup/RestoreDialog.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"
#include "people/AccessGate.h"
#include "people/FirstStartDialog.h"
#include "people/PinDialog.h"
#include "people/PinManagerAccess.h"
#include "people/Session.h"
#include "sale/SaleService.h"
#include "secrets/ApiKeyStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsPage.h"
#include "store/ReceiptStore.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
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
    , m_managerAccess(new PinManagerAccess(m_gate, m_session, this))
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

ManagerAccess *ShiftController::managerAccess() const
{
    return m_managerAccess;
}

void ShiftController::watchManagerPage(ManagerPage *page)
{
    m_managerAccess->watch(page);
    connect(page, &ManagerPage::closeDone, this, [this, page](bool ok) {
        if (!ok || !page->lastClose())
            return;
        const CloseRecord &c = *page->lastClose();
        const QString manager = m_managerAccess->authorizedBy();
        m_audit.record(AuditEvent::Close, manager.isEmpty() ? m_session->userName() : manager,
            QStringLiteral("No. %1, terminal %2, day %3; backup %4")
                .arg(c.closeNo)
                .arg(c.terminalId, c.day.toString(Qt::ISODate), c.backupPath));
    });
    connect(page, &ManagerPage::exported, this, [this](const QString &path) {
        m_audit.record(
            AuditEvent::Export, m_session->userName(), QStringLiteral("manager page: %1").arg(path));
    });
    if (auto *recheck = page->findChild<QPushButton *>(QStringLiteral("recheckButton"))) {
        connect(recheck, &QPushButton::clicked, this, [this] {
            m_audit.record(AuditEvent::ManualRecheck, m_session->userName(), QStringLiteral("manager page"));
        });
    }
}

void ShiftController::attachReceipts(ReceiptActions *actions, HistoryPage *history)
{
    m_receipts = actions;
    actions->setPrintGuard([this](qint64 saleId) { return allowPrint(saleId); });
    connect(actions, &ReceiptActions::printFinished, this, [this](const PrintOutcome &outcome) {
        const QString manager = m_reprintManagers.take(outcome.saleId);
        if (outcome.ok && outcome.copyNumber >= 1)
            m_audit.record(AuditEvent::Reprint, m_session->userName(),
                QStringLiteral("%1 copy %2 to %3%4")
                    .arg(outcome.receiptNo)
                    .arg(outcome.copyNumber)
                    .arg(outcome.target,
                        manager.isEmpty() ? QString() : QStringLiteral("; manager PIN of %1").arg(manager)));
    });
    if (!history)
        return;
    connect(history, &HistoryPage::csvExportFinished, this, [this](bool ok, qint64 rows) {
        if (ok)
            m_audit.record(AuditEvent::Export, m_session->userName(),
                QStringLiteral("history CSV: %1 sale(s)").arg(rows));
    });
    connect(history, &HistoryPage::recheckRequested, this, [this](const QString &receiptNo) {
        m_audit.record(AuditEvent::ManualRecheck, m_session->userName(), receiptNo);
    });
}

bool ShiftController::allowPrint(qint64 saleId)
{
    // The original and one copy are the cashier's; a second reprint (copy 2 and later) needs the
    // manager's PIN, asked each time.
    const std::optional<SaleRecord> record = m_store->findById(saleId);
    if (!record || record->printedCount < 2)
        return true;
    if (!m_gate->requireManager(m_window, ProtectedAction::SecondReprint))
        return false;
    m_reprintManagers.insert(saleId, m_gate->lastManager());
    return true;
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
            // As tall as the screen allows: fewer fields hidden below the scroll bar.
            const QRect screen
                = m_window->screen() ? m_window->screen()->availableGeometry() : QRect(0, 0, 1024, 768);
            m_settingsDialog->resize(qMin(760, screen.width() - 40), qMax(480, screen.height() - 80));
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
            auto *restore = new QPushButton(tr("Restore backup…"), m_settingsDialog);
            restore->setObjectName(QStringLiteral("restoreBackupButton"));
            restore->setToolTip(tr("Put a backup in place of the journal (the manager's PIN again)."));
            auto *bottom = new QHBoxLayout;
            bottom->addStretch(1);
            bottom->addWidget(restore);
            layout->addLayout(bottom);
            connect(restore, &QPushButton::clicked, this, &ShiftController::restoreBackup);
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
        config.repeatCustomer = m_settings->repeatCustomer();
        config.defaultStoreFee = m_settings->storeFee();
        for (const Product &p : m_catalog.products())
            config.storeFeeByProduct.insert(p.code.toUpper(), m_settings->storeFee(p.code));
        m_window->topUpPage()->setCounterConfig(config);
        m_window->saleStatusBar()->setCounterConfig(config);
    }
    if (m_receipts) {
        // The next receipt has the new header, footer and paper; prints go where now chosen.
        ReceiptPrinter *printer = m_receipts->printer();
        ReceiptOptions options = printer->options();
        options.storeName = m_settings->receiptStoreName();
        options.addressLines = m_settings->receiptAddressLines();
        options.footer = m_settings->receiptFooter();
        printer->setOptions(options);
        printer->setPaperMm(m_settings->receiptPaperMm());
        if (const auto destination = PrintDestination::parse(m_settings->receiptDestination()))
            m_receipts->setDestination(*destination);
        m_receipts->setAutoPrint(m_settings->receiptAutoPrint());
    }
    emit settingsApplied(names);
}

void ShiftController::restoreBackup()
{
    QWidget *parent = m_settingsDialog && m_settingsDialog->isVisible()
        ? static_cast<QWidget *>(m_settingsDialog)
        : m_window.data();
    m_gate->request(parent, ProtectedAction::RestoreBackup, [this, parent](bool allowed) {
        if (!allowed)
            return;
        const QString manager = m_gate->lastManager();
        auto *dialog = new RestoreDialog(m_store->path(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, manager] {
            const QString backup = dialog->chosenBackup();
            if (backup.isEmpty())
                return;
            // A sale being paid now must land in the journal that is kept: wait for it.
            if (m_window && m_window->topUpPage()->step() == TopUpPage::Step::Paying) {
                if (m_settingsPage)
                    m_settingsPage->messageLabel()->setText(
                        tr("Not restored: a sale is being paid. Restore once it has its answer."));
                return;
            }
            PendingRestore::Request request;
            request.backupPath = backup;
            request.force = dialog->force();
            request.manager = manager;
            QString error;
            if (!PendingRestore::write(m_store->path(), request, &error)) {
                qWarning("the restore request could not be written: %s", qPrintable(error));
                return;
            }
            m_audit.record(AuditEvent::Restore, m_session->userName(),
                QStringLiteral("requested from %1%2; runs at the restart")
                    .arg(backup, request.force ? QStringLiteral(" (forced)") : QString()));
            emit restartRequested();
        });
        dialog->open();
    });
}

} // namespace Kasir
