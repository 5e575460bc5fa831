// kasir-journal-gen: fills a journal with realistic sales for benchmarks and tests.
//   kasir-journal-gen --db FILE --count N [--seed S] [--days D] [--end-date YYYY-MM-DD]

#include "JournalGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kasir-journal-gen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills an empty Kasir journal with N realistic sales over D days."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("db"), QStringLiteral("The journal file (missing or without sales)."),
            QStringLiteral("FILE") },
        { QStringLiteral("count"), QStringLiteral("Number of sales."), QStringLiteral("N") },
        { QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
            QStringLiteral("1") },
        { QStringLiteral("days"), QStringLiteral("Days of history (default 730)."), QStringLiteral("D"),
            QStringLiteral("730") },
        { QStringLiteral("end-date"), QStringLiteral("Last day of the history (default today)."),
            QStringLiteral("YYYY-MM-DD") },
    });
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);

    bool okCount = false, okSeed = false, okDays = false;
    Kasir::JournalGeneratorOptions options;
    options.count = parser.value(QStringLiteral("count")).toLongLong(&okCount);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    options.days = parser.value(QStringLiteral("days")).toInt(&okDays);
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty() || !okCount || options.count < 0 || !okSeed || !okDays || options.days < 1) {
        err << "usage: kasir-journal-gen --db FILE --count N [--seed S] [--days D] "
               "[--end-date YYYY-MM-DD]\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("end-date"))) {
        options.endDate = QDate::fromString(parser.value(QStringLiteral("end-date")), Qt::ISODate);
        if (!options.endDate.isValid()) {
            err << "--end-date must be YYYY-MM-DD\n";
            return 2;
        }
    }

    QElapsedTimer timer;
    timer.start();
    Kasir::JournalGenerator generator(options);
    if (!generator.generate(db)) {
        err << "kasir-journal-gen: " << generator.lastError() << "\n";
        return 1;
    }
    const Kasir::JournalGeneratorStats s = generator.stats();
    out << "wrote " << s.sales << " sales to " << db << " in " << timer.elapsed() << " ms: " << s.success
        << " SUCCESS, " << s.failed << " FAILED, " << s.pending << " PENDING (" << s.flagged << " flagged), "
        << s.rejected << " REJECTED; " << s.topUps << " deposit top-ups, final deposit Rp " << s.finalBalance
        << "\n";
    return 0;
}
