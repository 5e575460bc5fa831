// kasir-ewallet: the cashier window. Demo mode (an in-process sandbox on loopback) unless an API
// key is configured; --db / KASIR_DB choose the journal file; --lang id|en the language;
// --kiosk full screen without window decorations (otherwise the window opens maximized).

#include "ApiKeyVault.h"
#include "MainWindow.h"
#include "ManagerPage.h"
#include "QtPageRenderer.h"
#include "Theme.h"
#include "api/MerchantApiClient.h"
#include "backup/PendingRestore.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"
#include "people/AuditTrail.h"
#include "people/Session.h"
#include "people/ShiftController.h"
#include "printer/ReceiptPrinter.h"
#include "report/ReportService.h"
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
#include <QProcess>
#include <QScopeGuard>
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
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Journal file (env KASIR_DB)."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language: id (default) or en."), QStringLiteral("LANG"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Demo mode even when an API key is configured."));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"), QStringLiteral("Full screen without window decorations."));
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
        if (qtTranslator.load(
                QStringLiteral("qtbase_id"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    }
    if (appTranslator.load(QStringLiteral(":/i18n/kasir_") + lang))
        QApplication::installTranslator(&appTranslator);
    app.setStyleSheet(Theme::styleSheet());
    QFont font = QApplication::font();
    font.setPixelSize(15);
    QApplication::setFont(font);

    // The API key: KASIR_API_KEY, else the system keychain or the 0600 key file (a short,
    // bounded probe of the keychain service), then the window.
    ApiKeyVault vault;
    // A restore was requested: start again, but only once everything below (every user of the
    // journal) is gone, so the next program never swaps the file under a live connection. Made
    // before them, so it is destroyed after them.
    bool restartAfterExit = false;
    const auto restartLast = qScopeGuard([&restartAfterExit] {
        if (restartAfterExit
            && !QProcess::startDetached(
                QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)))
            std::fprintf(
                stderr, "kasir-ewallet: could not start again; start it by hand to finish the restore\n");
    });
    std::unique_ptr<PpobSandbox::SandboxServer> sandbox;
    std::unique_ptr<ReceiptStore> storePtr;
    std::unique_ptr<QNetworkAccessManager> namPtr;
    std::unique_ptr<MerchantApiClient> clientPtr;
    std::unique_ptr<SaleService> salesPtr;
    std::unique_ptr<ReportService> reportsPtr; // outlives the window, as the manager page reads it
    std::unique_ptr<MainWindow> windowPtr;
    std::unique_ptr<ShiftController> shift;
    std::unique_ptr<QtPageRenderer> pageRendererPtr;
    std::unique_ptr<ReceiptPrinter> receiptPrinterPtr;
    std::unique_ptr<ReceiptActions> receiptActionsPtr;
    std::unique_ptr<JournalIntegrityCheck> integrity;
    bool quitAfterStart = false;
    auto startWindow = [&](const ApiKeySource &stored) -> int {
        // Live when an API key is configured (environment, keychain or key file), otherwise demo.
        const LiveEndpoint live
            = RuntimeConfig::liveEndpoint(QString(), settings, stored.key, stored.description);
        const bool demo = parser.isSet(demoOption) || !live.hasKey();
        if (!demo && !live.error.isEmpty())
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"), live.error);
        QString apiKey = live.apiKey;
        QUrl baseUrl = live.baseUrl;

        const QString dbPath = RuntimeConfig::journalPath(parser.value(dbOption), demo);
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
            std::fprintf(
                stderr, "kasir-ewallet: demo mode, simulator at %s\n", qPrintable(baseUrl.toString()));
        }

        // A restore the manager asked for in the window runs now, before anything opens the journal.
        const std::optional<PendingRestore::Outcome> restored = PendingRestore::applyIfRequested(dbPath);
        storePtr = std::make_unique<ReceiptStore>(dbPath, SystemClock::instance());
        ReceiptStore &store = *storePtr;
        JournalRegistry journals; // a journal this computer used that vanished or was replaced is refused
        if (!journals.open(store, JournalOpenOptions()))
            return fail(QCoreApplication::translate("main", "Kasir E-Wallet"),
                QCoreApplication::translate("main",
                    "The receipt journal %1 cannot be used: %2\nThe file was "
                    "left as it is.")
                    .arg(QDir::toNativeSeparators(dbPath), store.lastError()));

        if (restored) {
            const RestoreResult &r = restored->result;
            if (r.outcome == RestoreResult::Restored)
                AuditTrail(store).record(AuditEvent::Restore, restored->request.manager,
                    QStringLiteral("from %1%2; the replaced journal kept as %3; from the window")
                        .arg(restored->request.backupPath,
                            restored->request.force ? QStringLiteral(" (forced)") : QString(),
                            r.previousJournalBackup.isEmpty() ? QStringLiteral("-")
                                                              : r.previousJournalBackup));
            auto *box = new QMessageBox(
                r.outcome == RestoreResult::Restored ? QMessageBox::Information : QMessageBox::Warning,
                QCoreApplication::translate("main", "Restore"),
                r.outcome == RestoreResult::Restored
                    ? QCoreApplication::translate(
                        "main", "The journal was restored from %1. The journal as it was is kept as %2.")
                          .arg(QDir::toNativeSeparators(restored->request.backupPath),
                              QDir::toNativeSeparators(r.previousJournalBackup))
                    : QCoreApplication::translate("main", "The backup was not restored: %1").arg(r.message));
            box->setAttribute(Qt::WA_DeleteOnClose);
            QTimer::singleShot(0, box, [box] { box->open(); });
        }

        namPtr = std::make_unique<QNetworkAccessManager>();
        QNetworkAccessManager &nam = *namPtr;
        ApiConfig apiConfig;
        apiConfig.baseUrl = baseUrl;
        apiConfig.apiKey = apiKey;
        apiConfig.timeoutMs = settings.clientTimeoutSeconds() * 1000;
        if (!demo)
            apiConfig.extraCaCertificates = live.privateCa.certificates;
        clientPtr = std::make_unique<MerchantApiClient>(&nam, apiConfig);
        MerchantApiClient &client = *clientPtr;

        SaleServiceOptions saleOptions = SaleServiceOptions::fromSettings(settings);
        saleOptions.autoRecovery = true;
        salesPtr = std::make_unique<SaleService>(&store, &client, SystemClock::instance(), saleOptions);
        SaleService &sales = *salesPtr;

        const ProductCatalog catalog = ProductCatalog::builtIn();
        CounterConfig config;
        config.demo = demo;
        config.demoAsked = parser.isSet(demoOption);
        config.resolveSound = settings.resolveSound();
        config.repeatCustomer = settings.repeatCustomer();
        config.cashierName = settings.cashierName();
        if (config.cashierName.isEmpty())
            config.cashierName = qEnvironmentVariable("USER");
        config.lowBalanceThreshold = settings.lowBalanceThreshold();
        config.defaultStoreFee = settings.storeFee();
        for (const Product &p : catalog.products())
            config.storeFeeByProduct.insert(p.code.toUpper(), settings.storeFee(p.code));

        reportsPtr = std::make_unique<ReportService>(
            dbPath, saleOptions.terminalId); // its own thread and journal connection
        ReportService &reports = *reportsPtr;
        windowPtr = std::make_unique<MainWindow>(&sales, catalog, config);
        MainWindow &window = *windowPtr;

        // Receipts: layout settings, where they print, and the history page.
        pageRendererPtr = std::make_unique<QtPageRenderer>();
        QtPageRenderer &pageRenderer = *pageRendererPtr;
        receiptPrinterPtr = std::make_unique<ReceiptPrinter>(&store, SystemClock::instance());
        ReceiptPrinter &receiptPrinter = *receiptPrinterPtr;
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
        receiptActionsPtr = std::make_unique<ReceiptActions>(&receiptPrinter, &sales, config.cashierName);
        ReceiptActions &receiptActions = *receiptActionsPtr;
        QString destinationError;
        const auto destination = PrintDestination::parse(settings.receiptDestination(), &destinationError);
        if (!destination)
            std::fprintf(
                stderr, "kasir-ewallet: %s Printing to the default printer.\n", qPrintable(destinationError));
        receiptActions.setDestination(destination.value_or(PrintDestination::systemPrinter()));
        receiptActions.setAutoPrint(settings.receiptAutoPrint());
        auto *history = new HistoryPage(&store, &sales, &receiptActions, catalog);
        window.addHistory(history, &receiptActions);
        // People: first start, login, switch user; settings, the manager page, closes, resolves and
        // a second reprint behind the manager's PIN.
        shift = std::make_unique<ShiftController>(&store, &settings, &client, vault.store(), catalog);
        auto *managerPage = new ManagerPage(&reports, &sales, shift->managerAccess());
        window.setManagerPage(managerPage, shift->managerAccess());
        shift->watchManagerPage(managerPage);
        shift->attachReceipts(&receiptActions, history);
        shift->attach(&window);
        shift->setSaleService(&sales);
        // Receipts printed from now on name the logged-in user.
        QObject::connect(shift->session(), &Session::userChanged, &receiptActions,
            [actions = &receiptActions, session = shift->session()] {
                actions->setCashier(session->userName());
            });
        QObject::connect(shift.get(), &ShiftController::quitRequested, &app, &QCoreApplication::quit);
        // After a restore was requested this one ends, and once it has closed the journal the same
        // program starts again, which restores before it opens the journal.
        QObject::connect(shift.get(), &ShiftController::restartRequested, &app, [&restartAfterExit] {
            restartAfterExit = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
        if (parser.isSet(kioskOption)) {
            window.setWindowFlag(Qt::FramelessWindowHint);
            window.showFullScreen();
        } else {
            window.showMaximized();
        }
        shift->startShift();
        if (!demo)
            shift->startDailyBackups();
        if (parser.isSet(quitAfterStartOption)) {
            windowPtr->grab(); // the first frame, rendered; nothing queued (recovery, checks) runs
            quitAfterStart = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            return 0;
        }
        // The full integrity check runs in the background once the window is up, and at close.
        integrity = std::make_unique<JournalIntegrityCheck>(dbPath);
        QObject::connect(integrity.get(), &JournalIntegrityCheck::finished, windowPtr.get(),
            [&store, &windowPtr](bool ok, const QString &detail) {
                if (ok)
                    return;
                store.markDamaged(detail);
                QMessageBox::critical(windowPtr.get(), QCoreApplication::translate("main", "Kasir E-Wallet"),
                    QCoreApplication::translate("main",
                        "The receipt journal is damaged, so "
                        "no more sales can be recorded: %1")
                        .arg(store.lastError()));
            });
        QTimer::singleShot(0, integrity.get(), &JournalIntegrityCheck::start);
        return 0;
    };
    int startError = 0;
    vault.resolve([&](const ApiKeySource &stored) {
        vault.open([&, stored] {
            startError = startWindow(stored);
            if (startError != 0)
                QCoreApplication::exit(startError);
        });
    });
    const int code = app.exec();
    if (startError != 0)
        return startError;
    if (!quitAfterStart && storePtr && storePtr->isWritable() && !storePtr->verifyIntegrity())
        std::fprintf(stderr, "kasir-ewallet: %s\n", qPrintable(storePtr->lastError()));
    return code;
}
