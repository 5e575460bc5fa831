#include "people/AccessPolicy.h"

namespace Kasir {

bool AccessPolicy::needsManager(ProtectedAction action)
{
    switch (action) {
    case ProtectedAction::Sale:
    case ProtectedAction::FirstPrint:
    case ProtectedAction::ManualRecheck:
    case ProtectedAction::ShiftReport:
        return false;
    case ProtectedAction::Settings:
    case ProtectedAction::ManagerPage:
    case ProtectedAction::ReportsBeyondShift:
    case ProtectedAction::Close:
    case ProtectedAction::SecondReprint:
    case ProtectedAction::RestoreBackup:
    case ProtectedAction::ManageUsers:
    case ProtectedAction::Resolve:
    case ProtectedAction::Export:
        return true;
    }
    return true; // an unknown action is refused to cashiers
}

bool AccessPolicy::allows(Role role, ProtectedAction action)
{
    return role == Role::Manager || !needsManager(action);
}

} // namespace Kasir
