#include "people/UserDirectory.h"

#include "clock/Clock.h"
#include "logging/Logging.h"
#include "people/AuditTrail.h"
#include "store/ReceiptStore.h"
#include "store/SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Kasir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::UserDirectory", text);
}

User userFromQuery(const QSqlQuery &q)
{
    User u;
    u.id = q.value(QStringLiteral("id")).toLongLong();
    u.name = q.value(QStringLiteral("name")).toString();
    u.role = roleFromName(q.value(QStringLiteral("role")).toString()).value_or(Role::Cashier);
    u.createdUtc = ReceiptStore::fromStoredTime(q.value(QStringLiteral("created_utc")).toString());
    u.failedPins = q.value(QStringLiteral("failed_pins")).toInt();
    u.lockedUntilUtc = ReceiptStore::fromStoredTime(q.value(QStringLiteral("locked_until_utc")).toString());
    u.pinIterations = q.value(QStringLiteral("pin_iterations")).toInt();
    return u;
}

const QString kUserColumns = QStringLiteral(
    "id, name, role, created_utc, failed_pins, locked_until_utc, pin_iterations, pin_salt, pin_hash");

} // namespace

UserDirectory::UserDirectory(ReceiptStore &store, Clock *clock, int iterations)
    : m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_iterations(qMax(iterations, int(PinHasher::MinimumIterations)))
{ }

bool UserDirectory::addUser(const QString &name, Role role, const QString &pin, const QString &byUser)
{
    if (!PinHasher::isValidPin(pin)) {
        m_lastError = tr("A PIN has 4 to 8 digits.");
        return false;
    }
    return addUserWithHash(name, role, PinHasher::hashNew(pin, m_iterations), byUser);
}

bool UserDirectory::addUserWithHash(
    const QString &nameIn, Role role, const PinHash &hash, const QString &byUser)
{
    m_lastError.clear();
    const QString name = nameIn.simplified();
    if (name.isEmpty() || name.size() > 40) {
        m_lastError = tr("A user name has 1 to 40 characters.");
        return false;
    }
    if (hash.iterations < PinHasher::MinimumIterations || hash.salt.size() < PinHasher::SaltBytes
        || hash.hash.size() != PinHasher::HashBytes) {
        m_lastError = tr("The PIN was not hashed as required.");
        return false;
    }
    if (find(name)) {
        m_lastError = tr("There is already a user named %1.").arg(name);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    if (!m_store.isWritable() || !db.isOpen()) {
        m_lastError = tr("The journal cannot be written; the user was not added.");
        return false;
    }
    const QDateTime now = m_clock->nowUtc();
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (name, role, pin_salt, pin_hash, pin_iterations, created_utc)"
                             " VALUES (:name, :role, :salt, :hash, :iterations, :created)"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":role"), roleName(role));
    q.bindValue(QStringLiteral(":salt"), QString::fromLatin1(hash.salt.toHex()));
    q.bindValue(QStringLiteral(":hash"), QString::fromLatin1(hash.hash.toHex()));
    q.bindValue(QStringLiteral(":iterations"), hash.iterations);
    q.bindValue(QStringLiteral(":created"), ReceiptStore::toStoredTime(now));
    if (!tx.isActive() || !q.exec()
        || !AuditTrail::append(db, now, AuditEvent::UserAdded, byUser,
            QStringLiteral("%1 (%2)").arg(name, roleName(role)), &m_lastError)
        || !tx.commit()) {
        m_lastError = tr("The user was not added: %1")
                          .arg(m_lastError.isEmpty() ? q.lastError().text() + tx.lastError() : m_lastError);
        qCWarning(lcStore).noquote() << m_lastError;
        return false;
    }
    return true;
}

QList<User> UserDirectory::users() const
{
    QList<User> out;
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    QSqlQuery q(db);
    if (!db.isOpen() || !q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(kUserColumns)))
        return out;
    while (q.next())
        out << userFromQuery(q);
    return out;
}

std::optional<User> UserDirectory::findWithHash(const QString &name, PinHash *hash) const
{
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = :name").arg(kUserColumns));
    q.bindValue(QStringLiteral(":name"), name.simplified());
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (hash) {
        hash->salt = QByteArray::fromHex(q.value(QStringLiteral("pin_salt")).toString().toLatin1());
        hash->hash = QByteArray::fromHex(q.value(QStringLiteral("pin_hash")).toString().toLatin1());
        hash->iterations = q.value(QStringLiteral("pin_iterations")).toInt();
    }
    return userFromQuery(q);
}

std::optional<User> UserDirectory::find(const QString &name) const
{
    return findWithHash(name, nullptr);
}

bool UserDirectory::hasManager() const
{
    const QList<User> all = users();
    return std::any_of(all.cbegin(), all.cend(), [](const User &u) { return u.role == Role::Manager; });
}

PinCheck UserDirectory::lockedCheck(const User &user) const
{
    PinCheck c;
    c.outcome = PinCheck::Locked;
    c.user = user;
    c.lockedUntilUtc = user.lockedUntilUtc;
    const qint64 secs = qMax<qint64>(1, m_clock->nowUtc().secsTo(user.lockedUntilUtc));
    c.message = tr("%1 is locked after %2 wrong PINs; try again in %3 minute(s).")
                    .arg(user.name)
                    .arg(MaxFailedPins)
                    .arg((secs + 59) / 60);
    return c;
}

std::optional<PinHash> UserDirectory::storedPin(const QString &name, PinCheck *check)
{
    PinHash hash;
    const std::optional<User> user = findWithHash(name, &hash);
    if (!user) {
        check->outcome = PinCheck::UnknownUser;
        check->message = tr("There is no user named %1.").arg(name.simplified());
        return std::nullopt;
    }
    if (user->lockedUntilUtc.isValid() && m_clock->nowUtc() < user->lockedUntilUtc) {
        *check = lockedCheck(*user);
        AuditTrail(m_store, m_clock).record(AuditEvent::FailedPin, user->name, QStringLiteral("locked"));
        return std::nullopt;
    }
    check->user = *user;
    return hash;
}

PinCheck UserDirectory::checkPin(const QString &name, const QString &pin)
{
    PinCheck check;
    const std::optional<PinHash> stored = storedPin(name, &check);
    if (!stored)
        return check;
    return recordAttempt(name, PinHasher::matches(pin, *stored));
}

PinCheck UserDirectory::recordAttempt(const QString &name, bool pinMatched)
{
    PinCheck check;
    std::optional<User> user = find(name);
    if (!user) {
        check.outcome = PinCheck::UnknownUser;
        check.message = tr("There is no user named %1.").arg(name.simplified());
        return check;
    }
    const QDateTime now = m_clock->nowUtc();
    if (user->lockedUntilUtc.isValid() && now < user->lockedUntilUtc)
        return lockedCheck(*user);

    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    SqlTransaction tx(db);
    QSqlQuery q(db);
    QString error;
    if (pinMatched) {
        q.prepare(QStringLiteral("UPDATE users SET failed_pins = 0, locked_until_utc = NULL WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), user->id);
        if (tx.isActive() && q.exec()
            && AuditTrail::append(db, now, AuditEvent::Login, user->name, roleName(user->role), &error)
            && tx.commit()) {
            user->failedPins = 0;
            user->lockedUntilUtc = QDateTime();
            check.outcome = PinCheck::Accepted;
            check.user = *user;
            return check;
        }
    } else {
        const int failed = user->failedPins + 1;
        const bool lock = failed >= MaxFailedPins;
        const QDateTime until = now.addSecs(LockoutSeconds);
        q.prepare(QStringLiteral(
            "UPDATE users SET failed_pins = :failed, locked_until_utc = :until WHERE id = :id"));
        q.bindValue(QStringLiteral(":failed"), lock ? 0 : failed);
        q.bindValue(
            QStringLiteral(":until"), lock ? QVariant(ReceiptStore::toStoredTime(until)) : QVariant());
        q.bindValue(QStringLiteral(":id"), user->id);
        if (tx.isActive() && q.exec()
            && AuditTrail::append(db, now, AuditEvent::FailedPin, user->name,
                QStringLiteral("%1 of %2").arg(failed).arg(MaxFailedPins), &error)
            && (!lock
                || AuditTrail::append(db, now, AuditEvent::Lockout, user->name,
                    QStringLiteral("until %1").arg(ReceiptStore::toStoredTime(until)), &error))
            && tx.commit()) {
            user->failedPins = lock ? 0 : failed;
            user->lockedUntilUtc = lock ? until : QDateTime();
            if (lock)
                return lockedCheck(*user);
            check.outcome = PinCheck::WrongPin;
            check.user = *user;
            check.attemptsLeft = MaxFailedPins - failed;
            check.message
                = tr("Wrong PIN. %1 attempt(s) left before a 5-minute lock.").arg(check.attemptsLeft);
            return check;
        }
    }
    check.outcome = PinCheck::Error;
    check.message = tr("The PIN check could not be recorded in the journal: %1")
                        .arg(error.isEmpty() ? q.lastError().text() + tx.lastError() : error);
    m_lastError = check.message;
    qCWarning(lcStore).noquote() << m_lastError;
    return check;
}

} // namespace Kasir
