#include "people/PinManagerAccess.h"

#include "people/AccessGate.h"
#include "people/Session.h"

#include <QEvent>
#include <QWidget>

namespace Kasir {

PinManagerAccess::PinManagerAccess(AccessGate *gate, Session *session, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
{
    if (session)
        connect(session, &Session::userChanged, this, &PinManagerAccess::lock);
}

void PinManagerAccess::watch(QWidget *page)
{
    if (m_page)
        m_page->removeEventFilter(this);
    m_page = page;
    if (page)
        page->installEventFilter(this);
}

bool PinManagerAccess::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Hide)
        lock();
    return QObject::eventFilter(watched, event);
}

QString PinManagerAccess::authorizedBy() const
{
    return m_gate->lastManager();
}

bool PinManagerAccess::allow(Action action, QWidget *parent)
{
    ProtectedAction asked = ProtectedAction::ManagerPage;
    switch (action) {
    case Action::OpenPage:
        if (m_unlocked && m_page && m_page->isVisible())
            return true;
        asked = ProtectedAction::ManagerPage;
        break;
    case Action::Export:
        if (m_unlocked)
            return true;
        asked = ProtectedAction::Export;
        break;
    case Action::Close:
        asked = ProtectedAction::Close;
        break;
    case Action::Resolve:
        asked = ProtectedAction::Resolve;
        break;
    }
    const bool allowed = m_gate->requireManager(parent, asked);
    if (!allowed) {
        emit refused(action);
        return false;
    }
    if (action == Action::OpenPage)
        m_unlocked = true;
    return true;
}

} // namespace Kasir
