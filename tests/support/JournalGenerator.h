#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Kasir {

struct JournalGeneratorOptions
{
    qint64 count = 1000; // sales to write
    quint64 seed = 1; // the same seed and options give the same journal
    int days = 730; // the history spans this many local days ...
    QDate endDate; // ... ending on this local day (invalid: today)
    qint64 startBalance = 25000000; // the merchant deposit before the first sale, rupiah
    int maxUnresolved = 12; // PENDING rows (some flagged) at most, all in the last days
};

struct JournalGeneratorStats
{
    qint64 sales = 0;
    qint64 success = 0;
    qint64 failed = 0;
    qint64 pending = 0;
    qint64 rejected = 0;
    qint64 flagged = 0;
    qint64 topUps = 0; // deposit top-ups between sales
    qint64 finalBalance = 0; // the deposit after the last sale, rupiah
};

// Fills a journal with realistic sales, for benchmarks and for tests that need history.
//
// The schema is made by ReceiptStore itself (so it is exactly the program's, migrations and
// indexes included); the rows are then written in one transaction with prepared statements.
// The sales are what the program writes: the five wallets, nominals with the product's admin
// fee as unit price, store fees, cash and change, several cashiers and terminals, receipt
// numbers TERMINAL-YYYYMMDD-NNNN with the receipt_sequence table kept in step, req_ids in the
// program's format, a deposit balance that goes down with every charged sale and is topped up
// now and then. Most sales are SUCCESS; some are FAILED or REJECTED; a few recent ones are
// PENDING, a few of those flagged for the manager.
//
// The target file must not hold sales yet (it may be missing or an empty journal).
class JournalGenerator
{
public:
    explicit JournalGenerator(const JournalGeneratorOptions &options);

    bool generate(const QString &path);
    QString lastError() const { return m_error; }
    JournalGeneratorStats stats() const { return m_stats; }

private:
    bool fill(QSqlDatabase &db);

    JournalGeneratorOptions m_options;
    JournalGeneratorStats m_stats;
    QString m_error;
};

} // namespace Kasir
