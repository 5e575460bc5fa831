#include "ConfirmPanel.h"

#include "Theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kasir {

namespace {
QLabel *makeLabel(const QString &text, const char *role, QWidget *parent, const char *name = nullptr)
{
    auto *label = new QLabel(text, parent);
    Theme::setRole(label, role);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}
} // namespace

ConfirmPanel::ConfirmPanel(QWidget *parent)
    : QWidget(parent)
    , m_wallet(makeLabel(QString(), "value", this, "confirmWallet"))
    , m_number(makeLabel(QString(), "value", this, "confirmNumber"))
    , m_amount(makeLabel(QString(), "money", this, "confirmAmount"))
    , m_unitPriceLabel(makeLabel(QString(), "money", this, "confirmUnitPrice"))
    , m_feeLabel(makeLabel(QString(), "money", this, "confirmStoreFee"))
    , m_totalLabel(makeLabel(QString(), "total", this, "confirmTotal"))
    , m_cash(new QLineEdit(this))
    , m_changeLabel(makeLabel(QString(), "change", this, "confirmChange"))
    , m_heading(makeLabel(QString(), "heading", this, "confirmHeading"))
    , m_note(makeLabel(QString(), "hint", this, "confirmNote"))
    , m_depositWarning(makeLabel(QString(), "depositShort", this, "depositWarning"))
    , m_payingRow(new QWidget(this))
    , m_payingBar(new QProgressBar(m_payingRow))
    , m_payButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("confirmPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_heading);

    auto *card = new QFrame(this);
    Theme::setRole(card, "card");
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    int row = 0;
    auto addRow = [&](const QString &caption, QLabel *value) {
        grid->addWidget(makeLabel(caption, "field", card), row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(value, row, 1, Qt::AlignRight | Qt::AlignVCenter);
        ++row;
    };
    addRow(tr("E-wallet"), m_wallet);
    addRow(tr("Customer number"), m_number);
    addRow(tr("Top-up amount"), m_amount);
    addRow(tr("Cost price"), m_unitPriceLabel);
    addRow(tr("Admin fee"), m_feeLabel);
    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setLineWidth(2);
    grid->addWidget(line, row++, 0, 1, 2);
    grid->addWidget(
        makeLabel(tr("TOTAL TO COLLECT"), "totalCaption", card), row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_totalLabel, row++, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->setColumnStretch(1, 1);
    layout->addWidget(card);

    m_depositWarning->setWordWrap(true);
    m_depositWarning->setVisible(false);
    layout->addWidget(m_depositWarning);

    auto *cashRow = new QHBoxLayout;
    cashRow->addWidget(makeLabel(tr("Cash received (optional)"), "field", this));
    m_cash->setObjectName(QStringLiteral("cashEdit"));
    m_cash->setPlaceholderText(tr("e.g. 100.000"));
    m_cash->setMaxLength(20);
    m_cash->setAccessibleName(tr("Cash received"));
    cashRow->addWidget(m_cash, 1);
    cashRow->addWidget(m_changeLabel, 1);
    layout->addLayout(cashRow);

    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_payingRow->setObjectName(QStringLiteral("payingBusy"));
    auto *payingLayout = new QHBoxLayout(m_payingRow);
    payingLayout->setContentsMargins(0, 4, 0, 4);
    m_payingBar->setRange(0, 0); // moves while the event loop runs: the window is not frozen
    m_payingBar->setTextVisible(false);
    m_payingBar->setFixedWidth(160);
    payingLayout->addWidget(m_payingBar);
    payingLayout->addWidget(makeLabel(tr("Sending the payment…"), "busy", m_payingRow), 1);
    // Keeps its height when hidden, so the buttons below do not move.
    QSizePolicy keep = m_payingRow->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_payingRow->setSizePolicy(keep);
    m_payingRow->setVisible(false);
    layout->addWidget(m_payingRow);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setText(tr("Pay (Enter / F12)"));
    Theme::setRole(m_payButton, "primary");
    m_payButton->setAutoDefault(false);
    m_payButton->setFocusPolicy(Qt::TabFocus);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setText(tr("Back (Esc)"));
    m_backButton->setAutoDefault(false);
    m_backButton->setFocusPolicy(Qt::TabFocus);
    m_backButton->setMinimumHeight(48);
    buttons->addWidget(m_backButton, 1);
    buttons->addWidget(m_payButton, 2);
    layout->addLayout(buttons);

    connect(m_payButton, &QPushButton::clicked, this, [this] { requestPay(false); });
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        if (!m_paying)
            emit backRequested();
    });
    connect(m_cash, &QLineEdit::textChanged, this, &ConfirmPanel::updateChange);
}

void ConfirmPanel::setSale(
    const Product &product, const QString &custId, Money amount, Money unitPrice, Money storeFee)
{
    m_unitPrice = unitPrice;
    m_storeFee = storeFee;
    m_wallet->setText(product.name);
    m_number->setText(custId);
    m_amount->setText(amount.format());
    m_unitPriceLabel->setText(unitPrice.format());
    m_feeLabel->setText(storeFee.format());
    m_totalLabel->setText(total().format());
    m_cash->clear();
    m_note->clear();
    m_deposit.reset();
    setDeposit(std::nullopt);
    setPaying(false);
    updateChange();
}

bool ConfirmPanel::isDepositShort() const
{
    return m_deposit && *m_deposit < m_unitPrice;
}

void ConfirmPanel::setDeposit(std::optional<Money> deposit)
{
    m_deposit = deposit;
    const bool shortOfMoney = isDepositShort();
    m_depositWarning->setVisible(shortOfMoney);
    m_heading->setText(shortOfMoney ? tr("Deposit too low — do not take the money yet")
                                    : tr("Check with the customer, then collect the money"));
    Theme::setRole(m_heading, shortOfMoney ? "error" : "heading");
    if (shortOfMoney) {
        m_depositWarning->setText(tr("Deposit too low: %1, cost price %2 — do NOT take the customer's money. "
                                     "Top up the deposit, then F5 checks again.")
                                      .arg(m_deposit->format(), m_unitPrice.format()));
        m_payButton->setText(tr("Send anyway (Ctrl+F12)"));
        Theme::setRole(m_payButton, "danger");
    } else {
        m_payButton->setText(tr("Pay (Enter / F12)"));
        Theme::setRole(m_payButton, "primary");
    }
}

void ConfirmPanel::setPaying(bool paying)
{
    m_paying = paying;
    m_payButton->setEnabled(!paying);
    m_backButton->setEnabled(!paying);
    m_cash->setReadOnly(paying);
    m_payingRow->setVisible(paying);
    if (paying)
        showNote(tr("Wait for the result. Do not pay again."), false);
}

void ConfirmPanel::setSendingShown(bool shown)
{
    m_payingRow->setVisible(shown && m_paying);
}

void ConfirmPanel::showNote(const QString &text, bool error)
{
    m_note->setText(text);
    Theme::setRole(m_note, error ? "error" : "busy");
}

void ConfirmPanel::focusDefault()
{
    m_cash->setFocus(Qt::OtherFocusReason);
}

std::optional<Money> ConfirmPanel::cashReceived(bool *ok, QString *error) const
{
    *ok = true;
    if (m_cash->text().trimmed().isEmpty())
        return std::nullopt;
    AmountLimits limits;
    limits.minimum = Money::fromRupiah(1);
    limits.maximum = Money::fromRupiah(1000000000);
    const AmountParseResult r = parseCashierAmount(m_cash->text(), limits);
    if (!r.ok) {
        *ok = false;
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return r.value;
}

void ConfirmPanel::updateChange()
{
    bool ok = true;
    const std::optional<Money> cash = cashReceived(&ok, nullptr);
    if (!ok) {
        m_changeLabel->setText(tr("Unreadable amount"));
        Theme::setRole(m_changeLabel, "error");
        return;
    }
    if (!cash) {
        m_changeLabel->setText(QString());
        return;
    }
    if (*cash < total()) {
        m_changeLabel->setText(tr("Short by %1").arg((total() - *cash).format()));
        Theme::setRole(m_changeLabel, "error");
        return;
    }
    m_changeLabel->setText(tr("Change: %1").arg((*cash - total()).format()));
    Theme::setRole(m_changeLabel, "change");
}

void ConfirmPanel::requestPay(bool deliberate)
{
    if (m_paying)
        return;
    if (isDepositShort() && !deliberate) {
        showNote(tr("Not sent: the deposit is too low for this price. F5 checks again after the deposit is "
                    "topped up; Ctrl+F12 sends anyway."),
            true);
        return;
    }
    bool ok = true;
    QString error;
    const std::optional<Money> cash = cashReceived(&ok, &error);
    if (!ok) {
        showNote(tr("Cash received: %1").arg(error), true);
        m_cash->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (cash && *cash < total()) {
        showNote(tr("The cash received is less than the total. Nothing was sent."), true);
        m_cash->setFocus(Qt::OtherFocusReason);
        return;
    }
    setPaying(true);
    emit payRequested(cash);
}

void ConfirmPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F12:
        event->accept();
        requestPay(event->key() == Qt::Key_F12 && event->modifiers() == Qt::ControlModifier);
        return;
    case Qt::Key_F5:
        event->accept();
        if (!m_paying)
            emit recheckRequested();
        return;
    case Qt::Key_Escape:
        event->accept();
        if (m_paying)
            showNote(tr("The payment is on its way and cannot be cancelled. Wait for the result."), false);
        else
            emit backRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Kasir
