#include "CliApp.h"
#include "CrashInjector.h"
#include "settings/RuntimeConfig.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
