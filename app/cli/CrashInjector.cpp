#include "CrashInjector.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace Kasir {

namespace {

[[noreturn]] void crashNow(const char *where)
{
    std::fprintf(stderr, "KASIR_TEST_CRASH_AT: killing the process %s\n", where);
    std::fflush(stderr);
    std::raise(SIGKILL);
    std::abort(); // not reached
}

} // namespace

CrashInjector::Point CrashInjector::fromName(const QString &name)
{
    if (name == QLatin1String("after-paying-commit"))
        return Point::AfterPayingCommit;
    if (name == QLatin1String("in-flight"))
        return Point::InFlight;
    if (name == QLatin1String("before-result-commit"))
        return Point::BeforeResultCommit;
    return Point::None;
}

std::function<void(SaleCheckpoint)> CrashInjector::hook(Point point)
{
    if (point == Point::None)
        return {};
    return [point](SaleCheckpoint at) {
        switch (at) {
        case SaleCheckpoint::PayingCommitted:
            if (point == Point::AfterPayingCommit)
                crashNow("after the PAYING commit");
            break;
        case SaleCheckpoint::PaymentSent:
            if (point == Point::InFlight)
                QTimer::singleShot(
                    150, QCoreApplication::instance(), [] { crashNow("with the payment in flight"); });
            break;
        case SaleCheckpoint::AnswerReceived:
            if (point == Point::InFlight || point == Point::BeforeResultCommit)
                crashNow("before the result commit");
            break;
        }
    };
}

std::function<void(SaleCheckpoint)> CrashInjector::hookFromEnvironment()
{
    return hook(fromName(qEnvironmentVariable("KASIR_TEST_CRASH_AT")));
}

} // namespace Kasir
