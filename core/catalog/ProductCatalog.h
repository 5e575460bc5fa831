#pragma once

#include "catalog/Product.h"

#include <QList>
#include <QString>

namespace Kasir {

// The e-wallet products the store sells, read from a JSON file (resources/products.json
// is built in; a manager may point to another file to add product codes).
class ProductCatalog
{
public:
    ProductCatalog() = default;

    // The built-in catalogue (":/kasir/products.json").
    static ProductCatalog builtIn();
    // Returns false and sets *error on a missing file or an invalid entry.
    static bool loadFromFile(const QString &path, ProductCatalog *out, QString *error);
    static bool loadFromJson(const QByteArray &json, ProductCatalog *out, QString *error);

    const QList<Product> &products() const { return m_products; }
    // nullptr when unknown. The code is compared case-insensitively.
    const Product *find(const QString &code) const;

private:
    QList<Product> m_products;
};

} // namespace Kasir
