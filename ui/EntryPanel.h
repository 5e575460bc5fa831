#pragma once

#include "catalog/ProductCatalog.h"
#include "money/Money.h"

#include <QList>
#include <QWidget>

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
    void showInquiryError(const QString &text);
    void showInquiryInfo(const QString &text);

    const Product *selectedProduct() const;
    WalletPicker *walletPicker() const { return m_picker; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *amountEdit() const { return m_amount; }

    static QList<qint64> quickAmounts();

signals:
    void inquiryRequested(const Kasir::Product &product, const QString &custId, Kasir::Money amount);
    void cancelRequested();

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

    WalletPicker *m_picker;
    QLabel *m_walletStatus;
    QLineEdit *m_number;
    QLabel *m_numberStatus;
    QLineEdit *m_amount;
    QLabel *m_amountStatus;
    QList<QPushButton *> m_quickButtons;
    QWidget *m_busyRow;
    QProgressBar *m_busyBar;
    QLabel *m_inquiryStatus;
    QPushButton *m_checkButton;
    bool m_busy = false;
};

} // namespace Kasir
