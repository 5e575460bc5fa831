#pragma once

#include <QDateTime>

namespace Kasir {

// Time is injected so that receipts, end of day and retry backoff can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static SystemClock *instance();
};

} // namespace Kasir
