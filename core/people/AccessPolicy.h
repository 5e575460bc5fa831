#pragma once

#include "people/User.h"

namespace Kasir {

// What a role may do. Manager-only actions need the manager's PIN at the time they are done.
enum class ProtectedAction {
    Sale,
    FirstPrint,
    ManualRecheck,
    ShiftReport, // the current shift's own figures
    Settings,
    ManagerPage,
    ReportsBeyondShift,
    Close,
    SecondReprint, // a second reprint of the same receipt
    RestoreBackup,
    ManageUsers,
    Resolve, // settle a flagged sale by hand
    Export, // the manager's figures to CSV or PDF
};

class AccessPolicy
{
public:
    static bool allows(Role role, ProtectedAction action);
    static bool needsManager(ProtectedAction action);
};

} // namespace Kasir
