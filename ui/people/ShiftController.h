#pragma once

#include "catalog/ProductCatalog.h"
#include "people/AuditTrail.h"
#include "people/UserDirectory.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QLabel;
class QPushButton;

namespace Kasir {

class AccessGate;
class DailyBackupTimer;
class HistoryPage;
class ManagerAccess;
class ManagerPage;
class PinManagerAccess;
class ReceiptActions;
class ApiKeyStore;
class AppSettings;
class MainWindow;
class MerchantApiClient;
class ReceiptStore;
class SaleService;
class Session;
class SettingsPage;

// People at the counter, wired into the window without growing MainWindow: the first-start
// manager setup, the login at shift start, logout / switch user, and the settings page behind
// the manager's PIN. Settings saved there apply at once (API address, key and timeout; prices,
// warning level, terminal id).
class ShiftController : public QObject
{
    Q_OBJECT
public:
    // keyStore: where the API key is kept (may be null: the key field is then refused).
    ShiftController(ReceiptStore *store, AppSettings *settings, MerchantApiClient *client,
        ApiKeyStore *keyStore, const ProductCatalog &catalog, QObject *parent = nullptr);
    ~ShiftController() override;

    // The sale service whose terminal id and duplicate window follow the settings.
    void setSaleService(SaleService *sales) { m_sales = sales; }
    // Adds the user label, the switch-user and settings buttons to the window's status bar.
    void attach(MainWindow *window);
    // First start (manager setup) when there is no manager yet, then the login. Asynchronous.
    void startShift();
    // The daily journal backup while the window runs (kept in the audit trail).
    void startDailyBackups();
    // The manager's PIN in front of the manager page (give managerAccess() to the page and the
    // window), and its closes, exports and re-checks in the audit trail.
    void watchManagerPage(ManagerPage *page);
    ManagerAccess *managerAccess() const;
    PinManagerAccess *pinManagerAccess() const { return m_managerAccess; }
    // Receipts: a second reprint asks for the manager's PIN; every reprint is audited. The
    // history page's exports and re-checks are audited too.
    void attachReceipts(ReceiptActions *actions, HistoryPage *history = nullptr);

    UserDirectory *users() { return &m_users; }
    AuditTrail *audit() { return &m_audit; }
    Session *session() const { return m_session; }
    AccessGate *gate() const { return m_gate; }
    QDialog *settingsDialog() const;
    SettingsPage *settingsPage() const;

signals:
    // The first start was cancelled: the program should end.
    void quitRequested();
    // A settings save was applied; names only.
    void settingsApplied(const QStringList &names);
    // A restore was requested (the manager's PIN given, the request written): the program should
    // start again, and the restore runs before the journal is opened.
    void restartRequested();

public:
    // "Restore backup…": the manager's PIN, the choice of backup, then restartRequested().
    void restoreBackup();

private:
    void showLogin();
    void openSettings();
    void applySettings(const QStringList &names);
    void onUserChanged();
    bool allowPrint(qint64 saleId);

    ReceiptStore *m_store;
    AppSettings *m_settings;
    MerchantApiClient *m_client;
    ApiKeyStore *m_keyStore;
    ProductCatalog m_catalog;
    AuditTrail m_audit;
    UserDirectory m_users;
    Session *m_session;
    AccessGate *m_gate;
    PinManagerAccess *m_managerAccess;
    QPointer<ReceiptActions> m_receipts;
    QHash<qint64, QString> m_reprintManagers; // sale id -> the manager whose PIN allowed its reprint
    DailyBackupTimer *m_backups = nullptr;
    SaleService *m_sales = nullptr;
    QPointer<MainWindow> m_window;
    QLabel *m_userLabel = nullptr;
    QPushButton *m_switchUser = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPointer<QDialog> m_settingsDialog;
    QPointer<SettingsPage> m_settingsPage;
};

} // namespace Kasir
