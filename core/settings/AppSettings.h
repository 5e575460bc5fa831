#pragma once

#include "money/Money.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace Kasir {

// Typed access to the program's settings. Every key and its default live in AppSettings.cpp.
// Secrets are never kept here: the API key comes from the environment (KASIR_API_KEY) or from
// a key file whose path, not its content, is a setting.
class AppSettings
{
public:
    // Uses the application's default QSettings (organisation/application names must be set).
    AppSettings();
    // Uses the given settings object (not owned), e.g. an INI file in a test.
    explicit AppSettings(QSettings *settings);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // "id" (default) or "en".
    QString language() const;
    void setLanguage(const QString &language);

    QString cashierName() const;
    void setCashierName(const QString &name);

    // Local receipt numbers start with it: "K01".
    QString terminalId() const;
    void setTerminalId(const QString &id);

    // What the store adds on top of the merchant price. A per-product value overrides the flat one.
    Money storeFee(const QString &productCode = QString()) const;
    void setStoreFee(Money fee);
    void setStoreFee(const QString &productCode, Money fee);

    // The status bar warns when the merchant deposit falls below this.
    Money lowBalanceThreshold() const;
    void setLowBalanceThreshold(Money threshold);

    // A short sound when a sale being checked gets its outcome (default on).
    bool resolveSound() const;
    void setResolveSound(bool on);

    // The repeat customer: a typed number's last sale shown under it, F8 repeats it (default on).
    bool repeatCustomer() const;
    void setRepeatCustomer(bool on);

    // Live merchant API. Empty: none saved.
    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    // Path of a file (readable only by the cashier account) holding the API key. Empty: none.
    QString apiKeyFile() const;
    void setApiKeyFile(const QString &path);
    // Path of a PEM file of extra CA certificates trusted for the merchant host (a private CA).
    // Empty: only the system's CAs.
    QString caFile() const;
    void setCaFile(const QString &path);

    // Deadline of a whole exchange with the API, in seconds (ApiLimits: 1..300).
    int clientTimeoutSeconds() const;
    void setClientTimeoutSeconds(int seconds);

    // Duplicate guard window in seconds; 0 turns the guard off.
    int duplicateWindowSeconds() const;
    void setDuplicateWindowSeconds(int seconds);

    // Receipts: the store's header and footer, the paper, the receipt's own language, where the
    // window prints, and whether it prints by itself after a SUCCESS.
    QString receiptStoreName() const;
    void setReceiptStoreName(const QString &name);
    QStringList receiptAddressLines() const;
    void setReceiptAddressLines(const QStringList &lines);
    QString receiptFooter() const; // default depends on receiptLanguage()
    void setReceiptFooter(const QString &footer);
    int receiptPaperMm() const; // 58 or 80
    void setReceiptPaperMm(int mm);
    QString receiptLanguage() const; // "id" (default) or "en"
    void setReceiptLanguage(const QString &language);
    // "system" (the default printer), "printer:NAME", "escpos:/dev/usb/lp0",
    // "escpos:HOST:PORT" or "pdf:FOLDER".
    QString receiptDestination() const;
    void setReceiptDestination(const QString &destination);
    bool receiptAutoPrint() const;
    void setReceiptAutoPrint(bool on);

    void sync();

    // Defaults, for tests and for "reset to defaults".
    static QString defaultLanguage();
    static QString defaultTerminalId();
    static Money defaultStoreFee();
    static Money defaultLowBalanceThreshold();
    static int defaultClientTimeoutSeconds();
    static int defaultDuplicateWindowSeconds();
    static QString defaultReceiptStoreName();
    static QString defaultReceiptFooter(const QString &language);
    static int defaultReceiptPaperMm();
    static QString defaultReceiptDestination();

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace Kasir
