#include "EntryPanel.h"

#include "StatusText.h"
#include "Theme.h"
#include "WalletButton.h"
#include "WalletPicker.h"
#include "customer/CustomerId.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kasir {

namespace {
QLabel *makeLabel(const QString &text, const char *role, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    Theme::setRole(label, role);
    return label;
}
} // namespace

QList<qint64> EntryPanel::quickAmounts()
{
    return { 10000, 20000, 25000, 50000, 100000, 200000, 500000, 1000000 };
}

EntryPanel::EntryPanel(const ProductCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_picker(new WalletPicker(catalog, this))
    , m_walletStatus(makeLabel(QString(), "hint", this))
    , m_number(new QLineEdit(this))
    , m_numberStatus(makeLabel(QString(), "hint", this))
    , m_lastSaleLabel(makeLabel(QString(), "hint", this))
    , m_amount(new QLineEdit(this))
    , m_amountStatus(makeLabel(QString(), "hint", this))
    , m_busyRow(new QWidget(this))
    , m_busyBar(new QProgressBar(m_busyRow))
    , m_inquiryStatus(makeLabel(QString(), "error", this))
    , m_inquiryDetails(makeLabel(QString(), "detailsSmall", this))
    , m_checkButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("entryPanel"));
    m_walletStatus->setObjectName(QStringLiteral("walletStatus"));
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_numberStatus->setObjectName(QStringLiteral("numberStatus"));
    m_lastSaleLabel->setObjectName(QStringLiteral("lastSaleLabel"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amountStatus->setObjectName(QStringLiteral("amountStatus"));
    m_inquiryStatus->setObjectName(QStringLiteral("inquiryStatus"));
    m_inquiryDetails->setObjectName(QStringLiteral("inquiryDetails"));
    m_checkButton->setObjectName(QStringLiteral("checkPriceButton"));
    m_busyRow->setObjectName(QStringLiteral("inquiryBusy"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    layout->addWidget(makeLabel(tr("1. E-wallet (F1–F5)"), "heading", this));
    layout->addWidget(m_picker);
    layout->addWidget(m_walletStatus);

    layout->addWidget(makeLabel(tr("2. Customer number"), "heading", this));
    m_number->setPlaceholderText(tr("e.g. 0812 3456 789"));
    m_number->setMaxLength(40);
    m_number->setClearButtonEnabled(true);
    m_number->setAccessibleName(tr("Customer number"));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 3);
    numberRow->addWidget(m_numberStatus, 4);
    m_numberStatus->setWordWrap(true);
    layout->addLayout(numberRow);
    // Always there (empty when the number has no sale), so the fields below never jump.
    m_lastSaleLabel->setWordWrap(false);
    m_lastSaleLabel->setFixedHeight(24);
    layout->addWidget(m_lastSaleLabel);

    layout->addWidget(makeLabel(tr("3. Top-up amount"), "heading", this));
    m_amount->setPlaceholderText(tr("e.g. 50.000"));
    m_amount->setMaxLength(20);
    m_amount->setClearButtonEnabled(true);
    m_amount->setAccessibleName(tr("Top-up amount"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 3);
    amountRow->addWidget(m_amountStatus, 4);
    m_amountStatus->setWordWrap(true);
    layout->addLayout(amountRow);

    auto *quick = new QGridLayout;
    quick->setSpacing(4);
    const QList<qint64> amounts = quickAmounts();
    for (int i = 0; i < amounts.size(); ++i) {
        const Money value = Money::fromRupiah(amounts.at(i));
        auto *button = new QPushButton(value.formatGrouped(), this);
        Theme::setRole(button, "quickAmount");
        button->setObjectName(QStringLiteral("quick_%1").arg(amounts.at(i)));
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
        quick->addWidget(button, i / 4, i % 4);
        m_quickButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, value] {
            if (m_busy)
                return;
            m_amount->setText(value.formatGrouped());
            onAmountEdited();
            submit();
        });
    }
    layout->addLayout(quick);

    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 4, 0, 4);
    m_busyBar->setRange(0, 0); // indeterminate: it moves while the event loop runs
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(120);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(
        makeLabel(tr("Checking the price with the server… Esc cancels"), "busy", m_busyRow), 1);
    m_busyRow->setVisible(false);
    layout->addWidget(m_busyRow);

    m_inquiryStatus->setWordWrap(true);
    layout->addWidget(m_inquiryStatus);
    m_inquiryDetails->setWordWrap(true);
    m_inquiryDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_inquiryDetails);
    layout->addStretch(1);

    m_checkButton->setText(tr("Check price (Enter)"));
    Theme::setRole(m_checkButton, "primary");
    m_checkButton->setFocusPolicy(Qt::TabFocus);
    m_checkButton->setAutoDefault(false);
    layout->addWidget(m_checkButton);
    connect(m_checkButton, &QPushButton::clicked, this, &EntryPanel::submit);

    connect(m_picker, &WalletPicker::productChosen, this, &EntryPanel::onProductChosen);
    connect(m_number, &QLineEdit::textChanged, this, &EntryPanel::onNumberEdited);
    connect(m_amount, &QLineEdit::textChanged, this, &EntryPanel::onAmountEdited);

    reset();
}

const Product *EntryPanel::selectedProduct() const
{
    return m_picker->selected();
}

void EntryPanel::reset()
{
    setBusy(false);
    m_picker->clearSelection();
    m_number->clear();
    m_amount->clear();
    Theme::setInvalid(m_number, false);
    Theme::setInvalid(m_amount, false);
    m_walletStatus->setText(tr("Press F1–F5 or click a wallet."));
    Theme::setRole(m_walletStatus, "hint");
    m_numberStatus->setText(tr("Phone number: 08…, +62… or 62…"));
    Theme::setRole(m_numberStatus, "hint");
    m_amountStatus->setText(tr("Type 50000 or 50.000, or pick a button below."));
    Theme::setRole(m_amountStatus, "hint");
    m_lastSale.reset();
    m_settledNumber.clear();
    m_walletFromHistory = false;
    setLastSaleText(QStringLiteral(" "), "hint");
    clearInquiryMessage();
    focusWallet();
}

void EntryPanel::focusWallet()
{
    m_picker->focusButtons();
}

void EntryPanel::focusNumber()
{
    m_number->setFocus(Qt::OtherFocusReason);
    m_number->selectAll();
}

void EntryPanel::focusAmount()
{
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

void EntryPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_busyRow->setVisible(busy);
    m_number->setReadOnly(busy);
    m_amount->setReadOnly(busy);
    m_checkButton->setEnabled(!busy);
    for (QPushButton *b : std::as_const(m_quickButtons))
        b->setEnabled(!busy);
    if (busy)
        clearInquiryMessage();
}

void EntryPanel::showInquiryError(const QString &text, const QString &details)
{
    m_inquiryStatus->setText(text);
    Theme::setRole(m_inquiryStatus, "error");
    m_inquiryStatus->setVisible(true);
    m_inquiryDetails->setText(details);
    m_inquiryDetails->setVisible(!details.isEmpty());
}

void EntryPanel::showInquiryInfo(const QString &text)
{
    m_inquiryStatus->setText(text);
    Theme::setRole(m_inquiryStatus, "hint");
    m_inquiryStatus->setVisible(true);
}

void EntryPanel::clearInquiryMessage()
{
    m_inquiryStatus->clear();
    m_inquiryStatus->setVisible(false);
    m_inquiryDetails->clear();
    m_inquiryDetails->setVisible(false);
}

void EntryPanel::onProductChosen(const Product &product)
{
    m_walletStatus->setText(m_quiet ? tr("Chosen: %1 (as last time; F1–F5 changes it)").arg(product.name)
                                    : tr("Chosen: %1").arg(product.name));
    Theme::setRole(m_walletStatus, "ok");
    if (m_quiet)
        return;
    m_walletFromHistory = false;
    clearInquiryMessage();
    const bool numberOk = !m_number->text().trimmed().isEmpty() && checkNumber(false);
    if (!m_amount->text().trimmed().isEmpty())
        checkAmount(false);
    // Digits typed before the wallet are kept: with a good number, go on to the amount.
    if (numberOk)
        focusAmount();
    else
        focusNumber();
}

void EntryPanel::selectWalletQuietly(const QString &code)
{
    m_quiet = true;
    m_picker->selectByCode(code);
    m_quiet = false;
}

void EntryPanel::setLastSaleText(const QString &text, const char *role)
{
    m_lastSaleLabel->setText(text);
    Theme::setRole(m_lastSaleLabel, role);
}

void EntryPanel::showLastSale(const std::optional<SaleRecord> &last)
{
    m_lastSale = last;
    if (!last) {
        if (m_walletFromHistory) { // chosen for a shorter number that had a sale
            m_picker->clearSelection();
            m_walletFromHistory = false;
            m_walletStatus->setText(tr("Press F1–F5 or click a wallet."));
            Theme::setRole(m_walletStatus, "hint");
        }
        setLastSaleText(
            m_settledNumber.isEmpty() ? QStringLiteral(" ") : tr("New number: no earlier sale."), "hint");
        return;
    }
    const WalletButton *button = m_picker->buttonFor(last->productId);
    const QString wallet = button ? button->product().name : last->productId;
    const QString when
        = QLocale().toString(last->createdUtc.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
    setLastSaleText(tr("Last time: %1 %2 · %3 · %4 — F8 repeats")
                        .arg(wallet, last->amount.format(), when, StatusText::label(last->status)),
        "lastSale");
    // Preselect the customer's usual wallet, unless the cashier has chosen one.
    if (button && (!m_picker->selected() || m_walletFromHistory)) {
        selectWalletQuietly(last->productId);
        m_walletFromHistory = true;
    }
}

void EntryPanel::repeatLastSale()
{
    if (m_busy)
        return;
    QString custId;
    if (!checkNumber(true, &custId)) {
        focusNumber();
        return;
    }
    if (!m_lastSale || m_lastSale->custId != custId) {
        setLastSaleText(tr("F8 repeats a customer's last sale: this number has none yet."), "error");
        focusNumber();
        return;
    }
    if (!m_picker->selected() || m_walletFromHistory) {
        selectWalletQuietly(m_lastSale->productId);
        m_walletFromHistory = true;
    }
    m_amount->setText(m_lastSale->amount.formatGrouped());
    submit();
}

void EntryPanel::onNumberEdited()
{
    clearInquiryMessage();
    QString normalized;
    if (!checkNumber(false, &normalized))
        normalized.clear();
    if (normalized == m_settledNumber)
        return;
    m_settledNumber = normalized;
    if (normalized.isEmpty()) {
        m_lastSale.reset();
        setLastSaleText(QStringLiteral(" "), "hint");
        if (m_walletFromHistory) {
            m_picker->clearSelection();
            m_walletFromHistory = false;
            m_walletStatus->setText(tr("Press F1–F5 or click a wallet."));
            Theme::setRole(m_walletStatus, "hint");
        }
    }
    emit numberSettled(normalized);
}

void EntryPanel::onAmountEdited()
{
    clearInquiryMessage();
    checkAmount(false);
}

// Live feedback while typing (showError false): the normalised number when valid, a neutral hint
// otherwise. On Enter (showError true): the reason in red and a red border.
bool EntryPanel::checkNumber(bool showError, QString *normalized)
{
    const Product *product = m_picker->selected();
    const CustomerIdResult r
        = normalizeCustomerId(m_number->text(), product ? product->customerRule : CustomerIdRule {});
    if (r.ok) {
        Theme::setInvalid(m_number, false);
        m_numberStatus->setText(tr("✓ %1").arg(r.normalized));
        Theme::setRole(m_numberStatus, "ok");
        if (normalized)
            *normalized = r.normalized;
        return true;
    }
    if (showError) {
        Theme::setInvalid(m_number, true);
        m_numberStatus->setText(
            m_number->text().trimmed().isEmpty() ? tr("Type the customer's number.") : r.error);
        Theme::setRole(m_numberStatus, "error");
    } else {
        Theme::setInvalid(m_number, false);
        m_numberStatus->setText(m_number->text().trimmed().isEmpty() ? tr("Phone number: 08…, +62… or 62…")
                                                                     : tr("Keep typing… Enter checks it."));
        Theme::setRole(m_numberStatus, "hint");
    }
    return false;
}

bool EntryPanel::checkAmount(bool showError, Money *amount)
{
    const Product *product = m_picker->selected();
    const AmountParseResult r
        = parseCashierAmount(m_amount->text(), product ? product->limits : AmountLimits {});
    if (r.ok) {
        Theme::setInvalid(m_amount, false);
        m_amountStatus->setText(r.value.format());
        Theme::setRole(m_amountStatus, "amountPreview");
        if (amount)
            *amount = r.value;
        return true;
    }
    if (showError) {
        Theme::setInvalid(m_amount, true);
        m_amountStatus->setText(
            m_amount->text().trimmed().isEmpty() ? tr("Type the top-up amount.") : r.error);
        Theme::setRole(m_amountStatus, "error");
    } else {
        Theme::setInvalid(m_amount, false);
        m_amountStatus->setText(tr("Type 50000 or 50.000, or pick a button below."));
        Theme::setRole(m_amountStatus, "hint");
    }
    return false;
}

void EntryPanel::acceptNumber()
{
    QString normalized;
    if (!checkNumber(true, &normalized)) {
        focusNumber();
        return;
    }
    if (m_number->text() != normalized)
        m_number->setText(normalized); // show the pasted "+62 812-3456-789" as 08123456789
    if (!m_picker->selected()) {
        // The wallet is asked for before anything else; choosing it comes back to the amount.
        m_walletStatus->setText(tr("Which e-wallet? Press F1–F5."));
        Theme::setRole(m_walletStatus, "error");
        focusWallet();
        return;
    }
    focusAmount();
}

void EntryPanel::submit()
{
    if (m_busy)
        return;
    const Product *product = m_picker->selected();
    if (!product) {
        m_walletStatus->setText(tr("Which e-wallet? Press F1–F5."));
        Theme::setRole(m_walletStatus, "error");
        focusWallet();
        return;
    }
    QString custId;
    if (!checkNumber(true, &custId)) {
        focusNumber();
        return;
    }
    if (m_number->text() != custId)
        m_number->setText(custId);
    Money amount;
    if (!checkAmount(true, &amount)) {
        focusAmount();
        return;
    }
    m_amount->setText(amount.formatGrouped());
    emit inquiryRequested(*product, custId, amount);
}

void EntryPanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_F8 && event->modifiers() == Qt::NoModifier) {
        event->accept();
        repeatLastSale();
        return;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12 && event->modifiers() == Qt::NoModifier) {
        if (!m_busy && m_picker->selectByFunctionKey(key - Qt::Key_F1 + 1)) {
            event->accept();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    // Digits typed before a wallet is chosen go to the number field, not into the void. (The
    // fields take their own digits; a digit reaches this panel only from the buttons.)
    const QString text = event->text();
    if (!m_busy && text.size() == 1 && (text.at(0).isDigit() || text.at(0) == u'+')) {
        event->accept();
        m_number->setFocus(Qt::OtherFocusReason);
        m_number->deselect();
        m_number->end(false);
        m_number->insert(text);
        return;
    }
    if (key == Qt::Key_Escape) {
        event->accept();
        if (m_busy) {
            emit cancelRequested();
        } else if (focus == m_amount || m_quickButtons.contains(focus) || focus == m_checkButton) {
            focusNumber();
        } else if (focus == m_number) {
            focusWallet();
        } else {
            reset();
        }
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        event->accept();
        if (m_busy)
            return;
        if (auto *wallet = qobject_cast<WalletButton *>(focus)) {
            m_picker->selectByCode(wallet->product().code);
        } else if (focus == m_number) {
            acceptNumber();
        } else {
            submit();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Kasir
