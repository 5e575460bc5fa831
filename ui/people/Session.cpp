#include "people/Session.h"

#include "people/AuditTrail.h"

namespace Kasir {

Session::Session(AuditTrail *audit, QObject *parent)
    : QObject(parent)
    , m_audit(audit)
{ }

void Session::begin(const User &user)
{
    m_user = user;
    emit userChanged();
}

void Session::end()
{
    if (!m_user)
        return;
    if (m_audit)
        m_audit->record(AuditEvent::Logout, m_user->name);
    m_user.reset();
    emit userChanged();
}

} // namespace Kasir
