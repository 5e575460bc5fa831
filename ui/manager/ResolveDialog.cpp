#include "ResolveDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kasir {

ResolveDialog::ResolveDialog(const PendingSale &sale, QWidget *parent)
    : QDialog(parent)
    , m_sale(sale)
    , m_success(new QRadioButton(tr("SUCCESS: the customer got the top-up"), this))
    , m_failed(new QRadioButton(tr("FAILED: verified not charged"), this))
    , m_price(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("resolveDialog"));
    setWindowTitle(tr("Resolve a flagged sale"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Receipt %1, %2 %3.\nWhy it was held: %4\nAsk the provider first; this "
                               "decision is kept with the sale and the sale is never sent again.")
                                .arg(sale.receiptNo, sale.productId, sale.amount.format(), sale.flagReason),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_success->setObjectName(QStringLiteral("resolveSuccess"));
    m_failed->setObjectName(QStringLiteral("resolveFailed"));
    layout->addWidget(m_success);
    layout->addWidget(m_failed);
    auto *form = new QFormLayout;
    m_price->setObjectName(QStringLiteral("resolvePrice"));
    m_price->setPlaceholderText(tr("verified price, e.g. 51500 (empty: the price in the answer)"));
    m_note->setObjectName(QStringLiteral("resolveNote"));
    m_note->setPlaceholderText(tr("What the provider confirmed, and who you spoke to"));
    m_note->setFixedHeight(80);
    form->addRow(tr("Verified price"), m_price);
    form->addRow(tr("Note (required)"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("resolveConfirm"));
    m_ok->setText(tr("Resolve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_success, &QRadioButton::toggled, this, &ResolveDialog::update);
    connect(m_failed, &QRadioButton::toggled, this, &ResolveDialog::update);
    connect(m_price, &QLineEdit::textChanged, this, &ResolveDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ResolveDialog::update);
    update();
}

ResolveRequest ResolveDialog::request() const
{
    ResolveRequest r;
    r.key = m_sale.receiptNo;
    r.as = m_success->isChecked() ? SaleStatus::Success : SaleStatus::Failed;
    if (m_success->isChecked() && !m_price->text().trimmed().isEmpty())
        r.price = Money::fromApiString(m_price->text().trimmed().remove(QLatin1Char('.')));
    r.note = m_note->toPlainText().trimmed();
    return r;
}

void ResolveDialog::update()
{
    m_price->setEnabled(m_success->isChecked());
    const QString price = m_price->text().trimmed().remove(QLatin1Char('.'));
    const bool priceOk = !m_success->isChecked() || price.isEmpty()
        || (Money::fromApiString(price) && !Money::fromApiString(price)->isZero());
    Theme::setInvalid(m_price, !priceOk);
    m_ok->setEnabled((m_success->isChecked() || m_failed->isChecked()) && priceOk
        && !m_note->toPlainText().trimmed().isEmpty());
}

} // namespace Kasir
