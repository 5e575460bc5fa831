#include "people/AuditTrail.h"

#include "clock/Clock.h"
#include "logging/Logging.h"
#include "store/ReceiptStore.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kasir {

namespace {

struct EventName
{
    AuditEvent event;
    const char *name;
};

constexpr EventName kEventNames[] = {
    { AuditEvent::Login, "LOGIN" },
    { AuditEvent::Logout, "LOGOUT" },
    { AuditEvent::FailedPin, "FAILED_PIN" },
    { AuditEvent::Lockout, "LOCKOUT" },
    { AuditEvent::UserAdded, "USER_ADDED" },
    { AuditEvent::SettingsChanged, "SETTINGS_CHANGED" },
    { AuditEvent::ApiKeyChanged, "API_KEY_CHANGED" },
    { AuditEvent::Reprint, "REPRINT" },
    { AuditEvent::Close, "CLOSE" },
    { AuditEvent::ManualRecheck, "MANUAL_RECHECK" },
    { AuditEvent::Export, "EXPORT" },
    { AuditEvent::Backup, "BACKUP" },
    { AuditEvent::Restore, "RESTORE" },
};

} // namespace

AuditTrail::AuditTrail(ReceiptStore &store, Clock *clock)
    : m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
{ }

QString AuditTrail::eventName(AuditEvent event)
{
    for (const EventName &e : kEventNames) {
        if (e.event == event)
            return QString::fromLatin1(e.name);
    }
    return QString();
}

std::optional<AuditEvent> AuditTrail::eventFromName(const QString &name)
{
    for (const EventName &e : kEventNames) {
        if (name == QLatin1String(e.name))
            return e.event;
    }
    return std::nullopt;
}

bool AuditTrail::append(const QSqlDatabase &db, const QDateTime &atUtc, AuditEvent event, const QString &user,
    const QString &detail, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at_utc, event, user_name, detail)"
                             " VALUES (:at, :event, :user, :detail)"));
    q.bindValue(QStringLiteral(":at"), ReceiptStore::toStoredTime(atUtc));
    q.bindValue(QStringLiteral(":event"), eventName(event));
    q.bindValue(QStringLiteral(":user"), user.isNull() ? QStringLiteral("") : user);
    q.bindValue(QStringLiteral(":detail"), detail.isNull() ? QStringLiteral("") : detail);
    if (!q.exec()) {
        if (error)
            *error = QStringLiteral("Cannot write the audit trail: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool AuditTrail::record(AuditEvent event, const QString &user, const QString &detail)
{
    m_lastError.clear();
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    if (!m_store.isWritable() || !db.isOpen()) {
        m_lastError = QStringLiteral("The journal is not writable; the audit line was not kept.");
        qCWarning(lcStore).noquote() << m_lastError;
        return false;
    }
    SqlTransaction tx(db);
    if (!tx.isActive()) {
        m_lastError = tx.lastError();
        return false;
    }
    if (!append(db, m_clock->nowUtc(), event, user, detail, &m_lastError) || !tx.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = tx.lastError();
        qCWarning(lcStore).noquote() << m_lastError;
        return false;
    }
    return true;
}

QList<AuditEntry> AuditTrail::entries(std::optional<QDate> localDate, int limit) const
{
    QList<AuditEntry> out;
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    if (!db.isOpen())
        return out;
    QString sql = QStringLiteral("SELECT id, at_utc, event, user_name, detail FROM audit_log");
    QSqlQuery q(db);
    if (localDate) {
        sql += QStringLiteral(" WHERE at_utc >= :from AND at_utc < :to");
    }
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    if (localDate) {
        const QDateTime from(*localDate, QTime(0, 0), Qt::LocalTime);
        q.bindValue(QStringLiteral(":from"), ReceiptStore::toStoredTime(from.toUTC()));
        q.bindValue(QStringLiteral(":to"), ReceiptStore::toStoredTime(from.addDays(1).toUTC()));
    }
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.atUtc = ReceiptStore::fromStoredTime(q.value(1).toString());
        e.event = eventFromName(q.value(2).toString()).value_or(AuditEvent::Login);
        e.user = q.value(3).toString();
        e.detail = q.value(4).toString();
        out.prepend(e);
    }
    return out;
}

} // namespace Kasir
