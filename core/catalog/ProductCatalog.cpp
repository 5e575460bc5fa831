#include "catalog/ProductCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Kasir {

namespace {

// The messages' translation context. lupdate files them under the argument of
// Q_DECLARE_TR_FUNCTIONS, and ProductCatalogText::tr() looks them up under the same name; a file-local
// tr() function is filed by lupdate under "Kasir" instead, and never found (tst_ui_coremessages).
struct ProductCatalogText
{
    Q_DECLARE_TR_FUNCTIONS(Kasir::ProductCatalog)
};

bool readMoney(const QJsonObject &entry, const QString &key, Money fallback, Money *out)
{
    const QJsonValue value = entry.value(key);
    if (value.isUndefined()) {
        *out = fallback;
        return true;
    }
    // Whole rupiah as a JSON integer or a digit string.
    if (value.isString()) {
        const auto money = Money::fromApiString(value.toString());
        if (!money)
            return false;
        *out = *money;
        return true;
    }
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > 1e15 || number != static_cast<double>(static_cast<qint64>(number)))
        return false;
    *out = Money::fromRupiah(static_cast<qint64>(number));
    return true;
}

bool parseProduct(const QJsonObject &entry, Product *product, QString *error)
{
    product->code = entry.value(QStringLiteral("code")).toString().trimmed().toUpper();
    product->name = entry.value(QStringLiteral("name")).toString().trimmed();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9_]{2,32}$"));
    if (!codePattern.match(product->code).hasMatch()) {
        *error = ProductCatalogText::tr("Product code \"%1\" must be 2 to 32 capital letters, digits or _.")
                     .arg(product->code);
        return false;
    }
    if (product->name.isEmpty())
        product->name = product->code;
    product->color = entry.value(QStringLiteral("color")).toString(QStringLiteral("#444444"));
    product->textColor = entry.value(QStringLiteral("textColor")).toString(QStringLiteral("#FFFFFF"));
    product->functionKey = entry.value(QStringLiteral("functionKey")).toInt(0);
    if (product->functionKey < 0 || product->functionKey > 12) {
        *error = ProductCatalogText::tr("Product %1: functionKey must be 1 to 12.").arg(product->code);
        return false;
    }

    const QString customer = entry.value(QStringLiteral("customer")).toString(QStringLiteral("phone"));
    if (customer == QLatin1String("phone")) {
        product->customerRule.kind = CustomerIdRule::Kind::Phone;
    } else if (customer == QLatin1String("account")) {
        product->customerRule.kind = CustomerIdRule::Kind::Account;
        product->customerRule.accountPattern
            = entry.value(QStringLiteral("accountPattern")).toString(QStringLiteral("[0-9]{4,32}"));
        if (!QRegularExpression(product->customerRule.accountPattern).isValid()) {
            *error = ProductCatalogText::tr("Product %1: accountPattern is not a valid pattern.")
                         .arg(product->code);
            return false;
        }
    } else {
        *error = ProductCatalogText::tr("Product %1: customer must be \"phone\" or \"account\".")
                     .arg(product->code);
        return false;
    }

    const AmountLimits defaults;
    if (!readMoney(entry, QStringLiteral("minAmount"), defaults.minimum, &product->limits.minimum)
        || !readMoney(entry, QStringLiteral("maxAmount"), defaults.maximum, &product->limits.maximum)) {
        *error = ProductCatalogText::tr("Product %1: minAmount and maxAmount must be whole rupiah.")
                     .arg(product->code);
        return false;
    }
    if (!readMoney(
            entry, QStringLiteral("maxAdminFee"), Product::DefaultMaxAdminFee, &product->maxAdminFee)) {
        *error = ProductCatalogText::tr("Product %1: maxAdminFee must be whole rupiah.").arg(product->code);
        return false;
    }
    // The API never accepts less than Rp 1.000.
    if (product->limits.minimum < defaults.minimum)
        product->limits.minimum = defaults.minimum;
    if (product->limits.maximum < product->limits.minimum) {
        *error = ProductCatalogText::tr("Product %1: maxAmount is below minAmount.").arg(product->code);
        return false;
    }
    return true;
}

} // namespace

ProductCatalog ProductCatalog::builtIn()
{
    ProductCatalog catalog;
    QString error;
    const bool ok = loadFromFile(QStringLiteral(":/kasir/products.json"), &catalog, &error);
    Q_ASSERT_X(ok, "ProductCatalog::builtIn", qPrintable(error));
    Q_UNUSED(ok);
    return catalog;
}

bool ProductCatalog::loadFromFile(const QString &path, ProductCatalog *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProductCatalogText::tr("Cannot read the product list %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadFromJson(file.readAll(), out, error);
}

bool ProductCatalog::loadFromJson(const QByteArray &json, ProductCatalog *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error
            = ProductCatalogText::tr("The product list is not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonArray entries = doc.object().value(QStringLiteral("products")).toArray();
    if (entries.isEmpty()) {
        *error = ProductCatalogText::tr("The product list has no products.");
        return false;
    }
    ProductCatalog catalog;
    for (const auto &value : entries) {
        Product product;
        if (!parseProduct(value.toObject(), &product, error))
            return false;
        if (catalog.find(product.code)) {
            *error = ProductCatalogText::tr("Product %1 is listed twice.").arg(product.code);
            return false;
        }
        catalog.m_products.append(product);
    }
    *out = catalog;
    return true;
}

const Product *ProductCatalog::find(const QString &code) const
{
    for (const Product &product : m_products) {
        if (product.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &product;
    }
    return nullptr;
}

} // namespace Kasir
