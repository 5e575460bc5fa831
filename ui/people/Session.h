#pragma once

#include "people/User.h"

#include <QObject>

#include <optional>

namespace Kasir {

class AuditTrail;

// Who is at the counter now. Sales, prints and re-checks record this user.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(AuditTrail *audit, QObject *parent = nullptr);

    std::optional<User> user() const { return m_user; }
    QString userName() const { return m_user ? m_user->name : QString(); }
    bool isManager() const { return m_user && m_user->role == Role::Manager; }

    // After an accepted PIN (the login itself is in the audit trail already).
    void begin(const User &user);
    // Records the logout.
    void end();

signals:
    void userChanged();

private:
    AuditTrail *m_audit;
    std::optional<User> m_user;
};

} // namespace Kasir
