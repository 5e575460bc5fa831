#pragma once

#include "sale/SaleServiceOptions.h"

#include <QString>

namespace Kasir {

// Test-only fault injection for the crash tests. When the environment variable
// KASIR_TEST_CRASH_AT names one of the points below, the hook kills the process with SIGKILL
// there, so that the tests can prove that a restart plus recovery never loses a receipt nor
// charges twice:
//   after-paying-commit   the PAYING row is committed, nothing has been sent yet;
//   in-flight             150 ms after the payment was handed to the network (or when its
//                         answer arrives, if sooner), before the answer is committed;
//   before-result-commit  the answer arrived, its row update is not yet committed.
// Unset or anything else: no hook at all.
class CrashInjector
{
public:
    enum class Point { None, AfterPayingCommit, InFlight, BeforeResultCommit };

    static Point fromName(const QString &name);
    // The hook for SaleServiceOptions::checkpointHook; empty for Point::None.
    static std::function<void(SaleCheckpoint)> hook(Point point);
    // hook(fromName(KASIR_TEST_CRASH_AT)).
    static std::function<void(SaleCheckpoint)> hookFromEnvironment();
};

} // namespace Kasir
