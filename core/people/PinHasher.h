#pragma once

#include <QByteArray>
#include <QString>

namespace Kasir {

// A PIN as kept on disk: PBKDF2-HMAC-SHA256 of the PIN with a random salt. The iteration count
// is kept with the hash so that it can be raised later without invalidating existing PINs.
struct PinHash
{
    QByteArray salt; // raw bytes
    QByteArray hash; // raw bytes (32)
    int iterations = 0;
};

// Pure and thread-safe: hashing may run on a worker thread so that the window never waits on it.
class PinHasher
{
public:
    static constexpr int DefaultIterations = 120000;
    static constexpr int MinimumIterations = 100000;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    // 4 to 8 ASCII digits.
    static bool isValidPin(const QString &pin);

    // A new random salt (system random source) and the hash of pin with it.
    static PinHash hashNew(const QString &pin, int iterations = DefaultIterations);
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
    // Constant-time comparison of the derived hash with the stored one.
    static bool matches(const QString &pin, const PinHash &stored);
};

} // namespace Kasir
