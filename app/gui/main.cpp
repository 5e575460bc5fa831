// kasir-ewallet: the cashier window. Demo mode (an in-process sandbox on loopback) unless an API
// key is configured; --db / KASIR_DB choose the journal file; --lang id|en the language;
// --kiosk full screen without window decorations (otherwise the window opens maximized).

#include "MainWindow.h"
#include "QtPageRenderer.h"
#include "ManagerPage.h"
#include "Theme.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"
#include "api/MerchantApiClient.h"
#include "printer/ReceiptPrinter.h"
#include "catalog/ProductCatalog.h"
#include "report/ReportService.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "settings/AppSettings.h"
#include "settings/RuntimeConfig.h"
#include "store/JournalIntegrityCheck.h"
#include "store/JournalRegistry.h"
#include "store/ReceiptStore.h"

#include "SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    RuntimeConfig::setApplicationIdentity();
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
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QStringLiteral("Full screen without window decorations."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.addOption(kioskOption);
    const QCommandLineOption quitAfterStartOption(QStringLiteral("quit-after-start"),
                                                  QStringLiteral("Quit once the window is shown (start-up benchmark)."));
    parser.addOption(quitAfterStartOption);
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
    const LiveEndpoint live = RuntimeConfig::liveEndpoint(QString(), settings);
    const bool demo = parser.isSet(demoOption) || !live.hasKey();
    if (!demo && !live.error.isEmpty())
        return fail(QCoreApplication::translate("main", "Kasir E-Wallet"), live.error);
    QString apiKey = live.apiKey;
    QUrl baseUrl = live.baseUrl;

    const QString dbPath = RuntimeConfig::journalPath(parser.value(dbOption), demo);
    std::unique_ptr<PpobSandbox::SandboxServer> sandbox;
    if (demo) {
        PpobSandbox::SandboxOptions options;
        options.apiKey = RuntimeConfig::randomDemoKey();
        // The simulator's world lives beside the demo journal: after a restart, the journal's
        // pending demo sales are answered from the same ledger, not charged again.
        options.ledgerPath = dbPath + QStringLiteral(".sandbox-ledger.json");
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
        sandbox = std::make_unique<PpobSandbox::SandboxServer>(options);
        QString error;
        if (!sandbox->listen(QHostAddress::LocalHost, 0, &error))
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"),
                        QCoreApplication::translate("main", "The demo simulator could not start: %1").arg(error));
        apiKey = options.apiKey;
        baseUrl = sandbox->url();
        std::fprintf(stderr, "kasir-ewallet: demo mode, simulator at %s\n", qPrintable(baseUrl.toString()));
    }

    ReceiptStore store(dbPath, SystemClock::instance());
    JournalRegistry journals; // a journal this computer used that vanished or was replaced is refused
    if (!journals.open(store, JournalOpenOptions()))
        return fail(QCoreApplication::translate("main", "Kasir E-Wallet"),
                    QCoreApplication::translate("main", "The receipt journal %1 cannot be used: %2\nThe file was "
                                                        "left as it is.")
                            .arg(QDir::toNativeSeparators(dbPath), store.lastError()));

    QNetworkAccessManager nam;
    ApiConfig apiConfig;
    apiConfig.baseUrl = baseUrl;
    apiConfig.apiKey = apiKey;
    apiConfig.timeoutMs = settings.clientTimeoutSeconds() * 1000;
    if (!demo)
        apiConfig.extraCaCertificates = live.privateCa.certificates;
    MerchantApiClient client(&nam, apiConfig);

    SaleServiceOptions saleOptions = SaleServiceOptions::fromSettings(settings);
    saleOptions.autoRecovery = true;
    SaleService sales(&store, &client, SystemClock::instance(), saleOptions);

    const ProductCatalog catalog = ProductCatalog::builtIn();
    CounterConfig config;
    config.demo = demo;
    config.demoAsked = parser.isSet(demoOption);
    config.resolveSound = settings.resolveSound();
    config.cashierName = settings.cashierName();
    if (config.cashierName.isEmpty())
        config.cashierName = qEnvironmentVariable("USER");
    config.lowBalanceThreshold = settings.lowBalanceThreshold();
    config.defaultStoreFee = settings.storeFee();
    for (const Product &p : catalog.products())
        config.storeFeeByProduct.insert(p.code.toUpper(), settings.storeFee(p.code));

    ReportService reports(dbPath, saleOptions.terminalId); // its own thread and journal connection
    MainWindow window(&sales, catalog, config);

    // Receipts: layout settings, where they print, and the history page.
    QtPageRenderer pageRenderer;
    ReceiptPrinter receiptPrinter(&store, SystemClock::instance());
    ReceiptOptions receiptOptions;
    receiptOptions.storeName = settings.receiptStoreName();
    receiptOptions.addressLines = settings.receiptAddressLines();
    receiptOptions.footer = settings.receiptFooter();
    receiptOptions.language = settings.receiptLanguage();
    receiptPrinter.setPaperMm(settings.receiptPaperMm());
    receiptPrinter.setOptions(receiptOptions);
    QHash<QString, QString> productNames;
    for (const Product &p : catalog.products())
        productNames.insert(p.code.toUpper(), p.name);
    receiptPrinter.setProductNames(productNames);
    receiptPrinter.setPageRenderer(&pageRenderer);
    ReceiptActions receiptActions(&receiptPrinter, &sales, config.cashierName);
    QString destinationError;
    const auto destination = PrintDestination::parse(settings.receiptDestination(), &destinationError);
    if (!destination)
        std::fprintf(stderr, "kasir-ewallet: %s Printing to the default printer.\n", qPrintable(destinationError));
    receiptActions.setDestination(destination.value_or(PrintDestination::systemPrinter()));
    receiptActions.setAutoPrint(settings.receiptAutoPrint());
    window.addHistory(new HistoryPage(&store, &sales, &receiptActions, catalog), &receiptActions);
    window.setManagerPage(new ManagerPage(&reports, &sales));
    if (parser.isSet(kioskOption)) {
        window.setWindowFlag(Qt::FramelessWindowHint);
        window.showFullScreen();
    } else {
        window.showMaximized();
    }
    if (parser.isSet(quitAfterStartOption)) {
        window.grab(); // the first frame, rendered; nothing queued (recovery, checks) runs
        return 0;
    }

    // The full integrity check runs in the background once the window is up, and at close.
    JournalIntegrityCheck integrity(dbPath);
    QObject::connect(&integrity, &JournalIntegrityCheck::finished, &window, [&](bool ok, const QString &detail) {
        if (ok)
            return;
        store.markDamaged(detail);
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Kasir E-Wallet"),
                              QCoreApplication::translate("main", "The receipt journal is damaged, so no more sales "
                                                                  "can be recorded: %1")
                                      .arg(store.lastError()));
    });
    QTimer::singleShot(0, &integrity, &JournalIntegrityCheck::start);
    const int code = app.exec();
    if (store.isWritable() && !store.verifyIntegrity())
        std::fprintf(stderr, "kasir-ewallet: %s\n", qPrintable(store.lastError()));
    return code;
}
