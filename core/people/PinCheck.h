#pragma once

#include "people/User.h"

#include <QDateTime>
#include <QString>

namespace Kasir {

// The answer to one PIN attempt.
struct PinCheck
{
    enum Outcome { Accepted, WrongPin, Locked, UnknownUser, Error };
    Outcome outcome = Error;
    User user; // filled when the user exists
    int attemptsLeft = 0; // before a lockout, after a wrong PIN
    QDateTime lockedUntilUtc; // when Locked (also right after the fifth wrong PIN)
    QString message; // plain words for the cashier

    bool accepted() const { return outcome == Accepted; }
};

} // namespace Kasir
