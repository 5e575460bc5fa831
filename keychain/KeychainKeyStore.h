#pragma once

#include "secrets/ApiKeyStore.h"

namespace Kasir {

// The key in the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain. Never falls back to a plain-text store by itself. Each operation
// is bounded: a keychain that does not answer within timeoutMs counts as a failure.
class KeychainKeyStore final : public ApiKeyStore
{
    Q_OBJECT
public:
    explicit KeychainKeyStore(int timeoutMs = 5000, QObject *parent = nullptr);

    static QString serviceName();
    static QString entryName();

    Kind kind() const override { return Kind::Keychain; }
    QString describe() const override { return QStringLiteral("keychain"); }
    void read(Done done) override;
    void write(const QString &key, Done done) override;
    void clear(Done done) override;

private:
    int m_timeoutMs;
};

} // namespace Kasir
