#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Kasir {

// Bounds on one exchange with the merchant API.
class ApiLimits
{
public:
    // A documented answer is under 1 KiB. A larger reply is cut off and read as an unknown
    // outcome, so a hostile or broken server cannot fill memory or the journal.
    static constexpr qint64 MaxReplyBytes = qint64(256) * 1024;

    // The deadline for a whole exchange: connect, TLS, send, headers and body.
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 300;

    // "30", "2.5": seconds between MinTimeoutSeconds and MaxTimeoutSeconds, in milliseconds.
    // nullopt for anything else ("nan", "0", "0.0001", "-5", "abc", "inf").
    static std::optional<int> timeoutMsFromText(const QString &seconds);
    // Any stored number of seconds brought into the valid range.
    static int boundedTimeoutSeconds(int seconds);
};

} // namespace Kasir
