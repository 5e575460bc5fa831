#pragma once

#include "ManagerAccess.h"

#include <QObject>
#include <QPointer>

namespace Kasir {

class AccessGate;
class Session;

// The manager page behind the manager's PIN. Opening the page asks for it; while the page stays
// on screen it is unlocked for looking and saving (CSV, PDF). A close and a resolve change the
// books for good, so each asks for the PIN again. Leaving the page or a change of user locks it.
class PinManagerAccess : public QObject, public ManagerAccess
{
    Q_OBJECT
public:
    PinManagerAccess(AccessGate *gate, Session *session, QObject *parent = nullptr);

    bool allow(Action action, QWidget *parent) override;
    QString authorizedBy() const override;

    // The page whose hiding locks it again.
    void watch(QWidget *page);
    bool isUnlocked() const { return m_unlocked; }
    void lock() { m_unlocked = false; }

signals:
    // The PIN was not given: the action did not happen.
    void refused(Kasir::ManagerAccess::Action action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AccessGate *m_gate;
    QPointer<QWidget> m_page;
    bool m_unlocked = false;
};

} // namespace Kasir
