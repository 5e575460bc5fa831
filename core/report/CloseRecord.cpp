#include "report/CloseRecord.h"

#include <QJsonDocument>

namespace Kasir {

namespace {

QJsonValue optionalMoneyJson(const std::optional<Money> &m)
{
    return m ? QJsonValue(moneyJson(*m)) : QJsonValue(QJsonValue::Null);
}

std::optional<Money> optionalMoneyFrom(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return moneyFromJson(v);
}

} // namespace

QJsonObject CashCount::toJson() const
{
    return QJsonObject { { QStringLiteral("opening_float"), optionalMoneyJson(openingFloat) },
        { QStringLiteral("expected"), moneyJson(expected) },
        { QStringLiteral("counted"), optionalMoneyJson(counted) },
        { QStringLiteral("difference"), optionalMoneyJson(difference()) } };
}

CashCount CashCount::fromJson(const QJsonObject &o)
{
    CashCount c;
    c.openingFloat = optionalMoneyFrom(o.value(QStringLiteral("opening_float")));
    c.counted = optionalMoneyFrom(o.value(QStringLiteral("counted")));
    c.expected = moneyFromJson(o.value(QStringLiteral("expected")));
    return c;
}

QJsonObject CloseRecord::json() const
{
    return QJsonDocument::fromJson(document).object();
}

} // namespace Kasir
