#include "WalletPicker.h"

#include "WalletButton.h"

#include <QButtonGroup>
#include <QGridLayout>

namespace Kasir {

WalletPicker::WalletPicker(const ProductCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("walletPicker"));
    m_group->setExclusive(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    constexpr int perRow = 5;
    for (const Product &product : catalog.products()) {
        auto *button = new WalletButton(product, this);
        const int index = int(m_buttons.size());
        layout->addWidget(button, index / perRow, index % perRow);
        m_group->addButton(button);
        m_buttons.append(button);
        connect(button, &QAbstractButton::clicked, this, [this, button] { choose(button); });
    }
}

const Product *WalletPicker::selected() const
{
    for (WalletButton *b : m_buttons) {
        if (b->isChecked())
            return &b->product();
    }
    return nullptr;
}

WalletButton *WalletPicker::buttonFor(const QString &code) const
{
    for (WalletButton *b : m_buttons) {
        if (b->product().code.compare(code, Qt::CaseInsensitive) == 0)
            return b;
    }
    return nullptr;
}

bool WalletPicker::selectByCode(const QString &code)
{
    WalletButton *b = buttonFor(code);
    if (!b)
        return false;
    choose(b);
    return true;
}

bool WalletPicker::selectByFunctionKey(int n)
{
    for (WalletButton *b : m_buttons) {
        if (b->product().functionKey == n) {
            choose(b);
            return true;
        }
    }
    return false;
}

void WalletPicker::clearSelection()
{
    // An exclusive group does not let the last checked button be unchecked.
    m_group->setExclusive(false);
    for (WalletButton *b : m_buttons)
        b->setChecked(false);
    m_group->setExclusive(true);
}

void WalletPicker::focusButtons()
{
    if (m_buttons.isEmpty())
        return;
    for (WalletButton *b : m_buttons) {
        if (b->isChecked()) {
            b->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_buttons.first()->setFocus(Qt::OtherFocusReason);
}

bool WalletPicker::hasFocusInside() const
{
    for (WalletButton *b : m_buttons) {
        if (b->hasFocus())
            return true;
    }
    return false;
}

void WalletPicker::choose(WalletButton *button)
{
    button->setChecked(true);
    emit productChosen(button->product());
}

} // namespace Kasir
