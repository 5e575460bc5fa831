#pragma once

#include <QString>

namespace Kasir {

// Who holds a journal or a send lease: "HOST:PID:RANDOM", one per ReceiptStore instance.
// A holder is known dead when it ran on this host and its process is gone (or, in this very
// process, its store was closed); anything else is taken as alive until its lease runs out.
class ProcessIdentity
{
public:
    // A new identity, registered as alive in this process until release().
    static QString acquire();
    static void release(const QString &identity);

    static bool isKnownDead(const QString &identity);
};

} // namespace Kasir
