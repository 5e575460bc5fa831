#include "people/User.h"

namespace Kasir {

QString roleName(Role role)
{
    return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("cashier");
}

std::optional<Role> roleFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("manager"))
        return Role::Manager;
    if (n == QLatin1String("cashier"))
        return Role::Cashier;
    return std::nullopt;
}

} // namespace Kasir
