#pragma once

#include "people/PinCheck.h"
#include "people/PinHasher.h"
#include "people/User.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kasir {

class Clock;
class ReceiptStore;

// Users, their PIN hashes and the lockout, kept in the journal (table users).
// Five wrong PINs in a row lock the user for five minutes; the count is in the journal, so a
// restart does not reset it. Every attempt lands in the audit trail together with its effect.
class UserDirectory
{
public:
    static constexpr int MaxFailedPins = 5;
    static constexpr int LockoutSeconds = 5 * 60;

    // store must be open; the directory uses its connection. clock: nullptr = system clock.
    explicit UserDirectory(
        ReceiptStore &store, Clock *clock = nullptr, int iterations = PinHasher::DefaultIterations);

    // Validates name (1..40 characters), role and PIN (4..8 digits); false with lastError()
    // on bad input or a name already taken. byUser: who added them (audit), may be empty.
    bool addUser(const QString &name, Role role, const QString &pin, const QString &byUser = QString());
    // The same with a hash made by PinHasher::hashNew() (e.g. on a worker thread).
    bool addUserWithHash(
        const QString &name, Role role, const PinHash &hash, const QString &byUser = QString());

    QList<User> users() const;
    std::optional<User> find(const QString &name) const;
    bool hasManager() const;

    // Hash and verify in one call (blocks for the PBKDF2 time). The window uses the split form:
    // storedPin() on its thread, PinHasher::matches() on a worker, then recordAttempt().
    PinCheck checkPin(const QString &name, const QString &pin);
    // The stored hash of a user who exists and is not locked, for a check on another thread.
    // Otherwise nullopt and *check says why (UnknownUser, Locked); a try while locked is kept
    // in the audit trail, without counting towards another lockout.
    std::optional<PinHash> storedPin(const QString &name, PinCheck *check);
    // Records the result of a PIN attempt: resets the count, or counts it and locks at five.
    PinCheck recordAttempt(const QString &name, bool pinMatched);

    QString lastError() const { return m_lastError; }

private:
    std::optional<User> findWithHash(const QString &name, PinHash *hash) const;
    PinCheck lockedCheck(const User &user) const;

    ReceiptStore &m_store;
    Clock *m_clock;
    int m_iterations;
    mutable QString m_lastError;
};

} // namespace Kasir
