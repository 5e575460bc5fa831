#pragma once

#include "catalog/Product.h"

#include <QAbstractButton>

namespace Kasir {

// A large wallet choice drawn by us: the wallet's colour, its name, and the function key
// that selects it ("F1"). No third-party logos.
class WalletButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit WalletButton(const Product &product, QWidget *parent = nullptr);

    const Product &product() const { return m_product; }
    QString keyLabel() const; // "F1", or "" when the product has no key

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Product m_product;
};

} // namespace Kasir
