#pragma once

#include "catalog/Product.h"
#include "money/Money.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Kasir {

// Second step: what the customer pays. Shows the cost price from the inquiry ("harga modal"),
// the admin fee ("biaya admin") and the total to collect in large type, with an optional
// cash-received field and the change. Enter or F12 pays; Esc goes back; F5 checks the price
// again. From the first press the pay action is disabled until the page says the result is
// known (setPaying(false)). When the known deposit is below the cost price, a red warning says
// so before any cash is taken, and only Ctrl+F12 (a deliberate second key) sends.
class ConfirmPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfirmPanel(QWidget *parent = nullptr);

    void setSale(
        const Product &product, const QString &custId, Money amount, Money unitPrice, Money storeFee);
    Money total() const { return m_unitPrice + m_storeFee; }
    Money unitPrice() const { return m_unitPrice; }
    Money storeFee() const { return m_storeFee; }

    // The merchant deposit as last known (the inquiry's answer, else the last payment's).
    void setDeposit(std::optional<Money> deposit);
    bool isDepositShort() const;

    void setPaying(bool paying);
    // The "sending" progress row while paying (hidden while a question is open).
    void setSendingShown(bool shown);
    bool isPaying() const { return m_paying; }
    void showNote(const QString &text, bool error);
    void focusDefault();

    QPushButton *payButton() const { return m_payButton; }
    QLineEdit *cashEdit() const { return m_cash; }

signals:
    void payRequested(std::optional<Kasir::Money> cashReceived);
    void backRequested();
    void recheckRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void requestPay(bool deliberate);
    void updateChange();
    // nullopt with *ok true: no cash typed; *ok false: unreadable.
    std::optional<Money> cashReceived(bool *ok, QString *error) const;

    QLabel *m_wallet;
    QLabel *m_number;
    QLabel *m_amount;
    QLabel *m_unitPriceLabel;
    QLabel *m_feeLabel;
    QLabel *m_totalLabel;
    QLineEdit *m_cash;
    QLabel *m_changeLabel;
    QLabel *m_heading;
    QLabel *m_note;
    QLabel *m_depositWarning;
    QWidget *m_payingRow;
    QProgressBar *m_payingBar;
    QPushButton *m_payButton;
    QPushButton *m_backButton;
    Money m_unitPrice;
    Money m_storeFee;
    std::optional<Money> m_deposit;
    bool m_paying = false;
};

} // namespace Kasir
