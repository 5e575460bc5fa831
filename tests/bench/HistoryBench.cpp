// kasir-history-bench: how the journal's history queries and the history page behave on a big
// journal. Not a test: it prints figures. Make the journal with kasir-journal-gen first:
//   kasir-journal-gen --db big.sqlite --count 1000000
//   kasir-history-bench --db big.sqlite

#include "JournalGenerator.h"
#include "history/HistoryModel.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"
#include "history/SaleCsvWriter.h"
#include "printer/ReceiptPrinter.h"
#include "store/ReceiptStore.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace Kasir;

namespace {

QTextStream out(stdout);

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs f `runs` times; prints the first run and the median, in milliseconds.
void measure(const QString &name, int runs, const std::function<QString()> &f)
{
    QList<double> times;
    QString note;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        note = f();
        times << t.nsecsElapsed() / 1e6;
    }
    const double first = times.first();
    std::sort(times.begin(), times.end());
    out << QStringLiteral("%1 %2 ms first, %3 ms median  (%4)")
               .arg(name.leftJustified(34))
               .arg(first, 8, 'f', 2)
               .arg(times.at(times.size() / 2), 8, 'f', 2)
               .arg(note)
        << Qt::endl;
}

QString sqlValue(const QString &path, const QString &sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-probe"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-probe"));
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the history queries and page on a journal."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("db"), QStringLiteral("The journal (made by kasir-journal-gen)."),
            QStringLiteral("FILE") },
        { QStringLiteral("runs"), QStringLiteral("Runs per figure (default 20)."), QStringLiteral("N") },
    });
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int runs = qMax(1,
        parser.value(QStringLiteral("runs")).isEmpty() ? 20 : parser.value(QStringLiteral("runs")).toInt());
    if (path.isEmpty()) {
        out << "--db FILE is needed" << Qt::endl;
        return 2;
    }

    QElapsedTimer openTimer;
    openTimer.start();
    ReceiptStore store(path);
    if (!store.open()) {
        out << "cannot open " << path << ": " << store.lastError() << Qt::endl;
        return 4;
    }
    const double openMs = openTimer.nsecsElapsed() / 1e6;
    const qint64 total = store.historyCount(SaleHistoryFilter());
    SaleHistoryFilter newestOnly;
    newestOnly.limit = 1;
    const SaleRecord newest = store.history(newestOnly).value(0);
    const QDate today = newest.createdUtc.toLocalTime().date();
    // Values from a sale in the middle of the journal's years.
    const QString middle = QStringLiteral("id = (SELECT id FROM sales LIMIT 1 OFFSET %1)").arg(total / 2);
    const QString cust = sqlValue(path, QStringLiteral("SELECT cust_id FROM sales WHERE ") + middle);
    const QString serial
        = sqlValue(path, QStringLiteral("SELECT serial_no FROM sales WHERE serial_no <> '' AND ") + middle);
    const QString receipt = sqlValue(path, QStringLiteral("SELECT receipt_no FROM sales WHERE ") + middle);
    const QString reqId = sqlValue(path, QStringLiteral("SELECT req_id FROM sales WHERE ") + middle);

    out << QStringLiteral("journal %1: %2 sales, newest on %3; opened (with quick_check) in %4 ms")
               .arg(path)
               .arg(total)
               .arg(today.toString(Qt::ISODate))
               .arg(openMs, 0, 'f', 0)
        << Qt::endl;

    SaleHistoryFilter todayFilter;
    todayFilter.fromDate = today;
    todayFilter.toDate = today;
    todayFilter.limit = HistoryModel::PageSize;
    measure(QStringLiteral("first page of today's sales"), runs,
        [&] { return QStringLiteral("%1 rows").arg(store.history(todayFilter).size()); });
    auto search = [&](const QString &text) {
        SaleHistoryFilter f;
        f.search = text;
        f.limit = HistoryModel::PageSize;
        return QStringLiteral("%1 rows").arg(store.history(f).size());
    };
    measure(QStringLiteral("search by customer number"), runs, [&] { return search(cust); });
    measure(QStringLiteral("search by SN"), runs, [&] { return search(serial); });
    measure(QStringLiteral("search by receipt no"), runs, [&] { return search(receipt); });
    measure(QStringLiteral("search by req_id"), runs, [&] { return search(reqId); });
    SaleHistoryFilter month;
    month.fromDate = QDate(today.year(), today.month(), 1);
    month.toDate = month.fromDate->addMonths(1).addDays(-1);
    measure(QStringLiteral("count for a month"), runs,
        [&] { return QStringLiteral("%1 sales").arg(store.historyCount(month)); });
    SaleHistoryFilter monthFailed = month;
    monthFailed.status = SaleStatus::Failed;
    monthFailed.productId = QStringLiteral("OVO");
    monthFailed.limit = HistoryModel::PageSize;
    measure(QStringLiteral("first page: month, OVO, FAILED"), runs,
        [&] { return QStringLiteral("%1 rows").arg(store.history(monthFailed).size()); });
    SaleHistoryFilter deep;
    deep.limit = HistoryModel::PageSize;
    measure(QStringLiteral("scroll: 50 pages of all sales"), qMax(1, runs / 4), [&] {
        HistoryModel model(&store);
        model.setFilter(deep);
        for (int i = 0; i < 49; ++i) {
            model.fetchMore(QModelIndex());
            while (model.isFetching())
                QCoreApplication::processEvents();
        }
        return QStringLiteral("%1 rows").arg(model.rowCount());
    });

    ReceiptPrinter printer(&store, nullptr);
    ReceiptActions actions(&printer, nullptr, QStringLiteral("bench"));
    const ProductCatalog catalog = ProductCatalog::builtIn();
    measure(QStringLiteral("open the history page (today)"), runs, [&] {
        HistoryPage page(&store, nullptr, &actions, catalog);
        page.resize(1024, 700);
        page.show();
        QCoreApplication::processEvents();
        return QStringLiteral("%1 rows shown, %2 today")
            .arg(page.model()->rowCount())
            .arg(page.model()->totalCount());
    });
    SaleHistoryFilter day;
    day.fromDate = today.addDays(-1);
    day.toDate = today.addDays(-1);
    day.limit = 0;
    measure(QStringLiteral("CSV export of one day"), qMax(1, runs / 4), [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const qint64 rows = SaleCsvWriter::write(store, day, &buffer, &error);
        return QStringLiteral("%1 rows, %2 KiB").arg(rows).arg(buffer.size() / 1024);
    });
    out << QStringLiteral("peak memory (max RSS) %1 MiB").arg(peakRssKb() / 1024.0, 0, 'f', 1) << Qt::endl;
    return 0;
}
