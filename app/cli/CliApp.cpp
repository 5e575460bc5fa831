#include "CliApp.h"

#include "CashierName.h"
#include "CliAudit.h"
#include "InterruptWatcher.h"
#include "JournalCommand.h"
#include "PeopleCommand.h"
#include "ReportCommand.h"
#include "SandboxServer.h"
#include "api/MerchantApiClient.h"
#include "api/ServerText.h"
#include "clock/Clock.h"
#include "customer/CustomerId.h"
#include "history/SaleCsvWriter.h"
#include "sale/SaleService.h"
#include "settings/AppSettings.h"
#include "settings/RuntimeConfig.h"
#include "store/JournalRegistry.h"
#include "store/ReceiptStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Kasir {

namespace {

const QString CommandInquiry = QStringLiteral("inquiry");
const QString CommandPay = QStringLiteral("pay");
const QString CommandTopup = QStringLiteral("topup");
const QString CommandPending = QStringLiteral("pending");
const QString CommandRecover = QStringLiteral("recover");
const QString CommandHistory = QStringLiteral("history");
const QString CommandShow = QStringLiteral("show");
const QString CommandReceipt = QStringLiteral("receipt");
const QString CommandJournal = QStringLiteral("journal");

QString envText(const char *name)
{
    return QString::fromLocal8Bit(qgetenv(name)).trimmed();
}

int exitCodeFor(SaleStatus status)
{
    switch (status) {
    case SaleStatus::Success:
        return CliApp::ExitSuccess;
    case SaleStatus::Failed:
    case SaleStatus::Rejected:
        return CliApp::ExitFailed;
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        return CliApp::ExitPending;
    }
    return CliApp::ExitPending;
}

int exitCodeFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return CliApp::ExitSuccess;
    case Outcome::Failed:
    case Outcome::Rejected:
        return CliApp::ExitFailed;
    case Outcome::Pending:
        return CliApp::ExitPending;
    }
    return CliApp::ExitPending;
}

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_catalog(ProductCatalog::builtIn())
{
    m_parser.setApplicationDescription(
        QStringLiteral(
            "Sell e-wallet top-ups from a terminal.\n\n"
            "Commands:\n"
            "  inquiry PRODUCT CUST AMOUNT            ask the price (nothing is charged)\n"
            "  pay PRODUCT CUST AMOUNT [--req-id ID]  pay directly (charges the deposit)\n"
            "  topup PRODUCT CUST AMOUNT [--yes]      inquiry, confirm, then pay\n"
            "  pending                                list sales whose outcome is unknown\n"
            "  recover                                re-check unknown sales now\n"
            "  history [--date D | --from D --to D] [--wallet W] [--status S] [--search TEXT]\n"
            "          [--cust N] [--limit N] [--csv FILE]\n"
            "  show RECEIPT_NO|REQ_ID\n"
            "  receipt RECEIPT_NO|REQ_ID [--width 58|80] (--text | --pdf FILE | --escpos TARGET |\n"
            "          --print [--printer NAME])  --text is a preview; the others are prints, the second\n"
            "          and later marked SALINAN. TARGET: a device such as /dev/usb/lp0, or HOST:PORT.\n"
            "  journal init [--fresh] | adopt | check | backup FILE\n"
            "                                         start, accept, check or back up the journal\n"
            "  key set|status|clear                   the API key (set reads it from standard input)\n"
            "  backup [--to FILE] | backups           back up the journal / list the backups\n"
            "  restore FILE [--force] [--manager NAME]  replace the journal with a backup (manager's PIN)\n"
            "  user add NAME --role cashier|manager [--manager NAME]\n"
            "                                         add a user: the manager's PIN, then the new PIN,\n"
            "                                         one line each on standard input (the first manager\n"
            "                                         needs no manager's PIN)\n"
            "  user list | audit [--date D]           users (never their PINs) / the audit trail\n")
        + ReportCommand::helpLines()
        + QStringLiteral(
            "\n"
            "The API key comes from KASIR_API_KEY, else the system keychain or the 0600 key file\n"
            "(key set), never from the command line. The manager's PIN for user add and restore comes\n"
            "from standard input, or from KASIR_MANAGER_PIN for scripts; never from the command line.\n"
            "Exit codes: 0 success, 1 failed or rejected (nothing charged), 2 invalid input, usage, a\n"
            "refused duplicate (nothing sent) or a wrong manager's PIN (nothing changed), 3 outcome\n"
            "unknown, answer not saved or interrupted in flight (kept for 'recover'), 4 environment error\n"
            "(for receipt: the printer or target failed; the sale is unchanged)."));
    m_parser.addHelpOption();
    const QList<QCommandLineOption> options {
        { QStringLiteral("base-url"), QStringLiteral("Merchant API address (env KASIR_BASE_URL)."),
            QStringLiteral("URL") },
        { QStringLiteral("db"), QStringLiteral("Receipt database file (env KASIR_DB)."),
            QStringLiteral("FILE") },
        { QStringLiteral("timeout"), QStringLiteral("Seconds a whole exchange may take, 1-300 (default 30)."),
            QStringLiteral("SECONDS") },
        { QStringLiteral("json"), QStringLiteral("Print one JSON object.") },
        { QStringLiteral("demo"), QStringLiteral("Use a built-in sandbox on this computer: no real money.") },
        { QStringLiteral("req-id"), QStringLiteral("Idempotency key for pay/topup (default: generated)."),
            QStringLiteral("ID") },
        { QStringLiteral("yes"), QStringLiteral("topup: do not ask for confirmation.") },
        { QStringLiteral("allow-duplicate"),
            QStringLiteral("Sell even if the same sale succeeded or is pending in the last minutes.") },
        { QStringLiteral("store-fee"), QStringLiteral("Store fee added to the merchant price (rupiah)."),
            QStringLiteral("RUPIAH") },
        { QStringLiteral("cash"), QStringLiteral("Cash received from the customer (rupiah)."),
            QStringLiteral("RUPIAH") },
        { QStringLiteral("cashier"), QStringLiteral("Cashier name (env KASIR_CASHIER)."),
            QStringLiteral("NAME") },
        { QStringLiteral("terminal"), QStringLiteral("Terminal id for receipt numbers (env KASIR_TERMINAL)."),
            QStringLiteral("ID") },
        { QStringLiteral("date"), QStringLiteral("history/report/close: local day YYYY-MM-DD."),
            QStringLiteral("DATE") },
        { QStringLiteral("cust"), QStringLiteral("history: customer number."), QStringLiteral("NUMBER") },
        { QStringLiteral("status"), QStringLiteral("history: SUCCESS, FAILED, PENDING, PAYING or REJECTED."),
            QStringLiteral("STATUS") },
        { QStringLiteral("from"), QStringLiteral("history/report/deposit: first local day YYYY-MM-DD."),
            QStringLiteral("DATE") },
        { QStringLiteral("to"),
            QStringLiteral("history/report/deposit: last local day YYYY-MM-DD; backup: the backup file."),
            QStringLiteral("DATE|FILE") },
        { QStringLiteral("wallet"), QStringLiteral("history: product code, e.g. GOPAY."),
            QStringLiteral("WALLET") },
        { QStringLiteral("search"),
            QStringLiteral("history: customer number, SN, ref id, receipt number or req_id."),
            QStringLiteral("TEXT") },
        { QStringLiteral("limit"), QStringLiteral("history: at most N sales, newest first."),
            QStringLiteral("N") },
        { QStringLiteral("csv"),
            QStringLiteral("history/report: write the sales or the figures to a CSV file."),
            QStringLiteral("FILE") },
        { QStringLiteral("width"), QStringLiteral("receipt: paper width in mm, 58 or 80."),
            QStringLiteral("MM") },
        { QStringLiteral("text"),
            QStringLiteral("receipt: write it to standard output (a preview, not a print).") },
        { QStringLiteral("pdf"), QStringLiteral("receipt: print it to a PDF file."), QStringLiteral("FILE") },
        { QStringLiteral("escpos"), QStringLiteral("receipt: ESC/POS bytes to a device or HOST:PORT."),
            QStringLiteral("TARGET") },
        { QStringLiteral("print"), QStringLiteral("receipt: print it on the system printer.") },
        { QStringLiteral("printer"), QStringLiteral("receipt: the system printer's name."),
            QStringLiteral("NAME") },
        { QStringLiteral("fresh"),
            QStringLiteral("journal init: start a new journal where one was before.") },
        { QStringLiteral("role"), QStringLiteral("user add: cashier or manager."), QStringLiteral("ROLE") },
        { QStringLiteral("force"), QStringLiteral("restore: replace a journal holding newer sales.") },
        { QStringLiteral("manager"),
            QStringLiteral(
                "user add/restore: the manager who gives the PIN (env KASIR_MANAGER; default: the only "
                "manager)."),
            QStringLiteral("NAME") },
    };
    m_parser.addOptions(options);
    const QList<QCommandLineOption> reportOptions = ReportCommand::options();
    m_parser.addOptions(reportOptions);
    for (const QCommandLineOption &option : options + reportOptions) {
        if (!option.valueName().isEmpty())
            m_valueOptions << option.names();
    }
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
}

CliApp::~CliApp()
{
    // The service goes before the journal it writes to (the children are deleted after members).
    delete m_sales;
    m_sales = nullptr;
}

void CliApp::setCheckpointHook(std::function<void(SaleCheckpoint)> hook)
{
    m_checkpointHook = std::move(hook);
}

QStringList CliApp::withNegativeNumbersAsPositional(const QStringList &arguments) const
{
    // QCommandLineParser reads "-5000" as the short options -5 -0 -0 -0 -0. A word that looks
    // like a negative number and is not an option's value is a positional argument, so that the
    // amount check can say what is wrong with it. Everything after "--" is positional too.
    static const QRegularExpression negativeNumber(
        QStringLiteral("^-\\s*(rp\\.?\\s*)?[0-9]"), QRegularExpression::CaseInsensitiveOption);
    QStringList options = arguments.mid(0, 1);
    QStringList positional;
    bool expectValue = false;
    bool onlyPositional = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (onlyPositional) {
            positional << word;
        } else if (expectValue) {
            options << word;
            expectValue = false;
        } else if (word == QLatin1String("--")) {
            onlyPositional = true;
        } else if (word.size() > 1 && word.startsWith(u'-') && !negativeNumber.match(word).hasMatch()) {
            options << word;
            const QString name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
            expectValue = !name.contains(u'=') && m_valueOptions.contains(name);
        } else {
            positional << word;
        }
    }
    if (expectValue)
        return arguments; // an option without its value: the parser says so
    return options + QStringList { QStringLiteral("--") } + positional;
}

void CliApp::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}

void CliApp::fail(const QString &message, int code)
{
    if (!m_printer)
        m_printer = std::make_unique<CliPrinter>(false);
    m_printer->error(message, code);
    finish(code);
}

void CliApp::start(const QStringList &arguments)
{
    if (!m_parser.parse(withNegativeNumbersAsPositional(arguments))) {
        fail(m_parser.errorText() + QStringLiteral("\nTry --help."), ExitUsage);
        return;
    }
    m_printer = std::make_unique<CliPrinter>(m_parser.isSet(QStringLiteral("json")));
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText();
        finish(ExitSuccess);
        return;
    }
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        fail(QStringLiteral("No command given. Try --help."), ExitUsage);
        return;
    }
    const QString command = positional.takeFirst().toLower();
    m_args = positional;

    if (PeopleCommand::handles(command)) {
        auto *people = new PeopleCommand(m_parser, *m_printer, this);
        people->run(command, m_args, [this](int code) { finish(code); });
        return;
    }
    // The stored key (keychain or key file) is looked up once, before a command that needs it.
    if (!m_storedKeyLookedUp && !isDemo() && qEnvironmentVariableIsEmpty("KASIR_API_KEY")
        && (command == CommandInquiry || command == CommandPay || command == CommandTopup
            || command == CommandRecover)) {
        m_storedKeyLookedUp = true;
        PeopleCommand::lookUpStoredKey(this, [this, arguments](const QString &key, const QString &source) {
            m_storedKey = key;
            m_storedKeySource = source;
            start(arguments);
        });
        return;
    }

    if (command == CommandInquiry)
        runInquiry();
    else if (command == CommandPay)
        runPay(false);
    else if (command == CommandTopup)
        runPay(true);
    else if (command == CommandPending)
        runPending();
    else if (command == CommandRecover)
        runRecover();
    else if (command == CommandHistory)
        runHistory();
    else if (command == CommandShow)
        runShow();
    else if (command == CommandReceipt)
        runReceipt();
    else if (ReportCommand::handles(command))
        runReportCommand(command);
    else if (command == CommandJournal) {
        const QString path = RuntimeConfig::journalPath(m_parser.value(QStringLiteral("db")), isDemo());
        const int code
            = JournalCommand::run(m_args, path, m_parser.isSet(QStringLiteral("fresh")), *m_printer);
        if (code == ExitSuccess && m_args.value(0).toLower() == QLatin1String("backup"))
            recordCliAudit(path, AuditEvent::Backup, cashierName(m_parser), m_args.value(1));
        finish(code);
    } else
        fail(QStringLiteral("Unknown command \"%1\". Try --help.").arg(command), ExitUsage);
}

bool CliApp::parseSaleInput(SaleInput *input)
{
    if (m_args.size() != 3) {
        fail(QStringLiteral("Expected PRODUCT CUST AMOUNT, e.g. GOPAY 08123456789 50000."), ExitUsage);
        return false;
    }
    input->product = m_catalog.find(m_args.at(0));
    if (!input->product) {
        QStringList codes;
        for (const Product &p : m_catalog.products())
            codes << p.code;
        fail(QStringLiteral("Unknown product \"%1\". Known: %2.")
                 .arg(m_args.at(0), codes.join(QStringLiteral(", "))),
            ExitUsage);
        return false;
    }
    const CustomerIdResult cust = normalizeCustomerId(m_args.at(1), input->product->customerRule);
    if (!cust.ok) {
        // Echoed as text from outside is: no control characters, bounded.
        fail(QStringLiteral("Customer number \"%1\": %2")
                 .arg(ServerText::clean(m_args.at(1), ServerText::MaxIdLength), cust.error),
            ExitUsage);
        return false;
    }
    if (m_args.at(2).trimmed().startsWith(u'-')) {
        fail(QStringLiteral("Amount \"%1\": the amount must be positive.").arg(m_args.at(2)), ExitUsage);
        return false;
    }
    const AmountParseResult amount = parseCashierAmount(m_args.at(2), input->product->limits);
    if (!amount.ok) {
        fail(QStringLiteral("Amount \"%1\": %2").arg(m_args.at(2), amount.error), ExitUsage);
        return false;
    }
    input->custId = cust.normalized;
    input->amount = amount.value;
    return true;
}

QString CliApp::terminalOption() const
{
    const QString terminal = m_parser.value(QStringLiteral("terminal"));
    return terminal.isEmpty() ? envText("KASIR_TERMINAL") : terminal;
}

bool CliApp::checkTerminalOption()
{
    const QString terminal = terminalOption();
    if (terminal.isEmpty() || SaleServiceOptions::isValidTerminalId(terminal))
        return true;
    fail(QStringLiteral("Terminal id \"%1\" (--terminal or KASIR_TERMINAL): use 1-16 letters, digits or _.")
             .arg(terminal),
        ExitUsage);
    return false;
}

bool CliApp::isDemo() const
{
    return m_parser.isSet(QStringLiteral("demo"));
}

bool CliApp::setUpApi()
{
    const AppSettings settings;
    ApiConfig config;
    config.timeoutMs = settings.clientTimeoutSeconds() * 1000;
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        const std::optional<int> ms = ApiLimits::timeoutMsFromText(m_parser.value(QStringLiteral("timeout")));
        if (!ms) {
            fail(QStringLiteral("--timeout must be a number of seconds from %1 to %2.")
                     .arg(ApiLimits::MinTimeoutSeconds)
                     .arg(ApiLimits::MaxTimeoutSeconds),
                ExitUsage);
            return false;
        }
        config.timeoutMs = *ms;
    }
    m_nam = new QNetworkAccessManager(this);

    if (isDemo()) {
        PpobSandbox::SandboxOptions options;
        options.apiKey = RuntimeConfig::randomDemoKey();
        m_demo = new PpobSandbox::SandboxServer(options, this);
        QString error;
        if (!m_demo->listen(QHostAddress::LocalHost, 0, &error)) {
            fail(QStringLiteral("Cannot start the demo sandbox: %1").arg(error), ExitEnvironment);
            return false;
        }
        config.baseUrl = m_demo->url();
        config.apiKey = options.apiKey;
        m_printer->info(
            QStringLiteral("DEMO mode: a sandbox on %1, no real money.").arg(config.baseUrl.toString()));
    } else {
        const LiveEndpoint live = RuntimeConfig::liveEndpoint(
            m_parser.value(QStringLiteral("base-url")), settings, m_storedKey, m_storedKeySource);
        if (live.baseUrl.isEmpty()) {
            fail(QStringLiteral("No API address: set KASIR_BASE_URL or --base-url, or use --demo."),
                ExitEnvironment);
            return false;
        }
        if (!live.hasKey() && live.error.isEmpty()) {
            fail(
                QStringLiteral("No API key: save one with \"key set\" or set KASIR_API_KEY (or use --demo)."),
                ExitEnvironment);
            return false;
        }
        if (!live.error.isEmpty()) {
            fail(live.error, ExitEnvironment);
            return false;
        }
        config.baseUrl = live.baseUrl;
        config.apiKey = live.apiKey;
        config.extraCaCertificates = live.privateCa.certificates;
    }
    m_api = new MerchantApiClient(m_nam, config, this);
    return true;
}

bool CliApp::setUpStore(bool needWritable)
{
    const QString path = RuntimeConfig::journalPath(m_parser.value(QStringLiteral("db")), isDemo());
    m_store = std::make_unique<ReceiptStore>(path, SystemClock::instance());
    // Looking never creates or changes a journal; selling or re-checking needs it writable.
    JournalOpenOptions options;
    options.readOnly = !needWritable;
    options.create = needWritable;
    JournalRegistry registry;
    const bool ok = registry.open(*m_store, options);
    if (!ok && !(m_store->isOpen() && m_store->problem() == JournalProblem::NewerSchema && !needWritable)) {
        fail(QStringLiteral("Receipt database %1: %2")
                 .arg(QDir::toNativeSeparators(path), m_store->lastError()),
            ExitEnvironment);
        return false;
    }
    if (!ok)
        m_printer->info(QStringLiteral("Warning: %1").arg(m_store->lastError()));
    return true;
}

void CliApp::setUpSaleService(bool autoRecovery)
{
    SaleServiceOptions options = SaleServiceOptions::fromSettings(AppSettings());
    const QString terminal = terminalOption();
    if (!terminal.isEmpty())
        options.terminalId = terminal;
    options.autoRecovery = autoRecovery;
    options.checkpointHook = m_checkpointHook;
    m_sales = new SaleService(m_store.get(), m_api, SystemClock::instance(), options, this);
}

void CliApp::runInquiry()
{
    SaleInput input;
    if (!parseSaleInput(&input) || !setUpApi())
        return;
    const ApiRequest request { input.product->code, input.custId, input.amount,
        m_parser.value(QStringLiteral("req-id")) };
    ApiCall *call = m_api->inquiry(request);
    connect(call, &ApiCall::finished, this, [this, request](const ApiResult &result) {
        m_printer->printInquiry(request, result);
        finish(exitCodeFor(result.outcome));
    });
}

bool CliApp::confirmOnTerminal(const QString &question)
{
    QTextStream out(stdout);
    out << question << " [y/N] " << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("ya") || answer == QLatin1String("yes");
}

void CliApp::runPay(bool confirmFirst)
{
    // Every input is checked before anything is opened or created: bad input exits 2 and
    // leaves no journal behind.
    SaleInput input;
    if (!parseSaleInput(&input))
        return;
    m_interactive = isatty(STDIN_FILENO) && !m_parser.isSet(QStringLiteral("json"));
    if (confirmFirst && !m_parser.isSet(QStringLiteral("yes")) && !m_interactive) {
        fail(QStringLiteral("topup asks for confirmation on a terminal; pass --yes to run without one."),
            ExitUsage);
        return;
    }

    SaleDraft draft;
    draft.productId = input.product->code;
    draft.custId = input.custId;
    draft.amount = input.amount;
    draft.reqId = m_parser.value(QStringLiteral("req-id")).trimmed();
    draft.allowDuplicate = m_parser.isSet(QStringLiteral("allow-duplicate"));
    draft.cashier = cashierName(m_parser);
    draft.storeFee = AppSettings().storeFee(draft.productId);
    if (m_parser.isSet(QStringLiteral("store-fee"))) {
        const auto fee = Money::fromApiString(m_parser.value(QStringLiteral("store-fee")));
        if (!fee) {
            fail(QStringLiteral("--store-fee must be whole rupiah in digits."), ExitUsage);
            return;
        }
        draft.storeFee = *fee;
    }
    if (m_parser.isSet(QStringLiteral("cash"))) {
        const auto cash = Money::fromApiString(m_parser.value(QStringLiteral("cash")));
        if (!cash) {
            fail(QStringLiteral("--cash must be whole rupiah in digits."), ExitUsage);
            return;
        }
        draft.cashReceived = cash;
    }
    if (!checkTerminalOption())
        return;
    // The req_id's form, and the cash against the total as far as it is known now (the nominal
    // amount plus the fee; topup checks again with the confirmed price).
    const QString invalid = SaleService::checkDraft(draft);
    if (!invalid.isEmpty()) {
        fail(invalid + QStringLiteral(" Nothing was sent."), ExitUsage);
        return;
    }

    if (!setUpApi())
        return;
    if (confirmFirst) {
        payAfterInquiry(draft);
        return;
    }
    if (!setUpStore(true))
        return;
    setUpSaleService(false);
    sendPayment(draft);
}

void CliApp::payAfterInquiry(SaleDraft draft)
{
    // topup: ask the price, show it, confirm, then pay with the confirmed price. The journal is
    // opened only then, so that a refused price or too little cash leaves nothing on disk.
    const ApiRequest request { draft.productId, draft.custId, draft.amount, QString() };
    ApiCall *call = m_api->inquiry(request);
    connect(call, &ApiCall::finished, this, [this, draft, request](const ApiResult &result) mutable {
        if (result.outcome != Outcome::Success) {
            m_printer->printInquiry(request, result);
            finish(result.outcome == Outcome::Pending ? ExitPending : ExitFailed);
            return;
        }
        draft.inquiryUnitPrice = Money::fromApiString(result.unitPrice);
        const QString invalid = SaleService::checkDraft(draft);
        if (!invalid.isEmpty()) {
            fail(invalid + QStringLiteral(" Nothing was sent."), ExitUsage);
            return;
        }
        const Money total = *draft.inquiryUnitPrice + draft.storeFee;
        m_printer->info(QStringLiteral("%1 %2, nominal %3: merchant price %4, collect %5 from the customer.")
                            .arg(draft.productId, draft.custId, draft.amount.format(),
                                draft.inquiryUnitPrice->format(), total.format()));
        if (!m_parser.isSet(QStringLiteral("yes"))
            && !(m_interactive && confirmOnTerminal(QStringLiteral("Pay now?")))) {
            m_printer->error(QStringLiteral("Not confirmed; nothing was charged."), ExitFailed);
            finish(ExitFailed);
            return;
        }
        if (!setUpStore(true))
            return;
        setUpSaleService(false);
        sendPayment(draft);
    });
}

void CliApp::sendPayment(const SaleDraft &draft)
{
    using Result = StartPaymentResult::Outcome;
    const StartPaymentResult started = m_sales->startPayment(draft);
    switch (started.outcome) {
    case Result::Sent:
        break;
    case Result::InvalidInput:
        fail(started.error + QStringLiteral(" Nothing was sent."), ExitUsage);
        return;
    case Result::Duplicate:
        if (m_interactive && confirmOnTerminal(started.error + QStringLiteral(" Sell it again?"))) {
            SaleDraft again = draft;
            again.allowDuplicate = true;
            sendPayment(again);
            return;
        }
        fail(started.error + QStringLiteral(" Nothing was sent; pass --allow-duplicate to sell it again."),
            ExitUsage);
        return;
    case Result::ReqIdAlreadyUsed:
        reportExisting(started.record);
        return;
    case Result::ReqIdConflict:
        fail(started.error + QStringLiteral(" Nothing was sent."), ExitUsage);
        return;
    case Result::JournalError:
        fail(started.error, ExitEnvironment);
        return;
    }

    const SaleRecord sent = started.record;
    watchInterrupts(QStringLiteral("receipt %1, req_id %2").arg(sent.receiptNo, sent.reqId));
    connect(m_sales, &SaleService::saleFinished, this,
        [this, sent](const SaleRecord &record, const ApiResult &result, bool saved) {
            if (record.id != sent.id)
                return;
            m_interrupts->setArmed(false);
            if (!saved) {
                m_printer->printUnsaved(sent, result, m_store->lastError());
                finish(ExitPending);
                return;
            }
            m_printer->printPayment(record, result);
            finish(exitCodeFor(record.status));
        });
}

void CliApp::reportExisting(const SaleRecord &existing)
{
    // The same sale again under the caller's req_id: report it, re-checking it first if its
    // outcome is unknown.
    const qint64 id = existing.id;
    auto report = [this, id] {
        if (m_interrupts)
            m_interrupts->setArmed(false);
        const auto record = m_store->findById(id);
        if (!record) {
            fail(QStringLiteral("Receipt database %1: %2").arg(m_store->path(), m_store->lastError()),
                ExitEnvironment);
            return;
        }
        m_printer->printRecord(*record);
        finish(exitCodeFor(record->status));
    };
    if (!existing.isUnresolved()) {
        report();
        return;
    }
    watchInterrupts(QStringLiteral("receipt %1, req_id %2").arg(existing.receiptNo, existing.reqId));
    connect(m_sales, &SaleService::recoveryFinished, this, report);
    m_sales->recoverNow();
}

void CliApp::watchInterrupts(const QString &whatIsInFlight)
{
    m_inFlightText = whatIsInFlight;
    if (!m_interrupts) {
        m_interrupts = new InterruptWatcher(this);
        if (!m_interrupts->install())
            m_printer->info(
                QStringLiteral("Warning: Ctrl-C cannot be caught; the journal still holds the sale."));
        connect(m_interrupts, &InterruptWatcher::interrupted, this, &CliApp::onInterrupted);
    }
    m_interrupts->setArmed(true);
}

void CliApp::onInterrupted(int signalNumber)
{
    if (m_finished)
        return;
    // What is known is already in the journal: each sale was committed as PAYING before it was
    // sent, and every answer that arrived was committed. Make the unresolved ones due at once.
    if (m_store && m_store->isWritable()) {
        const QDateTime now = SystemClock::instance()->nowUtc();
        for (const SaleRecord &r : m_store->unresolved()) {
            if (m_sales && m_sales->isInFlight(r.id))
                m_store->setNextCheck(r.id, now);
        }
    }
    m_printer->error(
        QStringLiteral("Interrupted (%1): payment in flight, run recover. The sale (%2) is kept in "
                       "the journal and re-checked with the same req_id; do NOT repeat it.")
            .arg(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"),
                m_inFlightText),
        ExitPending);
    finish(ExitPending);
}

bool CliApp::failedToRead()
{
    if (!m_store->readFailed())
        return false;
    fail(m_store->lastError(), ExitEnvironment);
    return true;
}

void CliApp::runPending()
{
    if (!m_args.isEmpty()) {
        fail(QStringLiteral("pending takes no arguments."), ExitUsage);
        return;
    }
    if (!setUpStore(false))
        return;
    const QList<SaleRecord> rows = m_store->unresolved();
    if (failedToRead())
        return;
    m_printer->printRecords(rows, QStringLiteral("No sale is waiting for its outcome."));
    finish(ExitSuccess);
}

void CliApp::runRecover()
{
    if (!m_args.isEmpty()) {
        fail(QStringLiteral("recover takes no arguments."), ExitUsage);
        return;
    }
    if (!setUpApi() || !setUpStore(true))
        return;
    setUpSaleService(false);
    const int checked = m_store->unresolvedCount();
    recordCliAudit(m_store.get(), AuditEvent::ManualRecheck, cashierName(m_parser),
        QStringLiteral("recover: %1 sale(s)").arg(checked));
    if (checked > 0)
        watchInterrupts(QStringLiteral("%1 unresolved sale(s) being re-checked").arg(checked));
    connect(m_sales, &SaleService::recoveryFinished, this, [this, checked](int stillUnresolved) {
        if (m_interrupts)
            m_interrupts->setArmed(false);
        m_printer->printRecovery(m_store->unresolved(), checked);
        finish(stillUnresolved == 0 ? ExitSuccess : ExitPending);
    });
    m_sales->recoverNow();
}

void CliApp::runHistory()
{
    if (!m_args.isEmpty()) {
        fail(QStringLiteral(
                 "history takes options only (--date, --from, --to, --wallet, --status, --search, --cust, "
                 "--limit, --csv)."),
            ExitUsage);
        return;
    }
    SaleHistoryFilter filter;
    filter.limit = 0;
    auto dateOption = [this](const QString &name, std::optional<QDate> *out) {
        if (!m_parser.isSet(name))
            return true;
        const QDate date = QDate::fromString(m_parser.value(name), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            fail(QStringLiteral("--%1 must be YYYY-MM-DD.").arg(name), ExitUsage);
            return false;
        }
        *out = date;
        return true;
    };
    if (!dateOption(QStringLiteral("date"), &filter.localDate)
        || !dateOption(QStringLiteral("from"), &filter.fromDate)
        || !dateOption(QStringLiteral("to"), &filter.toDate))
        return;
    if (filter.localDate && (filter.fromDate || filter.toDate)) {
        fail(QStringLiteral("Use either --date or --from/--to."), ExitUsage);
        return;
    }
    if (filter.fromDate && filter.toDate && *filter.fromDate > *filter.toDate) {
        fail(QStringLiteral("--from must not be after --to."), ExitUsage);
        return;
    }
    if (m_parser.isSet(QStringLiteral("cust"))) {
        const QString raw = m_parser.value(QStringLiteral("cust"));
        const CustomerIdResult cust = normalizeCustomerId(raw);
        filter.custId = cust.ok ? cust.normalized : raw.trimmed();
    }
    if (m_parser.isSet(QStringLiteral("status"))) {
        filter.status = saleStatusFromName(m_parser.value(QStringLiteral("status")));
        if (!filter.status) {
            fail(QStringLiteral("--status must be SUCCESS, FAILED, PENDING, PAYING or REJECTED."), ExitUsage);
            return;
        }
    }
    if (m_parser.isSet(QStringLiteral("wallet"))) {
        const Product *product = m_catalog.find(m_parser.value(QStringLiteral("wallet")));
        if (!product) {
            QStringList codes;
            for (const Product &p : m_catalog.products())
                codes << p.code;
            fail(QStringLiteral("Unknown wallet \"%1\". Known: %2.")
                     .arg(m_parser.value(QStringLiteral("wallet")), codes.join(QStringLiteral(", "))),
                ExitUsage);
            return;
        }
        filter.productId = product->code;
    }
    filter.search = m_parser.value(QStringLiteral("search")).trimmed();
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            fail(QStringLiteral("--limit must be a positive whole number."), ExitUsage);
            return;
        }
        filter.limit = limit;
    }
    if (!setUpStore(false))
        return;
    if (m_parser.isSet(QStringLiteral("csv"))) {
        const QString path = m_parser.value(QStringLiteral("csv"));
        QSaveFile file(path);
        QString error;
        qint64 rows = -1;
        if (file.open(QIODevice::WriteOnly))
            rows = SaleCsvWriter::write(*m_store, filter, &file, &error);
        else
            error = file.errorString();
        if (rows < 0 || !file.commit()) {
            fail(QStringLiteral("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error),
                ExitEnvironment);
            return;
        }
        recordCliAudit(m_store.get(), AuditEvent::Export, cashierName(m_parser),
            QStringLiteral("history CSV: %1 sale(s) to %2").arg(rows).arg(path));
        if (m_printer->json())
            QTextStream(stdout) << QString::fromUtf8(QJsonDocument(
                QJsonObject { { QStringLiteral("count"), rows },
                    { QStringLiteral("csv"), path } }).toJson(QJsonDocument::Compact))
                                << Qt::endl;
        else
            m_printer->info(
                QStringLiteral("%1 sale(s) written to %2.").arg(rows).arg(QDir::toNativeSeparators(path)));
        finish(ExitSuccess);
        return;
    }
    const QList<SaleRecord> rows = m_store->history(filter);
    if (failedToRead())
        return;
    m_printer->printRecords(rows, QStringLiteral("No sales match."));
    finish(ExitSuccess);
}

void CliApp::runReportCommand(const QString &command)
{
    if (!checkTerminalOption())
        return;
    const QString terminal = terminalOption();
    ReportCommand report(
        m_parser, *m_printer,
        [this](bool writable) { return setUpStore(writable) ? m_store.get() : nullptr; },
        terminal.isEmpty() ? SaleServiceOptions::fromSettings(AppSettings()).terminalId : terminal);
    finish(report.run(command, m_args));
}

void CliApp::runShow()
{
    if (m_args.size() != 1) {
        fail(QStringLiteral("show needs one RECEIPT_NO or REQ_ID."), ExitUsage);
        return;
    }
    if (!setUpStore(false))
        return;
    const QString key = m_args.first().trimmed();
    auto record = m_store->findByReceiptNo(key);
    if (!record && !m_store->readFailed())
        record = m_store->findByReqId(key);
    if (failedToRead())
        return;
    if (!record) {
        fail(QStringLiteral("No receipt or req_id \"%1\" in %2.").arg(key, m_store->path()), ExitUsage);
        return;
    }
    m_printer->printRecord(*record);
    finish(ExitSuccess);
}

} // namespace Kasir
