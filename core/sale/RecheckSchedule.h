#pragma once

#include <QtGlobal>

#include <limits>

namespace Kasir {

// When an unresolved sale is asked about again. Comparable PPOB APIs advise about a minute between
// re-checks; the first ones come sooner because most unknown outcomes are a dropped answer.
class RecheckSchedule
{
public:
    struct Step
    {
        int lastAttempt; // the step applies while attempts <= lastAttempt
        qint64 baseMs; // earliest delay
        qint64 spreadMs; // jitter on top of baseMs, so that many tills do not ask at once
    };

    static constexpr Step FirstCheck { 1, 10000, 2000 }; // attempts 0-1: 10-12 s
    static constexpr Step SecondCheck { 2, 30000, 5000 }; // attempt 2: 30-35 s
    static constexpr Step ThirdCheck { 3, 60000, 10000 }; // attempt 3: 60-70 s
    static constexpr Step LaterChecks { std::numeric_limits<int>::max(), 60000, 60000 }; // 60-120 s

    static Step stepFor(int attempts);
    // jitter01 in [0, 1) picks the point inside the step's range.
    static qint64 delayMs(int attempts, double jitter01);
};

} // namespace Kasir
