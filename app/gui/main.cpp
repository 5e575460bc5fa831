// kasir-ewallet: the cashier window. Demo mode (an in-process sandbox on loopback) unless an API
// key is configured; --db / KASIR_DB choose the journal file; --lang id|en the language.

#include "MainWindow.h"
#include "Theme.h"
#include "api/MerchantApiClient.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "settings/AppSettings.h"
#include "store/ReceiptStore.h"

#include "SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Kasir;

namespace {

constexpr int ExitEnvironment = 4;

int fail(const QString &title, const QString &text)
{
    std::fprintf(stderr, "kasir-ewallet: %s\n", qPrintable(text));
    QMessageBox::critical(nullptr, title, text);
    return ExitEnvironment;
}

QString randomKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

QString readKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("main", "The API key file %1 cannot be read.").arg(path);
        return QString();
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KasirEWallet"));
    QApplication::setApplicationName(QStringLiteral("kasir-ewallet"));
    QApplication::setApplicationVersion(QStringLiteral(KASIR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kasir E-Wallet: e-wallet top-ups at the counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Journal file (env KASIR_DB)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: id (default) or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Demo mode even when an API key is configured."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.process(app);

    AppSettings settings;

    // Language: --lang, else the saved setting (default Indonesian).
    QString lang = parser.isSet(langOption) ? parser.value(langOption).toLower() : settings.language();
    if (lang != QLatin1String("en") && lang != QLatin1String("id")) {
        std::fprintf(stderr, "kasir-ewallet: --lang must be id or en\n");
        return 2;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia)); // rupiah and dates
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (lang == QLatin1String("id")) {
        if (qtTranslator.load(QStringLiteral("qtbase_id"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    }
    if (appTranslator.load(QStringLiteral(":/i18n/kasir_") + lang))
        QApplication::installTranslator(&appTranslator);
    app.setStyleSheet(Theme::styleSheet());
    QFont font = QApplication::font();
    font.setPixelSize(15);
    QApplication::setFont(font);

    // Live when an API key is configured (environment or a saved key file), otherwise demo.
    QString apiKey = qEnvironmentVariable("KASIR_API_KEY").trimmed();
    QUrl baseUrl(qEnvironmentVariable("KASIR_BASE_URL").trimmed());
    if (baseUrl.isEmpty())
        baseUrl = settings.baseUrl();
    if (apiKey.isEmpty() && !settings.apiKeyFile().isEmpty()) {
        QString error;
        apiKey = readKeyFile(settings.apiKeyFile(), &error);
        if (!error.isEmpty())
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"), error);
    }
    const bool demo = parser.isSet(demoOption) || apiKey.isEmpty();

    std::unique_ptr<PpobSandbox::SandboxServer> sandbox;
    if (demo) {
        PpobSandbox::SandboxOptions options;
        options.apiKey = randomKey();
        sandbox = std::make_unique<PpobSandbox::SandboxServer>(options);
        QString error;
        if (!sandbox->listen(QHostAddress::LocalHost, 0, &error))
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"),
                        QCoreApplication::translate("main", "The demo simulator could not start: %1").arg(error));
        apiKey = options.apiKey;
        baseUrl = sandbox->url();
        std::fprintf(stderr, "kasir-ewallet: demo mode, simulator at %s\n", qPrintable(baseUrl.toString()));
    } else {
        if (baseUrl.isEmpty())
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"),
                        QCoreApplication::translate("main", "An API key is configured but no server address: set "
                                                            "KASIR_BASE_URL."));
        const QString urlError = MerchantApiClient::checkBaseUrl(baseUrl);
        if (!urlError.isEmpty())
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"), urlError);
    }

    // The journal: --db, KASIR_DB, else the app data folder. Demo sales go to their own file so
    // that they never mix with real receipts.
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("KASIR_DB");
    if (dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = dir + (demo ? QStringLiteral("/kasir-demo.sqlite") : QStringLiteral("/kasir.sqlite"));
    }
    ReceiptStore store(dbPath, SystemClock::instance());
    if (!store.open())
        return fail(QCoreApplication::translate("main", "Kasir E-Wallet"),
                    QCoreApplication::translate("main", "The receipt journal %1 cannot be used: %2\nThe file was "
                                                        "left as it is.")
                            .arg(QDir::toNativeSeparators(dbPath), store.lastError()));

    QNetworkAccessManager nam;
    ApiConfig apiConfig;
    apiConfig.baseUrl = baseUrl;
    apiConfig.apiKey = apiKey;
    apiConfig.timeoutMs = settings.clientTimeoutSeconds() * 1000;
    MerchantApiClient client(&nam, apiConfig);

    SaleServiceOptions saleOptions;
    saleOptions.terminalId = settings.terminalId();
    saleOptions.duplicateWindowSeconds = settings.duplicateWindowSeconds();
    saleOptions.autoRecovery = true;
    SaleService sales(&store, &client, SystemClock::instance(), saleOptions);

    const ProductCatalog catalog = ProductCatalog::builtIn();
    CounterConfig config;
    config.demo = demo;
    config.cashierName = settings.cashierName();
    if (config.cashierName.isEmpty())
        config.cashierName = qEnvironmentVariable("USER");
    config.lowBalanceThreshold = settings.lowBalanceThreshold();
    config.defaultStoreFee = settings.storeFee();
    for (const Product &p : catalog.products())
        config.storeFeeByProduct.insert(p.code.toUpper(), settings.storeFee(p.code));

    MainWindow window(&sales, catalog, config);
    window.show();
    return app.exec();
}
