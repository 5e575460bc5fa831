#include "clock/Clock.h"

namespace Kasir {

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace Kasir
