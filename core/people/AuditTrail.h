#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kasir {

class Clock;
class ReceiptStore;

enum class AuditEvent {
    Login,
    Logout,
    FailedPin,
    Lockout,
    UserAdded,
    SettingsChanged, // detail: the names of the settings, never their values
    ApiKeyChanged, // detail: where the key is kept, never the key
    Reprint,
    Close,
    ManualRecheck,
    Export,
    Backup,
    Restore,
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    AuditEvent event = AuditEvent::Login;
    QString user;
    QString detail;
};

// The append-only audit trail in the journal (table audit_log; UPDATE and DELETE raise in SQL).
// One call per event: audit.record(AuditEvent::Reprint, user, receiptNo). Never pass a secret
// (PIN, API key) as detail.
class AuditTrail
{
public:
    // store must be open; the trail uses its connection. clock: nullptr = system clock.
    explicit AuditTrail(ReceiptStore &store, Clock *clock = nullptr);

    bool record(AuditEvent event, const QString &user, const QString &detail = QString());

    // Oldest first. localDate: only that local day; limit <= 0: no limit (the newest kept).
    QList<AuditEntry> entries(std::optional<QDate> localDate = std::nullopt, int limit = 0) const;
    QString lastError() const { return m_lastError; }

    static QString eventName(AuditEvent event);
    static std::optional<AuditEvent> eventFromName(const QString &name);

    // Appends inside a transaction the caller holds on db (for writes that must land together
    // with their audit line, such as a lockout).
    static bool append(const QSqlDatabase &db, const QDateTime &atUtc, AuditEvent event, const QString &user,
        const QString &detail, QString *error);

private:
    ReceiptStore &m_store;
    Clock *m_clock;
    QString m_lastError;
};

} // namespace Kasir
