#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kasir {

enum class Role { Cashier, Manager };

QString roleName(Role role); // "cashier" / "manager"
std::optional<Role> roleFromName(const QString &name);

// A user as the program shows it. The PIN hash never leaves UserDirectory.
struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Cashier;
    QDateTime createdUtc;
    int failedPins = 0; // wrong PINs since the last good one or the last lockout
    QDateTime lockedUntilUtc; // invalid when not locked
    int pinIterations = 0;
};

} // namespace Kasir
