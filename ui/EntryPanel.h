#pragma once

#include "catalog/ProductCatalog.h"
#include "money/Money.h"
#include "store/SaleRecord.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Kasir {

class WalletPicker;

// First step of a sale: wallet (F1..F5), customer number, amount. Everything is checked here,
// with the reason shown inline, before anything is sent. Enter moves on; Esc moves back.
class EntryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntryPanel(const ProductCatalog &catalog, QWidget *parent = nullptr);

    // Empties every field and puts the focus on the wallet buttons.
    void reset();
    void focusWallet();
    void focusNumber();
    void focusAmount();

    // While the inquiry runs the fields are read-only and Esc cancels it.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // details: the technical reason, on a smaller line under the headline (may be empty).
    void showInquiryError(const QString &text, const QString &details = QString());
    void showInquiryInfo(const QString &text);

    // The repeat customer: the newest sale to the typed number (nullopt: none). Shown under the
    // number; its wallet is chosen unless the cashier chose one; F8 repeats it.
    void showLastSale(const std::optional<Kasir::SaleRecord> &last);
    const std::optional<SaleRecord> &lastSale() const { return m_lastSale; }
    // F8: the last sale's amount and wallet (a wallet the cashier chose wins), then the price
    // check; the duplicate guard and the confirmation follow as for any sale.
    void repeatLastSale();

    const Product *selectedProduct() const;
    WalletPicker *walletPicker() const { return m_picker; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *amountEdit() const { return m_amount; }

    static QList<qint64> quickAmounts();

signals:
    void inquiryRequested(const Kasir::Product &product, const QString &custId, Kasir::Money amount);
    void cancelRequested();
    // The number field holds a valid number (normalised), or none (empty string).
    void numberSettled(const QString &custId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onProductChosen(const Kasir::Product &product);
    void onNumberEdited();
    void onAmountEdited();
    bool checkNumber(bool showError, QString *normalized = nullptr);
    bool checkAmount(bool showError, Money *amount = nullptr);
    void acceptNumber();
    void submit();
    void clearInquiryMessage();
    void setLastSaleText(const QString &text, const char *role);
    void selectWalletQuietly(const QString &code);

    WalletPicker *m_picker;
    QLabel *m_walletStatus;
    QLineEdit *m_number;
    QLabel *m_numberStatus;
    QLabel *m_lastSaleLabel;
    QLineEdit *m_amount;
    QLabel *m_amountStatus;
    QList<QPushButton *> m_quickButtons;
    QWidget *m_busyRow;
    QProgressBar *m_busyBar;
    QLabel *m_inquiryStatus;
    QLabel *m_inquiryDetails;
    QPushButton *m_checkButton;
    bool m_busy = false;
    std::optional<SaleRecord> m_lastSale;
    QString m_settledNumber;
    bool m_walletFromHistory = false; // the wallet was chosen by the last sale, not the cashier
    bool m_quiet = false; // choosing a wallet without moving the focus
};

} // namespace Kasir
