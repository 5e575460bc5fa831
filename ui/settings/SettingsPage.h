#pragma once

#include "catalog/ProductCatalog.h"
#include "money/Money.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Kasir {

class ApiCall;
class ApiKeyStore;
class AppSettings;
class AuditTrail;
class MerchantApiClient;
struct ApiResult;

// The manager's settings: API address and key, timeout, terminal id, store fee per wallet,
// low-deposit warning, language, duplicate guard, the repeat customer, and receipts (store name,
// address, footer, printer, paper width, automatic printing). Save checks every field first: one bad value
// is named in plain words and nothing is changed. The key field is masked and never shown
// back; it is kept in the keychain or the 0600 file (keyStore), never in the settings.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // tester: a client used only for "Test connection" (an inquiry, which charges nothing).
    SettingsPage(AppSettings *settings, ApiKeyStore *keyStore, MerchantApiClient *tester,
        const ProductCatalog &catalog, AuditTrail *audit, QWidget *parent = nullptr);

    // Fills the fields from the settings (the key field stays empty).
    void reload();
    void setUserName(const QString &name) { m_userName = name; }
    void setKeySourceText(const QString &text);

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *storeFeeEdit(const QString &productCode) const { return m_fees.value(productCode); }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    QLineEdit *storeNameEdit() const { return m_storeName; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *footerEdit() const { return m_footer; }
    QComboBox *printerBox() const { return m_printer; }
    QLineEdit *printerTargetEdit() const { return m_printerTarget; }
    QComboBox *paperBox() const { return m_paper; }
    QCheckBox *autoPrintBox() const { return m_autoPrint; }
    QCheckBox *repeatCustomerBox() const { return m_repeatCustomer; }

    // Limits of the receipt's header and footer.
    static constexpr int MaxStoreName = 40;
    static constexpr int MaxAddressLines = 4;
    static constexpr int MaxAddressLine = 64;
    static constexpr int MaxFooter = 160;

signals:
    // After a save: the names of the settings that changed (never their values).
    void settingsSaved(const QStringList &names);

private:
    void save();
    void testConnection();
    void sendTestInquiry();
    void onTestFinished(const Kasir::ApiResult &result);
    void showMessage(const QString &text, bool error);
    QString validate(QUrl *url, QHash<QString, Money> *fees, Money *lowBalance) const;
    QString validateReceipt(QStringList *address, QString *destination) const;
    QString destinationText() const; // the printer choice as a receipt/destination value
    void showDestination(const QString &destination);
    void saveReceipt(const QStringList &address, const QString &destination, QStringList *changed);
    void finishSave(const QStringList &changed);

    AppSettings *m_settings;
    ApiKeyStore *m_keyStore;
    MerchantApiClient *m_tester;
    ProductCatalog m_catalog;
    AuditTrail *m_audit;
    QString m_userName;

    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QLabel *m_keySource;
    QSpinBox *m_timeout;
    QLineEdit *m_terminal;
    QHash<QString, QLineEdit *> m_fees;
    QLineEdit *m_lowBalance;
    QComboBox *m_language;
    QSpinBox *m_duplicateWindow;
    QCheckBox *m_resolveSound;
    QCheckBox *m_repeatCustomer;
    QLineEdit *m_storeName;
    QPlainTextEdit *m_address;
    QLineEdit *m_footer;
    QComboBox *m_printer;
    QLineEdit *m_printerTarget;
    QComboBox *m_paper;
    QCheckBox *m_autoPrint;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_test;
    QPointer<ApiCall> m_testCall;
    bool m_saving = false;
};

} // namespace Kasir
