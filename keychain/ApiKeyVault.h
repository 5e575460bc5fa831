#pragma once

#include "secrets/ApiKeyStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Kasir {

// Where the key came from, for `key status` and the settings page.
struct ApiKeySource
{
    QString key; // never logged
    QString description; // "environment", "keychain", "file PATH"; empty when no key is kept
    QString error;
};

// Chooses the key store: the system keychain when a keychain service answers a short probe,
// else the 0600 file in the config folder (a headless kiosk). KASIR_API_KEY overrides both;
// KASIR_KEYCHAIN=off skips the probe (a kiosk known to have no keychain service).
class ApiKeyVault : public QObject
{
    Q_OBJECT
public:
    explicit ApiKeyVault(QObject *parent = nullptr, int probeMs = 2000);

    // Probes once; ready is called when store() can be used (possibly before this returns).
    void open(std::function<void()> ready);
    ApiKeyStore *store() const { return m_store; }

    // The key to use: the environment, else the chosen store.
    void resolve(std::function<void(const ApiKeySource &)> done);

    static QString environmentKey();

private:
    void choose(ApiKeyStore *store);

    int m_probeMs;
    ApiKeyStore *m_store = nullptr;
    bool m_probing = false;
    QList<std::function<void()>> m_waiting;
};

} // namespace Kasir
