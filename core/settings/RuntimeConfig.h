#pragma once

#include "api/PrivateCa.h"

#include <QString>
#include <QUrl>

namespace Kasir {

class AppSettings;

// The live merchant API as configured: command line, else environment (KASIR_BASE_URL,
// KASIR_API_KEY), else saved settings (base URL, path of a key file).
struct LiveEndpoint
{
    QUrl baseUrl;
    QString apiKey; // never logged, never saved in settings
    PrivateCa privateCa; // KASIR_CA_FILE, else the caFile setting; empty when none
    QString error; // why the configuration cannot be used (unreadable key file, bad URL, bad CA file)
    QString keySource; // "environment", "keychain", "file PATH"; empty when no key

    bool hasKey() const { return !apiKey.isEmpty(); }
};

// What the window and the command-line tool resolve the same way, so that both use the same
// settings, the same journal file and the same rules for the API key.
class RuntimeConfig
{
public:
    // Organisation and application names: they decide where settings and the journal live.
    static void setApplicationIdentity();

    // baseUrlOption: the --base-url value, empty when not given. The key: KASIR_API_KEY, else
    // storedKey (from the keychain, described by storedKeySource), else the 0600 key file in the
    // config folder (FileKeyStore), else the file named by the apiKeyFile setting.
    static LiveEndpoint liveEndpoint(const QString &baseUrlOption, const AppSettings &settings,
        const QString &storedKey = QString(), const QString &storedKeySource = QString());

    // --db, else KASIR_DB, else the app data folder: kasir.sqlite, or kasir-demo.sqlite in demo
    // mode so that practice sales never mix with real receipts.
    static QString journalPath(const QString &dbOption, bool demo);

    // A fresh random key for the in-process demo sandbox.
    static QString randomDemoKey();
};

} // namespace Kasir
