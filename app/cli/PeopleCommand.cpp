#include "PeopleCommand.h"

#include "ApiKeyVault.h"
#include "CashierName.h"
#include "CliApp.h"
#include "CliPrinter.h"
#include "ManagerPin.h"
#include "backup/JournalBackups.h"
#include "people/AuditTrail.h"
#include "people/UserDirectory.h"
#include "settings/RuntimeConfig.h"
#include "store/ReceiptStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Kasir {

namespace {

const QStringList kCommands = { QStringLiteral("key"), QStringLiteral("backup"), QStringLiteral("backups"),
    QStringLiteral("restore"), QStringLiteral("user"), QStringLiteral("audit") };

void printJson(const QJsonValue &value)
{
    QTextStream out(stdout);
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Compact)
        << '\n';
}

} // namespace

PeopleCommand::PeopleCommand(const QCommandLineParser &parser, CliPrinter &printer, QObject *parent)
    : QObject(parent)
    , m_parser(parser)
    , m_printer(printer)
{ }

bool PeopleCommand::handles(const QString &command)
{
    return kCommands.contains(command);
}

void PeopleCommand::lookUpStoredKey(
    QObject *context, std::function<void(const QString &, const QString &)> done)
{
    auto *vault = new ApiKeyVault(context);
    vault->resolve([vault, done](const ApiKeySource &source) {
        vault->deleteLater();
        done(source.key, source.description);
    });
}

void PeopleCommand::run(const QString &command, const QStringList &args, Finish finish)
{
    m_finish = std::move(finish);
    if (command == QLatin1String("key"))
        runKey(args);
    else if (command == QLatin1String("backup"))
        runBackup(args);
    else if (command == QLatin1String("backups"))
        runBackups();
    else if (command == QLatin1String("restore"))
        runRestore(args);
    else if (command == QLatin1String("user"))
        runUser(args);
    else
        runAudit(args);
}

void PeopleCommand::done(int code)
{
    if (m_finish)
        std::exchange(m_finish, nullptr)(code);
}

void PeopleCommand::fail(const QString &message, int code)
{
    m_printer.error(message, code);
    done(code);
}

QString PeopleCommand::journalPath() const
{
    return RuntimeConfig::journalPath(
        m_parser.value(QStringLiteral("db")), m_parser.isSet(QStringLiteral("demo")));
}

QString PeopleCommand::actor() const
{
    return cashierName(m_parser);
}

void PeopleCommand::audit(int event, const QString &detail)
{
    ReceiptStore store(journalPath());
    if (store.open())
        AuditTrail(store).record(AuditEvent(event), actor(), detail);
}

void PeopleCommand::runKey(const QStringList &args)
{
    const QString sub = args.value(0).toLower();
    if (args.size() != 1
        || !(
            sub == QLatin1String("set") || sub == QLatin1String("status") || sub == QLatin1String("clear"))) {
        fail(QStringLiteral("Use: key set (the key on standard input), key status, key clear."),
            CliApp::ExitUsage);
        return;
    }
    if (sub == QLatin1String("status") && !ApiKeyVault::environmentKey().isEmpty()) {
        m_printer.info(QStringLiteral("environment"));
        done(CliApp::ExitSuccess);
        return;
    }
    QString key;
    if (sub == QLatin1String("set")) {
        key = readSecretLine();
        const QString problem = ApiKeyStore::checkKey(key);
        if (!problem.isEmpty()) {
            fail(problem + QStringLiteral(" Nothing was saved."), CliApp::ExitUsage);
            return;
        }
    }
    m_vault = new ApiKeyVault(this);
    m_vault->open([this, sub, key] {
        ApiKeyStore *store = m_vault->store();
        if (sub == QLatin1String("status")) {
            store->read([this, store](const ApiKeyResult &r) {
                if (r.ok()) {
                    m_printer.info(store->describe());
                    done(CliApp::ExitSuccess);
                } else if (r.status == ApiKeyResult::NotFound) {
                    fail(QStringLiteral("No API key is kept (%1). Set one with: key set")
                             .arg(store->describe()),
                        CliApp::ExitEnvironment);
                } else {
                    fail(r.error, CliApp::ExitEnvironment);
                }
            });
        } else if (sub == QLatin1String("set")) {
            store->write(key, [this, store](const ApiKeyResult &r) {
                if (!r.ok()) {
                    fail(r.error, CliApp::ExitEnvironment);
                    return;
                }
                audit(int(AuditEvent::ApiKeyChanged), QStringLiteral("set in %1").arg(store->describe()));
                m_printer.info(store->describe());
                done(CliApp::ExitSuccess);
            });
        } else {
            store->clear([this, store](const ApiKeyResult &r) {
                if (!r.ok()) {
                    fail(r.error, CliApp::ExitEnvironment);
                    return;
                }
                audit(
                    int(AuditEvent::ApiKeyChanged), QStringLiteral("cleared from %1").arg(store->describe()));
                m_printer.info(QStringLiteral("The API key was removed (%1).").arg(store->describe()));
                done(CliApp::ExitSuccess);
            });
        }
    });
}

void PeopleCommand::runBackup(const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(QStringLiteral("Use: backup [--to FILE]"), CliApp::ExitUsage);
        return;
    }
    const QString path = journalPath();
    if (!QFile::exists(path)) {
        fail(QStringLiteral("There is no journal at %1 to back up.").arg(QDir::toNativeSeparators(path)),
            CliApp::ExitEnvironment);
        return;
    }
    const BackupResult r
        = JournalBackups(path).backupNow(QStringLiteral("manual"), m_parser.value(QStringLiteral("to")));
    if (!r.ok) {
        fail(r.error, CliApp::ExitFailed);
        return;
    }
    audit(int(AuditEvent::Backup), r.path);
    if (m_printer.json())
        printJson(
            QJsonObject { { QStringLiteral("path"), r.path }, { QStringLiteral("integrity"), r.integrity } });
    else
        m_printer.info(r.path);
    done(CliApp::ExitSuccess);
}

void PeopleCommand::runBackups()
{
    const QList<BackupInfo> all = JournalBackups(journalPath()).list();
    if (m_printer.json()) {
        QJsonArray array;
        for (const BackupInfo &b : all) {
            array.append(
                QJsonObject { { QStringLiteral("path"), b.path }, { QStringLiteral("label"), b.label },
                    { QStringLiteral("taken"), b.takenLocal.toString(Qt::ISODate) },
                    { QStringLiteral("size"), b.size } });
        }
        printJson(array);
    } else if (all.isEmpty()) {
        m_printer.info(QStringLiteral("No backups in %1.").arg(JournalBackups(journalPath()).folder()));
    } else {
        for (const BackupInfo &b : all)
            m_printer.info(QStringLiteral("%1  %2  %3")
                               .arg(b.takenLocal.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   b.label.leftJustified(11), b.path));
    }
    done(CliApp::ExitSuccess);
}

void PeopleCommand::runRestore(const QStringList &args)
{
    if (args.size() != 1) {
        fail(QStringLiteral("Use: restore FILE [--force]"), CliApp::ExitUsage);
        return;
    }
    const bool force = m_parser.isSet(QStringLiteral("force"));
    if (!QFile::exists(args.first())) {
        fail(QStringLiteral("There is no backup at %1. Nothing was changed.").arg(args.first()),
            CliApp::ExitUsage);
        return;
    }
    // The journal being replaced names its managers: one of them gives the PIN. Where there is
    // no journal (a lost disk) or no manager in it yet, there is nothing to guard.
    QString authorizedBy;
    if (QFile::exists(journalPath())) {
        ReceiptStore current(journalPath());
        if (!current.open()) {
            fail(current.lastError(), CliApp::ExitEnvironment);
            return;
        }
        if (UserDirectory(current).hasManager()) {
            const ManagerPinResult pin = checkManagerPin(current, m_parser);
            if (!pin.ok) {
                fail(pin.error, CliApp::ExitUsage);
                return;
            }
            authorizedBy = pin.manager;
        }
    }
    const RestoreResult r = JournalBackups(journalPath()).restore(args.first(), force);
    if (r.outcome != RestoreResult::Restored) {
        fail(r.message, r.outcome == RestoreResult::Failed ? CliApp::ExitEnvironment : CliApp::ExitFailed);
        return;
    }
    audit(int(AuditEvent::Restore),
        QStringLiteral("from %1%2; the replaced journal kept as %3%4")
            .arg(args.first(), force ? QStringLiteral(" (forced)") : QString(),
                r.previousJournalBackup.isEmpty() ? QStringLiteral("-") : r.previousJournalBackup,
                authorizedBy.isEmpty() ? QString()
                                       : QStringLiteral("; manager PIN of %1").arg(authorizedBy)));
    m_printer.info(r.message);
    if (!r.previousJournalBackup.isEmpty())
        m_printer.info(QStringLiteral("The replaced journal was kept as %1").arg(r.previousJournalBackup));
    done(CliApp::ExitSuccess);
}

void PeopleCommand::runUser(const QStringList &args)
{
    const QString sub = args.value(0).toLower();
    ReceiptStore store(journalPath());
    if (sub == QLatin1String("add") && args.size() == 2) {
        const std::optional<Role> role = roleFromName(m_parser.value(QStringLiteral("role")));
        if (!role) {
            fail(QStringLiteral("Give the role: --role cashier or --role manager."), CliApp::ExitUsage);
            return;
        }
        const QString firstManager
            = QStringLiteral("Add the manager first: user add NAME --role manager. Nothing was saved.");
        const QString badPin
            = QStringLiteral("A PIN has 4 to 8 digits (read from standard input). Nothing was saved.");
        // No journal yet: only its first manager may be added, and bad input creates nothing.
        const bool newJournal = !QFile::exists(journalPath());
        QString pin;
        if (newJournal) {
            if (*role != Role::Manager) {
                fail(firstManager, CliApp::ExitUsage);
                return;
            }
            pin = readSecretLine();
            if (!PinHasher::isValidPin(pin)) {
                fail(badPin, CliApp::ExitUsage);
                return;
            }
        }
        if (!store.open()) {
            fail(store.lastError(), CliApp::ExitEnvironment);
            return;
        }
        UserDirectory users(store);
        // Only the first manager comes without a manager's PIN (as at the window's first start).
        QString addedBy = actor();
        if (users.hasManager() || *role != Role::Manager) {
            if (!users.hasManager()) {
                fail(firstManager, CliApp::ExitUsage);
                return;
            }
            const ManagerPinResult authorized = checkManagerPin(store, m_parser);
            if (!authorized.ok) {
                fail(authorized.error, CliApp::ExitUsage);
                return;
            }
            addedBy = authorized.manager;
        }
        if (!newJournal) {
            pin = readSecretLine();
            if (!PinHasher::isValidPin(pin)) {
                fail(badPin, CliApp::ExitUsage);
                return;
            }
        }
        if (!users.addUser(args.at(1), *role, pin, addedBy)) {
            fail(users.lastError(), CliApp::ExitUsage);
            return;
        }
        m_printer.info(QStringLiteral("User %1 added as %2.").arg(args.at(1).simplified(), roleName(*role)));
        done(CliApp::ExitSuccess);
        return;
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        store.open();
        if (!store.isOpen()) {
            fail(store.lastError(), CliApp::ExitEnvironment);
            return;
        }
        const QList<User> all = UserDirectory(store).users();
        if (m_printer.json()) {
            QJsonArray array;
            for (const User &u : all) {
                array.append(QJsonObject { { QStringLiteral("name"), u.name },
                    { QStringLiteral("role"), roleName(u.role) },
                    { QStringLiteral("created"), ReceiptStore::toStoredTime(u.createdUtc) },
                    { QStringLiteral("locked_until"), ReceiptStore::toStoredTime(u.lockedUntilUtc) } });
            }
            printJson(array);
        } else if (all.isEmpty()) {
            m_printer.info(
                QStringLiteral("No users yet. Add the manager with: user add NAME --role manager"));
        } else {
            for (const User &u : all)
                m_printer.info(
                    QStringLiteral("%1  %2%3")
                        .arg(u.name.leftJustified(20), roleName(u.role),
                            u.lockedUntilUtc.isValid() && u.lockedUntilUtc > QDateTime::currentDateTimeUtc()
                                ? QStringLiteral("  (locked)")
                                : QString()));
        }
        done(CliApp::ExitSuccess);
        return;
    }
    fail(QStringLiteral(
             "Use: user add NAME --role cashier|manager (the PIN on standard input), or user list."),
        CliApp::ExitUsage);
}

void PeopleCommand::runAudit(const QStringList &args)
{
    if (!args.isEmpty()) {
        fail(QStringLiteral("Use: audit [--date YYYY-MM-DD] [--json]"), CliApp::ExitUsage);
        return;
    }
    std::optional<QDate> date;
    if (m_parser.isSet(QStringLiteral("date"))) {
        const QDate d = QDate::fromString(m_parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!d.isValid()) {
            fail(QStringLiteral("--date must be YYYY-MM-DD."), CliApp::ExitUsage);
            return;
        }
        date = d;
    }
    ReceiptStore store(journalPath());
    store.open();
    if (!store.isOpen()) {
        fail(store.lastError(), CliApp::ExitEnvironment);
        return;
    }
    const QList<AuditEntry> entries = AuditTrail(store).entries(date);
    if (m_printer.json()) {
        QJsonArray array;
        for (const AuditEntry &e : entries) {
            array.append(QJsonObject { { QStringLiteral("at"), ReceiptStore::toStoredTime(e.atUtc) },
                { QStringLiteral("event"), AuditTrail::eventName(e.event) },
                { QStringLiteral("user"), e.user }, { QStringLiteral("detail"), e.detail } });
        }
        printJson(array);
    } else if (entries.isEmpty()) {
        m_printer.info(QStringLiteral("No audit lines."));
    } else {
        for (const AuditEntry &e : entries)
            m_printer.info(QStringLiteral("%1  %2  %3  %4")
                               .arg(e.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   AuditTrail::eventName(e.event).leftJustified(16), e.user.leftJustified(12),
                                   e.detail));
    }
    done(CliApp::ExitSuccess);
}

} // namespace Kasir
