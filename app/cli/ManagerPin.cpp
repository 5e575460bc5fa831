#include "ManagerPin.h"

#include "people/UserDirectory.h"
#include "store/ReceiptStore.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>

namespace Kasir {

QString readSecretLine()
{
    QByteArray line;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    return QString::fromUtf8(line).trimmed();
}

ManagerPinResult checkManagerPin(ReceiptStore &store, const QCommandLineParser &parser)
{
    ManagerPinResult result;
    UserDirectory users(store);
    QString name = parser.value(QStringLiteral("manager")).trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("KASIR_MANAGER").trimmed();
    if (name.isEmpty()) {
        QStringList managers;
        for (const User &u : users.users()) {
            if (u.role == Role::Manager)
                managers << u.name;
        }
        if (managers.size() != 1) {
            result.error = managers.isEmpty()
                ? QStringLiteral("There is no manager yet. Nothing was changed.")
                : QStringLiteral("There are several managers (%1): say which with --manager NAME or "
                                 "KASIR_MANAGER. Nothing was changed.")
                      .arg(managers.join(QStringLiteral(", ")));
            return result;
        }
        name = managers.first();
    }
    const std::optional<User> user = users.find(name);
    if (!user) {
        result.error = QStringLiteral("There is no user named %1. Nothing was changed.").arg(name);
        return result;
    }
    if (user->role != Role::Manager) {
        result.error = QStringLiteral("%1 is not a manager: this needs a manager's PIN. Nothing was changed.")
                           .arg(user->name);
        return result;
    }
    QString pin = qEnvironmentVariable("KASIR_MANAGER_PIN").trimmed();
    if (!qEnvironmentVariableIsSet("KASIR_MANAGER_PIN"))
        pin = readSecretLine();
    if (pin.isEmpty()) {
        result.error = QStringLiteral("This needs the PIN of manager %1, on standard input or in "
                                      "KASIR_MANAGER_PIN. Nothing was changed.")
                           .arg(user->name);
        return result;
    }
    // Even a PIN of the wrong form is a wrong PIN: it counts, so that guessing is bounded.
    const PinCheck check = users.checkPin(user->name, pin);
    switch (check.outcome) {
    case PinCheck::Accepted:
        result.ok = true;
        result.manager = user->name;
        return result;
    case PinCheck::WrongPin:
        result.error = check.attemptsLeft > 0
            ? QStringLiteral("Wrong PIN for manager %1; %2 attempt(s) left before a 5-minute lock. Nothing "
                             "was changed.")
                  .arg(user->name)
                  .arg(check.attemptsLeft)
            : QStringLiteral("Wrong PIN for manager %1; %1 is now locked for 5 minutes. Nothing was changed.")
                  .arg(user->name);
        return result;
    case PinCheck::Locked:
    case PinCheck::UnknownUser:
    case PinCheck::Error:
        result.error = check.message + QStringLiteral(" Nothing was changed.");
        return result;
    }
    return result;
}

} // namespace Kasir
