// bench_reports: times the manager's reports on a large journal (e.g. 1,000,000 sales from
// kasir-journal-gen) and the same SQL run by the sqlite3 shell on the same file, in one run.
//   bench_reports --db FILE [--runs N] [--close]
// Prints the first year's report on a journal without day summaries (it stores them: the file
// is written to), then, for a day, a month (30 days), a year (365 days) ending on the journal's
// last day and the 30-day chart: the median wall time and CPU time of ReportQuery, and of the
// shell (".timer on", the very statements the program ran, values written in). --close also times a close of
// the last day (it writes to the file: use a copy), with its backup timed on its own.

#include "clock/Clock.h"
#include "report/DayCloser.h"
#include "report/ReportQuery.h"
#include "store/JournalBackup.h"
#include "store/ReceiptStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace Kasir;

namespace {

struct Timing
{
    double realMs = 0;
    double cpuMs = 0;
};

double cpuNowMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
        + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

Timing median(QList<Timing> runs)
{
    auto mid = [&](auto key) {
        QList<double> v;
        for (const Timing &t : runs)
            v << key(t);
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    return { mid([](const Timing &t) { return t.realMs; }), mid([](const Timing &t) { return t.cpuMs; }) };
}

Timing timeOurs(int runs, const std::function<bool()> &work)
{
    QList<Timing> all;
    work(); // warm the page cache once, as the shell run is warmed below
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu0 = cpuNowMs();
        t.start();
        if (!work())
            qFatal("report query failed");
        all << Timing { t.nsecsElapsed() / 1e6, cpuNowMs() - cpu0 };
    }
    return median(all);
}

// The statements of one report, run `runs` times by the shell; per run the sum of the shell's
// own timings of the statements.
Timing timeShell(const QString &db, const QStringList &statements, int runs)
{
    QString script = QStringLiteral(".output /dev/null\n");
    for (const QString &s : statements) // warm-up, untimed
        script += s + QStringLiteral(";\n");
    script += QStringLiteral(".timer on\n");
    for (int i = 0; i < runs; ++i)
        for (const QString &s : statements)
            script += s + QStringLiteral(";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), { QStringLiteral("-batch"), db });
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000))
        qFatal("sqlite3 did not finish");
    const QString out = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    static const QRegularExpression line(
        QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    QList<Timing> perStatement;
    auto it = line.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        perStatement << Timing { m.captured(1).toDouble() * 1000,
            (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000 };
    }
    if (perStatement.size() != runs * statements.size())
        qFatal("sqlite3 printed %d timings, expected %d:\n%s", int(perStatement.size()),
            int(runs * statements.size()), qPrintable(out.left(2000)));
    QList<Timing> perRun;
    for (int r = 0; r < runs; ++r) {
        Timing sum;
        for (int s = 0; s < statements.size(); ++s) {
            sum.realMs += perStatement.at(r * statements.size() + s).realMs;
            sum.cpuMs += perStatement.at(r * statements.size() + s).cpuMs;
        }
        perRun << sum;
    }
    return median(perRun);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { QStringLiteral("db"), QStringLiteral("Journal file."), QStringLiteral("FILE") },
        { QStringLiteral("runs"), QStringLiteral("Runs per case (median)."), QStringLiteral("N"),
            QStringLiteral("7") },
        { QStringLiteral("close"), QStringLiteral("Also time a close (writes to the file).") } });
    parser.process(app);
    const QString db = parser.value(QStringLiteral("db"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);
    ReceiptStore store(db);
    if (db.isEmpty() || !store.open()) {
        out << "cannot open " << db << ": " << store.lastError() << "\n";
        return 2;
    }
    const QSqlDatabase conn = QSqlDatabase::database(store.connectionName(), false);
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT COUNT(*), MAX(created_utc) FROM sales"));
    q.next();
    const qint64 sales = q.value(0).toLongLong();
    const QDate last = ReceiptStore::fromStoredTime(q.value(1).toString()).toLocalTime().date();
    q.finish();
    out << "journal " << db << ": " << sales << " sales, last day " << last.toString(Qt::ISODate)
        << "; median of " << runs << " runs; times in ms (wall / CPU)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("case"), -14)
               .arg(QStringLiteral("rows"), 8)
               .arg(QStringLiteral("program"), 18)
               .arg(QStringLiteral("sqlite3 shell"), 18)
               .arg(QStringLiteral("ratio wall"), 11)
               .arg(QStringLiteral("ratio CPU"), 10);
    const ReportQuery reports(conn);

    // A year's report on a journal without stored day summaries: it stores one per settled past
    // day on the way (the first report after an upgrade, or over days no report has read yet).
    {
        QSqlQuery clear(conn);
        if (!clear.exec(QStringLiteral("DELETE FROM report_days")))
            qFatal("cannot clear the day summaries");
        const ReportPeriod year = ReportPeriod::lastDays(last, 365);
        QElapsedTimer t;
        const double cpu0 = cpuNowMs();
        t.start();
        if (!reports.figures(year))
            qFatal("report query failed");
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QStringLiteral("year, first run (stores the day summaries)"), -44)
                   .arg(QStringLiteral("%1 / %2")
                            .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1)
                            .arg(cpuNowMs() - cpu0, 0, 'f', 1),
                       18)
                   .arg(QStringLiteral("(once)"));
        out.flush();
    }
    struct Case
    {
        QString name;
        ReportPeriod period;
        bool chart;
    };
    const QList<Case> cases { { QStringLiteral("day"), ReportPeriod::day(last), false },
        { QStringLiteral("month (30 d)"), ReportPeriod::lastDays(last, 30), false },
        { QStringLiteral("year (365 d)"), ReportPeriod::lastDays(last, 365), false },
        { QStringLiteral("30-day chart"), ReportPeriod::lastDays(last, 30), true } };
    for (const Case &c : cases) {
        QSqlQuery count(conn);
        count.prepare(
            QStringLiteral("SELECT COUNT(*) FROM sales WHERE created_utc >= ? AND created_utc < ?"));
        count.bindValue(0, c.period.fromUtcText());
        count.bindValue(1, c.period.toUtcText());
        count.exec();
        count.next();
        const qint64 rows = count.value(0).toLongLong();
        const auto report = [&] {
            return c.chart ? reports.daily(c.period).has_value() : reports.figures(c.period).has_value();
        };
        const Timing ours = timeOurs(runs, report);
        // The very statements the program ran for this report (summaries already stored).
        QStringList statements;
        reports.setStatementLog(&statements);
        if (!report())
            qFatal("report query failed");
        reports.setStatementLog(nullptr);
        const Timing shell = timeShell(db, statements, runs);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(c.name, -14)
                   .arg(rows, 8)
                   .arg(QStringLiteral("%1 / %2").arg(ours.realMs, 0, 'f', 1).arg(ours.cpuMs, 0, 'f', 1), 18)
                   .arg(
                       QStringLiteral("%1 / %2").arg(shell.realMs, 0, 'f', 1).arg(shell.cpuMs, 0, 'f', 1), 18)
                   .arg(QStringLiteral("%1x").arg(ours.realMs / qMax(shell.realMs, 0.001), 0, 'f', 2), 11)
                   .arg(QStringLiteral("%1x").arg(ours.cpuMs / qMax(shell.cpuMs, 0.001), 0, 'f', 2), 10);
        out.flush();
    }

    if (parser.isSet(QStringLiteral("close"))) {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        const BackupResult backup
            = JournalBackup::write(db, dir.filePath(QStringLiteral("bench-backup.sqlite")));
        const qint64 backupMs = t.elapsed();
        out << "backup (VACUUM INTO + integrity_check): " << backupMs << " ms, "
            << (backup.ok ? "ok" : backup.error) << "\n";
        CloseRequest request;
        request.day = last;
        request.terminalId = QStringLiteral("K01");
        t.restart();
        const CloseResult closed = DayCloser(&store, SystemClock::instance()).close(request);
        out << "close of " << last.toString(Qt::ISODate) << " for K01: " << t.elapsed() << " ms in all ("
            << (closed.outcome == CloseOutcome::Closed
                       ? QStringLiteral("close No. %1, %2 sales")
                             .arg(closed.close.closeNo)
                             .arg(closed.close.json().value(QStringLiteral("sales_taken")).toInteger())
                       : closed.message)
            << "), of which the backup is about " << backupMs << " ms\n";
    }
    return 0;
}
