#include "SandboxCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace PpobSandbox {

namespace {

// Accepts a JSON integer or a digit string.
bool readMoney(const QJsonObject &o, const QString &key, qint64 fallback, qint64 *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        *out = fallback;
        return true;
    }
    if (v.isDouble()) {
        const qint64 i = v.toInteger(-1);
        if (i < 0 || double(i) != v.toDouble())
            return false;
        *out = i;
        return true;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (v.isString() && digits.match(v.toString()).hasMatch()) {
        *out = v.toString().toLongLong();
        return true;
    }
    return false;
}

} // namespace

bool SandboxCatalog::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read catalogue %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!loadJson(file.readAll(), &why)) {
        if (error)
            *error = QStringLiteral("catalogue %1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool SandboxCatalog::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    const QJsonArray array = doc.object().value(QStringLiteral("products")).toArray();
    if (array.isEmpty())
        return fail(QStringLiteral("no \"products\" array"));

    static const QRegularExpression idRe(QStringLiteral("^[A-Z0-9_]{1,32}$"));
    static const QRegularExpression prefixRe(QStringLiteral("^[A-Z]{1,4}$"));
    QList<SandboxProduct> products;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        SandboxProduct p;
        p.productId = o.value(QStringLiteral("product_id")).toString();
        if (!idRe.match(p.productId).hasMatch())
            return fail(QStringLiteral("invalid product_id \"%1\"").arg(p.productId));
        for (const SandboxProduct &other : products) {
            if (other.productId == p.productId)
                return fail(QStringLiteral("duplicate product_id %1").arg(p.productId));
        }
        p.name = o.value(QStringLiteral("name")).toString(p.productId);
        p.operatorName = o.value(QStringLiteral("operator")).toString(p.productId);
        p.serialPrefix = o.value(QStringLiteral("serial_prefix")).toString(p.productId.left(2));
        if (!prefixRe.match(p.serialPrefix).hasMatch())
            return fail(QStringLiteral("%1: invalid serial_prefix").arg(p.productId));
        if (!readMoney(o, QStringLiteral("fee"), 0, &p.fee)
            || !readMoney(o, QStringLiteral("min_amount"), 1000, &p.minAmount)
            || !readMoney(o, QStringLiteral("max_amount"), 10000000, &p.maxAmount))
            return fail(
                QStringLiteral("%1: fee, min_amount and max_amount must be whole rupiah").arg(p.productId));
        if (p.minAmount < 1000 || p.maxAmount < p.minAmount)
            return fail(QStringLiteral("%1: need 1000 <= min_amount <= max_amount").arg(p.productId));
        const QString customer = o.value(QStringLiteral("customer")).toString(QStringLiteral("phone"));
        if (customer == QLatin1String("phone"))
            p.customer = SandboxProduct::Customer::Phone;
        else if (customer == QLatin1String("account"))
            p.customer = SandboxProduct::Customer::Account;
        else
            return fail(QStringLiteral("%1: customer must be \"phone\" or \"account\"").arg(p.productId));
        products.append(p);
    }
    m_products = products;
    return true;
}

const SandboxProduct *SandboxCatalog::find(const QString &productId) const
{
    for (const SandboxProduct &p : m_products) {
        if (p.productId == productId)
            return &p;
    }
    return nullptr;
}

} // namespace PpobSandbox
