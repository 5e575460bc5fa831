// bench_journal: what a journal's size costs. For journals of 0, 100,000 and 1,000,000 sales
// (made by the journal generator, kept in --work for the next run) it measures, as the median
// of --runs rounds on a warm cache (each round measures every size once, so that the machine's
// load falls on all sizes alike):
//   open     ReceiptStore::open() and close in this process
//   pending  kasir-ewallet-cli pending --json, a whole process
//   sale     kasir-ewallet-cli pay ... against the sandbox process, a whole process
//   window   kasir-ewallet --quit-after-start on the offscreen platform: start to first frame
// Every journal also holds the same 12 PENDING sales, so that only the history's size differs.
// Not a test: the figures depend on the machine. The target is each within 1.2x of the empty
// journal.
//
//   bench_journal [--work DIR] [--sizes 0,100000,1000000] [--runs 5]

#include "JournalGenerator.h"
#include "SandboxProcess.h"
#include "store/ReceiptStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Kasir;

namespace {

QTextStream out(stdout);

// PENDING sales added to every journal (the empty one too): pending lists them, the window shows them.
constexpr int PendingSales = 12;

bool runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
    const QList<int> &okCodes = { 0 })
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit
        || !okCodes.contains(p.exitCode())) {
        QTextStream(stderr) << program << " " << args.join(QLatin1Char(' ')) << " failed (" << p.exitCode()
                            << "): " << p.readAllStandardError() << "\n";
        return false;
    }
    return true;
}

QString binary(const char *env, const char *builtIn)
{
    const QString fromEnv = qEnvironmentVariable(env);
    return fromEnv.isEmpty() ? QString::fromUtf8(builtIn) : fromEnv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("What the journal's size costs (open, pending, a sale, the window's start)."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("work"), QStringLiteral("Folder for the generated journals (kept)."),
            QStringLiteral("DIR"), QDir::temp().filePath(QStringLiteral("kasir-bench")) },
        { QStringLiteral("sizes"), QStringLiteral("Journal sizes in sales."), QStringLiteral("LIST"),
            QStringLiteral("0,100000,1000000") },
        { QStringLiteral("runs"), QStringLiteral("Runs per measure (median)."), QStringLiteral("N"),
            QStringLiteral("5") },
    });
    parser.process(app);
    const QString work = parser.value(QStringLiteral("work"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QList<qint64> sizes;
    for (const QString &s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes << s.toLongLong();
    QDir().mkpath(work);

    const QString cli = binary("KASIR_CLI_BIN", KASIR_CLI_BIN);
    const QString gui = binary("KASIR_GUI_BIN", KASIR_GUI_BIN);
    if (qEnvironmentVariableIsEmpty("PPOB_SANDBOX_BIN"))
        qputenv("PPOB_SANDBOX_BIN", PPOB_SANDBOX_BIN);
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(&error) || !sandbox.reset(1000000000000LL)) {
        QTextStream(stderr) << "cannot start the sandbox: " << error << "\n";
        return 1;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(work).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(work).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kasir.*=false"));
    env.insert(QStringLiteral("KASIR_API_KEY"), sandbox.apiKey());
    env.remove(QStringLiteral("KASIR_BASE_URL"));

    struct Row
    {
        qint64 size;
        double open, pending, sale, window;
    };
    struct Samples
    {
        std::vector<double> open, pending, sale, window;
    };
    QList<QString> paths;
    for (const qint64 size : sizes) {
        const QString path = QDir(work).filePath(QStringLiteral("journal-%1.sqlite").arg(size));
        if (!QFileInfo::exists(path)) {
            out << "generating " << size << " sales in " << path << " ..." << Qt::endl;
            JournalGeneratorOptions options;
            options.count = size;
            options.endDate = QDate(2026, 11, 25);
            options.maxUnresolved = 0;
            JournalGenerator generator(options);
            if (!generator.generate(path)) {
                QTextStream(stderr) << generator.lastError() << "\n";
                return 1;
            }
            // The same waiting sales in every journal, so that only the history's size differs.
            ReceiptStore store(path);
            if (!store.open()) {
                QTextStream(stderr) << store.lastError() << "\n";
                return 1;
            }
            for (int i = 0; i < PendingSales; ++i) {
                SaleRecord r;
                r.reqId = QStringLiteral("KSR-BENCH-%1").arg(i);
                r.productId = QStringLiteral("GOPAY");
                r.custId = QStringLiteral("0812555000%1").arg(i % 10);
                r.amount = Money::fromRupiah(50000);
                r.sellingPrice = Money::fromRupiah(53500);
                r.storeFee = Money::fromRupiah(2000);
                r.status = SaleStatus::Pending;
                r.lastError = QStringLiteral("No answer within 30 s; the outcome is unknown");
                if (!store.insertSale(&r, QStringLiteral("K01"))) {
                    QTextStream(stderr) << store.lastError() << "\n";
                    return 1;
                }
            }
        }
        paths << path;
    }

    // Round-robin over the sizes, so that the machine's changing load falls on all of them alike.
    QList<Samples> samples(sizes.size());
    int saleNumber = 0;
    auto timed = [](const std::function<bool()> &once) {
        QElapsedTimer t;
        t.start();
        return once() ? double(t.nsecsElapsed()) / 1e6 : -1.0;
    };
    for (int run = 0; run <= runs; ++run) { // run 0 warms the cache and is not counted
        for (int i = 0; i < sizes.size(); ++i) {
            const QString path = paths.at(i);
            env.insert(QStringLiteral("KASIR_DB"), path);
            const double open = timed([&] {
                ReceiptStore store(path);
                return store.open();
            });
            const double pending = timed([&] {
                return runProcess(cli, { QStringLiteral("--json"), QStringLiteral("pending") }, env);
            });
            const double sale = timed([&] {
                const QString number = QStringLiteral("0812%1").arg(7000000 + ++saleNumber);
                return runProcess(cli,
                    { QStringLiteral("--base-url"), sandbox.baseUrl().toString(), QStringLiteral("--json"),
                        QStringLiteral("pay"), QStringLiteral("GOPAY"), number, QStringLiteral("10000"),
                        QStringLiteral("--allow-duplicate") },
                    env);
            });
            const double window = gui.isEmpty() ? 0.0 : timed([&] {
                return runProcess(gui,
                    { QStringLiteral("--demo"), QStringLiteral("--db"), path,
                        QStringLiteral("--quit-after-start") },
                    env);
            });
            if (open < 0 || pending < 0 || sale < 0 || window < 0)
                return 1;
            if (run == 0)
                continue;
            samples[i].open.push_back(open);
            samples[i].pending.push_back(pending);
            samples[i].sale.push_back(sale);
            samples[i].window.push_back(window);
        }
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    QList<Row> rows;
    for (int i = 0; i < sizes.size(); ++i) {
        const Row row { sizes.at(i), median(samples[i].open), median(samples[i].pending),
            median(samples[i].sale), median(samples[i].window) };
        rows << row;
        out << QStringLiteral("%1 sales: open %2 ms, pending %3 ms, sale %4 ms, window %5 ms")
                   .arg(row.size)
                   .arg(row.open, 0, 'f', 1)
                   .arg(row.pending, 0, 'f', 1)
                   .arg(row.sale, 0, 'f', 1)
                   .arg(row.window, 0, 'f', 1)
            << Qt::endl;
    }

    out << "\n| sales | open | pending | sale | window start |\n|---:|---:|---:|---:|---:|\n";
    const Row base = rows.isEmpty() ? Row { 0, 1, 1, 1, 1 } : rows.first();
    for (const Row &r : rows) {
        auto cell = [](double ms, double baseMs) {
            return QStringLiteral("%1 ms (%2x)")
                .arg(ms, 0, 'f', 1)
                .arg(baseMs > 0 ? ms / baseMs : 0.0, 0, 'f', 2);
        };
        out << "| " << r.size << " | " << cell(r.open, base.open) << " | " << cell(r.pending, base.pending)
            << " | " << cell(r.sale, base.sale) << " | " << cell(r.window, base.window) << " |\n";
    }
    out.flush();
    return 0;
}
