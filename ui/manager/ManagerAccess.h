#pragma once

#include <QString>

class QWidget;

namespace Kasir {

// Who may open the manager page and do its actions. The window gives the page and the main
// window people/PinManagerAccess (the manager's PIN); tests of the page alone use the open one.
class ManagerAccess
{
public:
    enum class Action { OpenPage, Close, Resolve, Export };

    virtual ~ManagerAccess() = default;
    // true when the action may go ahead (a PIN implementation asks for the PIN here).
    virtual bool allow(Action action, QWidget *parent) = 0;
    // Who let the last action through (the manager whose PIN was given); empty when unknown.
    virtual QString authorizedBy() const { return QString(); }
};

// The open counter of today: every action is allowed.
class OpenManagerAccess final : public ManagerAccess
{
public:
    bool allow(Action, QWidget *) override { return true; }
};

} // namespace Kasir
