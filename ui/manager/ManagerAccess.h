#pragma once

#include <QString>

class QWidget;

namespace Kasir {

// Who may open the manager page and do its actions. Today everyone may; the manager PIN comes
// later as another implementation of this interface, given to the page and the main window.
class ManagerAccess
{
public:
    enum class Action { OpenPage, Close, Resolve, Export };

    virtual ~ManagerAccess() = default;
    // true when the action may go ahead (a PIN implementation asks for the PIN here).
    virtual bool allow(Action action, QWidget *parent) = 0;
};

// The open counter of today: every action is allowed.
class OpenManagerAccess final : public ManagerAccess
{
public:
    bool allow(Action, QWidget *) override { return true; }
};

} // namespace Kasir
