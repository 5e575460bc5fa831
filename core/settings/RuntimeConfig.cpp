#include "settings/RuntimeConfig.h"

#include "api/MerchantApiClient.h"
#include "secrets/FileKeyStore.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Kasir {

namespace {

// The messages' translation context. lupdate files them under the argument of
// Q_DECLARE_TR_FUNCTIONS, and RuntimeConfigText::tr() looks them up under the same name; a file-local
// tr() function is filed by lupdate under "Kasir" instead, and never found (tst_ui_coremessages).
struct RuntimeConfigText
{
    Q_DECLARE_TR_FUNCTIONS(Kasir::RuntimeConfig)
};

QString readKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = RuntimeConfigText::tr("The API key file %1 cannot be read.").arg(path);
        return QString();
    }
    QString key = QString::fromUtf8(file.readAll()).trimmed();
    if (key.isEmpty())
        *error = RuntimeConfigText::tr("The API key file %1 is empty.").arg(path);
    return key;
}

} // namespace

void RuntimeConfig::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KasirEWallet"));
    QCoreApplication::setApplicationName(QStringLiteral("kasir-ewallet"));
}

LiveEndpoint RuntimeConfig::liveEndpoint(const QString &baseUrlOption, const AppSettings &settings,
    const QString &storedKey, const QString &storedKeySource)
{
    LiveEndpoint endpoint;
    QString base = baseUrlOption.trimmed();
    if (base.isEmpty())
        base = qEnvironmentVariable("KASIR_BASE_URL").trimmed();
    endpoint.baseUrl = base.isEmpty() ? settings.baseUrl() : QUrl(base);

    endpoint.apiKey = qEnvironmentVariable("KASIR_API_KEY").trimmed();
    if (!endpoint.apiKey.isEmpty()) {
        endpoint.keySource = QStringLiteral("environment");
    } else if (!storedKey.isEmpty()) {
        endpoint.apiKey = storedKey;
        endpoint.keySource = storedKeySource;
    } else {
        const FileKeyStore fallback;
        const ApiKeyResult fromFile = fallback.readNow();
        endpoint.error = fromFile.error;
        if (fromFile.ok()) {
            endpoint.apiKey = fromFile.key;
            endpoint.keySource = fallback.describe();
        }
    }
    if (endpoint.apiKey.isEmpty() && endpoint.error.isEmpty() && !settings.apiKeyFile().isEmpty()) {
        endpoint.apiKey = readKeyFile(settings.apiKeyFile(), &endpoint.error);
        endpoint.keySource = QStringLiteral("file %1").arg(settings.apiKeyFile());
    }

    QString caFile = qEnvironmentVariable("KASIR_CA_FILE").trimmed();
    if (caFile.isEmpty())
        caFile = settings.caFile();
    if (!caFile.isEmpty()) {
        endpoint.privateCa = PrivateCa::load(caFile);
        if (endpoint.error.isEmpty())
            endpoint.error = endpoint.privateCa.error;
    }

    if (endpoint.error.isEmpty() && endpoint.hasKey())
        endpoint.error = MerchantApiClient::checkApiKey(endpoint.apiKey);
    if (endpoint.error.isEmpty() && endpoint.hasKey()) {
        if (endpoint.baseUrl.isEmpty())
            endpoint.error = RuntimeConfigText::tr(
                "An API key is configured but no server address: set KASIR_BASE_URL.");
        else
            endpoint.error = MerchantApiClient::checkBaseUrl(endpoint.baseUrl);
    }
    return endpoint;
}

QString RuntimeConfig::journalPath(const QString &dbOption, bool demo)
{
    QString path = dbOption.trimmed();
    if (path.isEmpty())
        path = qEnvironmentVariable("KASIR_DB").trimmed();
    if (path.isEmpty()) {
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + (demo ? QStringLiteral("/kasir-demo.sqlite") : QStringLiteral("/kasir.sqlite"));
    }
    return path;
}

QString RuntimeConfig::randomDemoKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace Kasir
