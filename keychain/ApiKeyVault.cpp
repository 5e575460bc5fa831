#include "ApiKeyVault.h"

#include "KeychainKeyStore.h"
#include "secrets/FileKeyStore.h"

namespace Kasir {

ApiKeyVault::ApiKeyVault(QObject *parent, int probeMs)
    : QObject(parent)
    , m_probeMs(probeMs)
{ }

QString ApiKeyVault::environmentKey()
{
    return qEnvironmentVariable("KASIR_API_KEY").trimmed();
}

void ApiKeyVault::choose(ApiKeyStore *store)
{
    m_store = store;
    m_probing = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &ready : waiting)
        ready();
}

void ApiKeyVault::open(std::function<void()> ready)
{
    if (m_store) {
        ready();
        return;
    }
    m_waiting << ready;
    if (m_probing)
        return;
    m_probing = true;
    const QString mode = qEnvironmentVariable("KASIR_KEYCHAIN").trimmed().toLower();
    if (mode == QLatin1String("off")) {
        choose(new FileKeyStore(QString(), this));
        return;
    }
    auto *keychain = new KeychainKeyStore(m_probeMs, this);
    keychain->read([this, keychain](const ApiKeyResult &r) {
        auto *file = new FileKeyStore(QString(), this);
        if (r.status == ApiKeyResult::Ok) {
            delete file;
            choose(keychain);
        } else if (r.status == ApiKeyResult::NotFound && file->readNow().status != ApiKeyResult::Ok) {
            // A keychain service answers and no older key waits in the file.
            delete file;
            choose(keychain);
        } else {
            keychain->deleteLater();
            choose(file);
        }
    });
}

void ApiKeyVault::resolve(std::function<void(const ApiKeySource &)> done)
{
    const QString env = environmentKey();
    if (!env.isEmpty()) {
        done(ApiKeySource { env, QStringLiteral("environment"), QString() });
        return;
    }
    open([this, done] {
        m_store->read([this, done](const ApiKeyResult &r) {
            ApiKeySource source;
            source.error = r.error;
            if (r.ok()) {
                source.key = r.key;
                source.description = m_store->describe();
            }
            done(source);
        });
    });
}

} // namespace Kasir
