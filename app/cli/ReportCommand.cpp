#include "ReportCommand.h"

#include "CashierName.h"
#include "CliApp.h"
#include "CliAudit.h"
#include "CliPrinter.h"
#include "clock/Clock.h"
#include "report/DayCloser.h"
#include "report/DepositGapMarker.h"
#include "report/FlaggedSaleResolver.h"
#include "report/ReportCsv.h"
#include "report/ReportQuery.h"
#include "report/ReportText.h"
#include "store/ReceiptStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <utility>

namespace Kasir {

namespace {

constexpr int Columns = 48;

const QString OptFrom = QStringLiteral("from");
const QString OptTo = QStringLiteral("to");
const QString OptCsv = QStringLiteral("csv");
const QString OptClose = QStringLiteral("close");
const QString OptAs = QStringLiteral("as");
const QString OptPrice = QStringLiteral("price");
const QString OptNote = QStringLiteral("note");
const QString OptFloat = QStringLiteral("float");
const QString OptCounted = QStringLiteral("counted");
const QString OptDate = QStringLiteral("date");
const QString OptJson = QStringLiteral("json");

QString localTime(const QString &stored)
{
    return ReceiptStore::fromStoredTime(stored).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

ReportCommand::ReportCommand(
    const QCommandLineParser &parser, CliPrinter &printer, StoreOpener openStore, QString terminalId)
    : m_parser(parser)
    , m_printer(printer)
    , m_openStore(std::move(openStore))
    , m_terminalId(std::move(terminalId))
{ }

bool ReportCommand::handles(const QString &command)
{
    return command == QLatin1String("report") || command == QLatin1String("close")
        || command == QLatin1String("resolve") || command == QLatin1String("deposit");
}

QList<QCommandLineOption> ReportCommand::options()
{
    return {
        // --from, --to and --csv are CliApp's own (history uses them too).
        { OptClose, QStringLiteral("report: reprint the stored close number N."), QStringLiteral("N") },
        { OptAs, QStringLiteral("resolve: SUCCESS or FAILED."), QStringLiteral("STATUS") },
        { OptPrice, QStringLiteral("resolve: the verified price in rupiah."), QStringLiteral("RUPIAH") },
        { OptNote, QStringLiteral("resolve / deposit mark: what was verified, and with whom."),
            QStringLiteral("TEXT") },
        { OptFloat, QStringLiteral("close: opening cash float in rupiah."), QStringLiteral("RUPIAH") },
        { OptCounted, QStringLiteral("close: cash counted in the drawer, in rupiah."),
            QStringLiteral("RUPIAH") },
    };
}

QString ReportCommand::helpLines()
{
    return QStringLiteral(
        "  report [--date D | --from D --to D] [--csv FILE]   figures (X report; changes nothing)\n"
        "  report --close N                       reprint a stored close exactly\n"
        "  close [--date D] [--float N] [--counted N]   the next numbered end-of-day close (Z)\n"
        "  resolve ID --as SUCCESS|FAILED [--price N] --note TEXT   settle a flagged sale\n"
        "  deposit [--date D | --from D --to D]   the deposit statement, gaps marked\n"
        "  deposit mark FROM_RECEIPT TO_RECEIPT --note TEXT   a gap was a deposit top-up\n");
}

int ReportCommand::usage(const QString &message)
{
    m_printer.error(message, CliApp::ExitUsage);
    return CliApp::ExitUsage;
}

void ReportCommand::printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                        << Qt::endl;
}

void ReportCommand::printLines(const QStringList &lines)
{
    QTextStream out(stdout);
    for (const QString &l : lines)
        out << l << '\n';
    out.flush();
}

QString ReportCommand::who() const
{
    return cashierName(m_parser);
}

bool ReportCommand::parsePeriod(ReportPeriod *period)
{
    const bool hasDate = m_parser.isSet(OptDate);
    const bool hasRange = m_parser.isSet(OptFrom) || m_parser.isSet(OptTo);
    if (hasDate && hasRange) {
        usage(QStringLiteral("Give either --date D or --from D --to D, not both."));
        return false;
    }
    if (hasRange) {
        if (!m_parser.isSet(OptFrom) || !m_parser.isSet(OptTo)) {
            usage(QStringLiteral("--from and --to go together (YYYY-MM-DD each)."));
            return false;
        }
        const QDate from = ReportPeriod::parseDate(m_parser.value(OptFrom));
        const QDate to = ReportPeriod::parseDate(m_parser.value(OptTo));
        if (!from.isValid() || !to.isValid()) {
            usage(QStringLiteral("--from and --to must be dates YYYY-MM-DD."));
            return false;
        }
        if (from > to) {
            usage(QStringLiteral("--from %1 is after --to %2.")
                      .arg(ReportPeriod::dateText(from), ReportPeriod::dateText(to)));
            return false;
        }
        *period = ReportPeriod(from, to);
        return true;
    }
    QDate day = SystemClock::instance()->nowLocal().date();
    if (hasDate) {
        day = ReportPeriod::parseDate(m_parser.value(OptDate));
        if (!day.isValid()) {
            usage(QStringLiteral("--date must be a date YYYY-MM-DD."));
            return false;
        }
    }
    *period = ReportPeriod::day(day);
    return true;
}

int ReportCommand::run(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("report"))
        return report(args);
    if (command == QLatin1String("close"))
        return close(args);
    if (command == QLatin1String("resolve"))
        return resolve(args);
    return deposit(args);
}

int ReportCommand::report(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(
            QStringLiteral("report takes options only (--date, --from/--to, --close, --json, --csv)."));
    const bool json = m_parser.isSet(OptJson);
    if (m_parser.isSet(OptClose)) {
        bool ok = false;
        const int number = m_parser.value(OptClose).toInt(&ok);
        if (!ok || number <= 0)
            return usage(QStringLiteral("--close must be a close number (1, 2, 3...)."));
        if (m_parser.isSet(OptDate) || m_parser.isSet(OptFrom) || m_parser.isSet(OptTo)
            || m_parser.isSet(OptCsv))
            return usage(QStringLiteral("--close reprints a stored close; it takes no date or --csv."));
        ReceiptStore *store = m_openStore(false);
        if (!store)
            return CliApp::ExitEnvironment;
        DayCloser closer(store, SystemClock::instance());
        const auto stored = closer.find(m_terminalId, number);
        if (!stored) {
            m_printer.error(closer.lastError(), CliApp::ExitFailed);
            return CliApp::ExitFailed;
        }
        if (json)
            QTextStream(stdout) << QString::fromUtf8(stored->document) << Qt::endl; // exactly as stored
        else
            printLines(ReportText::close(*stored, Columns));
        return CliApp::ExitSuccess;
    }
    ReportPeriod period;
    if (!parsePeriod(&period))
        return CliApp::ExitUsage;
    if (json && m_parser.isSet(OptCsv))
        return usage(QStringLiteral("Give --json or --csv FILE, not both."));
    const QString csvPath = m_parser.value(OptCsv);
    if (m_parser.isSet(OptCsv) && csvPath.trimmed().isEmpty())
        return usage(QStringLiteral("--csv needs a file name."));

    ReceiptStore *store = m_openStore(false);
    if (!store)
        return CliApp::ExitEnvironment;
    const ReportQuery query(QSqlDatabase::database(store->connectionName(), false));
    const auto figures = query.figures(period);
    if (!figures) {
        m_printer.error(query.lastError(), CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    if (!csvPath.isEmpty()) {
        QSaveFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(ReportCsv::write(*figures)) < 0
            || !file.commit()) {
            m_printer.error(QStringLiteral("Cannot write %1: %2").arg(csvPath, file.errorString()),
                CliApp::ExitEnvironment);
            return CliApp::ExitEnvironment;
        }
        recordCliAudit(store, AuditEvent::Export, who(),
            QStringLiteral("report CSV %1..%2 to %3")
                .arg(ReportPeriod::dateText(period.from()), ReportPeriod::dateText(period.to()), csvPath));
        m_printer.info(
            QStringLiteral("Report %1..%2 written to %3.")
                .arg(ReportPeriod::dateText(period.from()), ReportPeriod::dateText(period.to()), csvPath));
        return CliApp::ExitSuccess;
    }
    if (json)
        printJson(figures->toJson());
    else
        printLines(ReportText::xReport(*figures, QString(), SystemClock::instance()->nowUtc(), Columns));
    return CliApp::ExitSuccess;
}

int ReportCommand::close(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("close takes options only (--date, --float, --counted, --json)."));
    if (m_parser.isSet(OptFrom) || m_parser.isSet(OptTo))
        return usage(QStringLiteral("A close is for one day: use --date D."));
    ReportPeriod period;
    if (!parsePeriod(&period))
        return CliApp::ExitUsage;
    CloseRequest request;
    request.day = period.from();
    request.terminalId = m_terminalId;
    request.closedBy = who();
    for (const auto &[option, target] :
        { std::pair { OptFloat, &request.openingFloat }, std::pair { OptCounted, &request.countedCash } }) {
        if (!m_parser.isSet(option))
            continue;
        const auto m = Money::fromApiString(m_parser.value(option).trimmed());
        if (!m)
            return usage(QStringLiteral("--%1 must be whole rupiah in digits.").arg(option));
        *target = m;
    }
    ReceiptStore *store = m_openStore(true);
    if (!store)
        return CliApp::ExitEnvironment;
    DayCloser closer(store, SystemClock::instance());
    const CloseResult result = closer.close(request);
    switch (result.outcome) {
    case CloseOutcome::Closed:
        break;
    case CloseOutcome::NothingToClose:
    case CloseOutcome::SalesPaying:
        m_printer.error(result.message, CliApp::ExitFailed); // the message lists PAYING receipts
        return CliApp::ExitFailed;
    case CloseOutcome::InvalidInput:
        return usage(result.message);
    case CloseOutcome::BackupFailed:
    case CloseOutcome::JournalError:
        m_printer.error(result.message, CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    recordCliAudit(store, AuditEvent::Close, who(),
        QStringLiteral("No. %1, terminal %2, day %3; backup %4")
            .arg(result.close.closeNo)
            .arg(result.close.terminalId, ReportPeriod::dateText(result.close.day), result.close.backupPath));
    if (m_parser.isSet(OptJson))
        QTextStream(stdout) << QString::fromUtf8(result.close.document) << Qt::endl;
    else
        printLines(ReportText::close(result.close, Columns));
    return CliApp::ExitSuccess;
}

int ReportCommand::resolve(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("resolve needs one sale: RECEIPT_NO, REQ_ID or id."));
    ResolveRequest request;
    request.key = args.first();
    const QString as = m_parser.value(OptAs).trimmed().toUpper();
    if (as == QLatin1String("SUCCESS"))
        request.as = SaleStatus::Success;
    else if (as == QLatin1String("FAILED"))
        request.as = SaleStatus::Failed;
    else
        return usage(QStringLiteral("--as must be SUCCESS or FAILED."));
    request.note = m_parser.value(OptNote).trimmed();
    if (request.note.isEmpty())
        return usage(QStringLiteral("--note TEXT is required: say what the provider confirmed."));
    if (m_parser.isSet(OptPrice)) {
        request.price = Money::fromApiString(m_parser.value(OptPrice).trimmed());
        if (!request.price || request.price->isZero())
            return usage(QStringLiteral("--price must be whole rupiah in digits, above zero."));
    }
    request.resolvedBy = who();
    ReceiptStore *store = m_openStore(true);
    if (!store)
        return CliApp::ExitEnvironment;
    FlaggedSaleResolver resolver(store, SystemClock::instance());
    const ResolveResult result = resolver.resolve(request);
    switch (result.outcome) {
    case ResolveOutcome::Resolved:
        m_printer.printRecord(result.record);
        return CliApp::ExitSuccess;
    case ResolveOutcome::NotFound:
    case ResolveOutcome::NotFlagged:
    case ResolveOutcome::InvalidInput:
        return usage(result.message);
    case ResolveOutcome::JournalError:
        break;
    }
    m_printer.error(result.message, CliApp::ExitEnvironment);
    return CliApp::ExitEnvironment;
}

int ReportCommand::deposit(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("mark")) {
        if (args.size() != 3)
            return usage(QStringLiteral("deposit mark FROM_RECEIPT TO_RECEIPT --note TEXT"));
        const QString note = m_parser.value(OptNote).trimmed();
        if (note.isEmpty())
            return usage(QStringLiteral("--note TEXT is required (e.g. the bank transfer of the top-up)."));
        ReceiptStore *store = m_openStore(true);
        if (!store)
            return CliApp::ExitEnvironment;
        const GapMarkResult marked
            = DepositGapMarker(store, SystemClock::instance()).markTopUp(args.at(1), args.at(2), note, who());
        if (!marked.ok)
            return usage(marked.error);
        m_printer.info(QStringLiteral("Gap of %1 between %2 and %3 marked as a deposit top-up.")
                           .arg(marked.amount.format(), args.at(1), args.at(2)));
        return CliApp::ExitSuccess;
    }
    if (!args.isEmpty())
        return usage(
            QStringLiteral("deposit takes --date or --from/--to, or: deposit mark FROM TO --note TEXT"));
    ReportPeriod period;
    if (!parsePeriod(&period))
        return CliApp::ExitUsage;
    ReceiptStore *store = m_openStore(false);
    if (!store)
        return CliApp::ExitEnvironment;
    const ReportQuery query(QSqlDatabase::database(store->connectionName(), false));
    const auto lines = query.depositStatement(SaleScope::period(period));
    if (!lines) {
        m_printer.error(query.lastError(), CliApp::ExitEnvironment);
        return CliApp::ExitEnvironment;
    }
    auto opt = [](const std::optional<Money> &m) { return m ? QJsonValue(moneyJson(*m)) : QJsonValue(); };
    if (m_parser.isSet(OptJson)) {
        QJsonArray rows;
        for (const DepositStatementLine &l : *lines) {
            rows.append(QJsonObject { { QStringLiteral("receipt_no"), l.receiptNo },
                { QStringLiteral("status"), saleStatusName(l.status) },
                { QStringLiteral("charge"), moneyJson(l.charge) },
                { QStringLiteral("before"), opt(l.before) }, { QStringLiteral("after"), opt(l.after) },
                { QStringLiteral("gap"), opt(l.gap) }, { QStringLiteral("gap_marked"), l.gapMarked } });
        }
        printJson(QJsonObject { { QStringLiteral("from"), ReportPeriod::dateText(period.from()) },
            { QStringLiteral("to"), ReportPeriod::dateText(period.to()) },
            { QStringLiteral("lines"), rows } });
        return CliApp::ExitSuccess;
    }
    QTextStream out(stdout);
    auto fmt = [](const std::optional<Money> &m) { return m ? m->format() : QStringLiteral("-"); };
    for (const DepositStatementLine &l : *lines) {
        out << localTime(l.createdUtc) << "  " << l.receiptNo.leftJustified(18) << ' '
            << saleStatusName(l.status).leftJustified(8) << " charge " << l.charge.format().rightJustified(12)
            << "  before " << fmt(l.before).rightJustified(14) << "  after "
            << fmt(l.after).rightJustified(14);
        if (l.gap)
            out << "  GAP " << l.gap->format()
                << (l.gapMarked ? QStringLiteral(" (top-up: %1)").arg(l.gapNote) : QString());
        out << '\n';
    }
    if (lines->isEmpty())
        out << "No sales in this period.\n";
    out.flush();
    return CliApp::ExitSuccess;
}

} // namespace Kasir
