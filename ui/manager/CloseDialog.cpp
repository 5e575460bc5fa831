#include "CloseDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kasir {

namespace {

// Empty is "not given"; otherwise what a cashier types ("150000", "150.000", "Rp 150.000").
std::optional<Money> parse(const QString &text, bool *ok)
{
    *ok = true;
    QString digits = text.trimmed();
    if (digits.isEmpty())
        return std::nullopt;
    digits.remove(QLatin1Char('.'));
    if (digits.startsWith(QLatin1String("Rp"), Qt::CaseInsensitive))
        digits = digits.mid(2).trimmed();
    const auto m = Money::fromApiString(digits);
    *ok = m.has_value();
    return m;
}

} // namespace

CloseDialog::CloseDialog(const QDate &day, Money cashTaken, QWidget *parent)
    : QDialog(parent)
    , m_cashTaken(cashTaken)
    , m_float(new QLineEdit(this))
    , m_counted(new QLineEdit(this))
    , m_expected(new QLabel(this))
    , m_difference(new QLabel(this))
{
    setObjectName(QStringLiteral("closeDialog"));
    setWindowTitle(tr("Close the day"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Close %1. The close is numbered and can never be changed; sales "
                                "made later go into the next close.")
                                 .arg(QLocale().toString(day, QLocale::LongFormat)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_float->setObjectName(QStringLiteral("openingFloatEdit"));
    m_float->setPlaceholderText(tr("e.g. 200.000"));
    m_counted->setObjectName(QStringLiteral("countedCashEdit"));
    m_counted->setPlaceholderText(tr("count the drawer"));
    m_expected->setObjectName(QStringLiteral("expectedCashLabel"));
    m_difference->setObjectName(QStringLiteral("cashDifferenceLabel"));
    form->addRow(tr("Opening float"), m_float);
    form->addRow(tr("Cash counted"), m_counted);
    form->addRow(tr("Expected in the drawer"), m_expected);
    form->addRow(tr("Difference"), m_difference);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("closeDayConfirm"));
    m_ok->setText(tr("Close the day"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_float, &QLineEdit::textChanged, this, &CloseDialog::update);
    connect(m_counted, &QLineEdit::textChanged, this, &CloseDialog::update);
    update();
}

std::optional<Money> CloseDialog::openingFloat() const
{
    bool ok = false;
    return parse(m_float->text(), &ok);
}

std::optional<Money> CloseDialog::countedCash() const
{
    bool ok = false;
    return parse(m_counted->text(), &ok);
}

void CloseDialog::update()
{
    bool floatOk = false;
    bool countedOk = false;
    const auto opening = parse(m_float->text(), &floatOk);
    const auto counted = parse(m_counted->text(), &countedOk);
    Theme::setInvalid(m_float, !floatOk);
    Theme::setInvalid(m_counted, !countedOk);
    m_ok->setEnabled(floatOk && countedOk);
    const Money expected = opening.value_or(Money()) + m_cashTaken;
    m_expected->setText(expected.format());
    if (!counted) {
        m_difference->setText(tr("type the counted cash"));
        Theme::setRole(m_difference, "hint");
        return;
    }
    const Money diff = *counted - expected;
    m_difference->setText(diff.isZero() ? tr("Rp 0 — the drawer matches")
                                        : (diff.rupiah() > 0 ? tr("%1 more than expected") : tr("%1 short"))
                                              .arg(Money::fromRupiah(qAbs(diff.rupiah())).format()));
    Theme::setRole(m_difference, diff.isZero() ? "ok" : "warning");
}

} // namespace Kasir
