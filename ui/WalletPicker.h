#pragma once

#include "catalog/ProductCatalog.h"

#include <QList>
#include <QWidget>

class QButtonGroup;

namespace Kasir {

class WalletButton;

// The row of wallet buttons. F1..F12 choose the product that carries that key.
class WalletPicker : public QWidget
{
    Q_OBJECT
public:
    explicit WalletPicker(const ProductCatalog &catalog, QWidget *parent = nullptr);

    // nullptr when none is chosen.
    const Product *selected() const;
    bool selectByCode(const QString &code);
    // Selects the product with function key n (1..12). False when there is none.
    bool selectByFunctionKey(int n);
    void clearSelection();
    // Gives keyboard focus to the chosen button, else the first one.
    void focusButtons();
    bool hasFocusInside() const;
    WalletButton *buttonFor(const QString &code) const;

signals:
    void productChosen(const Kasir::Product &product);

private:
    void choose(WalletButton *button);

    QList<WalletButton *> m_buttons;
    QButtonGroup *m_group;
};

} // namespace Kasir
