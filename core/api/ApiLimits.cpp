#include "api/ApiLimits.h"

#include <cmath>

namespace Kasir {

std::optional<int> ApiLimits::timeoutMsFromText(const QString &seconds)
{
    bool ok = false;
    const double value = seconds.trimmed().toDouble(&ok);
    // Written so that NaN fails every comparison and is refused.
    if (!ok || !std::isfinite(value) || !(value >= MinTimeoutSeconds && value <= MaxTimeoutSeconds))
        return std::nullopt;
    return int(std::lround(value * 1000.0));
}

int ApiLimits::boundedTimeoutSeconds(int seconds)
{
    return qBound(MinTimeoutSeconds, seconds, MaxTimeoutSeconds);
}

} // namespace Kasir
