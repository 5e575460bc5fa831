#include "JournalCommand.h"

#include "CliApp.h"
#include "CliPrinter.h"
#include "clock/Clock.h"
#include "store/JournalRegistry.h"
#include "store/ReceiptStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kasir {

int JournalCommand::run(const QStringList &args, const QString &path, bool fresh, CliPrinter &printer)
{
    const QString sub = args.value(0).toLower();
    const bool isBackup = sub == QLatin1String("backup");
    if (args.size() != (isBackup ? 2 : 1)
        || (sub != QLatin1String("init") && sub != QLatin1String("adopt") && sub != QLatin1String("check")
            && !isBackup)) {
        printer.error(
            QStringLiteral(
                "Use: journal init [--fresh] | journal adopt | journal check | journal backup FILE"),
            CliApp::ExitUsage);
        return CliApp::ExitUsage;
    }
    if (fresh && sub != QLatin1String("init")) {
        printer.error(QStringLiteral("--fresh belongs to journal init."), CliApp::ExitUsage);
        return CliApp::ExitUsage;
    }
    if (sub == QLatin1String("init"))
        return init(path, fresh, printer);
    if (sub == QLatin1String("adopt"))
        return adopt(path, printer);
    if (isBackup)
        return backup(path, args.at(1), printer);
    return check(path, printer);
}

int JournalCommand::init(const QString &path, bool fresh, CliPrinter &printer)
{
    JournalRegistry registry;
    const QFileInfo info(path);
    const bool somethingThere = info.exists() || !registry.knownId(path).isEmpty();
    if (somethingThere && !fresh) {
        printer.error(
            QStringLiteral("A journal was kept at %1 before%2. To start a new, empty journal there on "
                           "purpose, run: journal init --fresh (the old file is kept, renamed).")
                .arg(QDir::toNativeSeparators(path),
                    info.exists() ? QString() : QStringLiteral(" (the file is now missing)")),
            CliApp::ExitUsage);
        return CliApp::ExitUsage;
    }
    QString keptAs;
    if (info.exists()) {
        // Never deleted: the old file (and its -wal/-shm) moves aside with the time in its name.
        keptAs = QStringLiteral("%1.replaced-%2")
                     .arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, keptAs + suffix)) {
                printer.error(QStringLiteral("Cannot move %1 aside to %2; nothing was changed.")
                                  .arg(QDir::toNativeSeparators(path + suffix),
                                      QDir::toNativeSeparators(keptAs + suffix)),
                    CliApp::ExitEnvironment);
                return CliApp::ExitEnvironment;
            }
        }
    }
    registry.forget(path);
    ReceiptStore store(path, SystemClock::instance());
    if (!registry.open(store, JournalOpenOptions())) {
        printer.error(store.lastError(), CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    printer.info(QStringLiteral("New journal %1 (journal id %2).")
                     .arg(QDir::toNativeSeparators(path), store.journalId()));
    if (!keptAs.isEmpty())
        printer.info(
            QStringLiteral("The previous file was kept as %1.").arg(QDir::toNativeSeparators(keptAs)));
    return CliApp::ExitSuccess;
}

int JournalCommand::adopt(const QString &path, CliPrinter &printer)
{
    ReceiptStore store(path, SystemClock::instance());
    JournalOpenOptions options;
    options.readOnly = true;
    options.create = false;
    options.fullCheck = true;
    if (!store.open(options)) {
        printer.error(store.lastError(), CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    if (store.journalId().isEmpty()) {
        // A journal of an older program: it gets its id when first opened for writing.
        store.close();
        if (!store.open()) {
            printer.error(store.lastError(), CliApp::ExitEnvironment);
            return CliApp::ExitEnvironment;
        }
    }
    JournalRegistry registry;
    registry.remember(path, store.journalId());
    printer.info(
        QStringLiteral("The journal %1 (journal id %2, %3 sales waiting for their outcome) is now this "
                       "computer's journal.")
            .arg(QDir::toNativeSeparators(path), store.journalId())
            .arg(store.unresolvedCount()));
    return CliApp::ExitSuccess;
}

int JournalCommand::check(const QString &path, CliPrinter &printer)
{
    ReceiptStore store(path, SystemClock::instance());
    JournalOpenOptions options;
    options.readOnly = true;
    options.create = false;
    options.fullCheck = true;
    JournalRegistry registry;
    if (!registry.open(store, options)) {
        printer.error(store.lastError(), CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    printer.info(QStringLiteral("The journal %1 (journal id %2) passed the full integrity check.")
                     .arg(QDir::toNativeSeparators(path), store.journalId()));
    return CliApp::ExitSuccess;
}

int JournalCommand::backup(const QString &path, const QString &destination, CliPrinter &printer)
{
    ReceiptStore store(path, SystemClock::instance());
    JournalOpenOptions options;
    options.readOnly = true;
    options.create = false;
    JournalRegistry registry;
    if (!registry.open(store, options) || !store.backupTo(destination)) {
        printer.error(store.lastError(), CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    printer.info(QStringLiteral("The journal %1 passed the full integrity check and was copied to %2.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(destination)));
    return CliApp::ExitSuccess;
}

} // namespace Kasir
