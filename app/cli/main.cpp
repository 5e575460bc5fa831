#include "CliApp.h"
#include "CrashInjector.h"
#include "settings/RuntimeConfig.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#ifdef KASIR_HAVE_PRINT
#include <QGuiApplication>
#endif

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
#ifdef KASIR_HAVE_PRINT
    // Receipts as PDF or on a printer need Qt Gui; the tool never shows a window, so it draws
    // on the offscreen platform and works without a display.
    bool pages = false;
    for (int i = 1; i < argc; ++i)
        pages = pages || std::strcmp(argv[i], "receipt") == 0;
    if (pages) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    Kasir::RuntimeConfig::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(KASIR_VERSION));

    // The tool's output is its answer; diagnostics only when asked for (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("kasir.*.info=false\nkasir.*.debug=false"));

    Kasir::CliApp cli;
    // Test-only: the crash tests name a point of the sale where the process kills itself.
    cli.setCheckpointHook(Kasir::CrashInjector::hookFromEnvironment());
    const QStringList arguments = QCoreApplication::arguments();
    QTimer::singleShot(0, &cli, [&cli, arguments] { cli.start(arguments); });
    return QCoreApplication::exec();
}
