#include "sale/RecheckSchedule.h"

#include <algorithm>

namespace Kasir {

RecheckSchedule::Step RecheckSchedule::stepFor(int attempts)
{
    for (const Step &step : { FirstCheck, SecondCheck, ThirdCheck }) {
        if (attempts <= step.lastAttempt)
            return step;
    }
    return LaterChecks;
}

qint64 RecheckSchedule::delayMs(int attempts, double jitter01)
{
    const double j = std::clamp(jitter01, 0.0, 0.999999);
    const Step step = stepFor(attempts);
    return step.baseMs + qint64(j * double(step.spreadMs));
}

} // namespace Kasir
