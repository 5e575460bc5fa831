#pragma once

#include "store/ReceiptPrint.h"
#include "store/SaleRecord.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Kasir {

class Clock;

// What a cashier or manager asks of the history. Empty members do not filter.
struct SaleHistoryFilter
{
    std::optional<QDate> localDate; // the sale's local day (created time)
    QString custId;
    std::optional<SaleStatus> status;
    int limit = 200; // newest first; <= 0 means no limit
    // Inclusive range of local days (with localDate unset); either end may be open.
    std::optional<QDate> fromDate;
    std::optional<QDate> toDate;
    QString productId;
    // Exact match on the customer number (also in its normalised form), SN, ref id, receipt
    // number or req_id.
    QString search;
    // Paging: only rows older than this one in the newest-first order (created time, then id).
    QDateTime beforeCreatedUtc;
    qint64 beforeId = 0;
};

// The durable transaction journal: one SQLite file, one named connection per instance.
// Use an instance from the thread that created it.
//
// Every sale is written here before money can move. Writes run in BEGIN IMMEDIATE
// transactions (SqlTransaction); the schema version lives in PRAGMA user_version and is
// migrated step by step, each step in one transaction. If the file fails PRAGMA quick_check,
// or was written by a newer program, the store stays readable where possible but refuses
// every write, and the file is never modified, deleted or replaced.
//
// Errors are values: failing calls return false / nullopt / an empty list and set lastError().
// The API key is never stored here.
class ReceiptStore
{
public:
    static constexpr int SchemaVersion = 5;

    // clock: used for receipt dates (local day) and updated/created times; nullptr = system clock.
    explicit ReceiptStore(const QString &path, Clock *clock = nullptr);
    ~ReceiptStore();

    ReceiptStore(const ReceiptStore &) = delete;
    ReceiptStore &operator=(const ReceiptStore &) = delete;

    // Opens (creating the file and directory if missing), checks and migrates.
    // Returns true when the store is writable. On false, lastError() says why; isOpen() tells
    // whether the existing rows can still be read.
    bool open();
    bool isOpen() const { return m_open; }
    bool isWritable() const { return m_writable; }
    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const; // PRAGMA user_version, -1 when unreadable

    // Inserts a new row. Allocates receipt_no "TERMINAL-YYYYMMDD-NNNN" (local date from the
    // clock, sequence per terminal per day) inside the same write transaction, and fills
    // record->id, receiptNo, terminalId, createdUtc/updatedUtc (when empty).
    bool insertSale(SaleRecord *record, const QString &terminalId);
    // insertSale() unless recentDuplicates() finds a sale of the same product, cust_id and
    // amount created after sinceUtc: the check and the insert are one BEGIN IMMEDIATE
    // transaction, so two processes can never both pass. When refused, nothing is written,
    // *duplicate holds the newest such sale and lastError() is empty. On any other failure
    // *duplicate is empty and lastError() says why.
    bool insertSaleUnlessDuplicate(SaleRecord *record, const QString &terminalId,
                                   const QDateTime &sinceUtc, std::optional<SaleRecord> *duplicate);

    // Writes the outcome fields of an existing row (status, rc, description, message, ref_id,
    // serial_no, unit_price, selling_price, store_fee, change, balance_used, balance_after,
    // completed/updated times, attempts, last_error, flag, next_check). The request fields
    // (req_id, product, cust_id, amount) never change. A row already SUCCESS, FAILED or
    // REJECTED is never moved to another status: that is refused with an error.
    bool updateResult(const SaleRecord &record);
    bool setNextCheck(qint64 id, const QDateTime &nextCheckUtc);
    bool incrementPrinted(qint64 id);
    // A receipt of the sale was printed as copyNumber (0 the original): adds it to the print log
    // and increments printed_count, in one transaction. Never touches the sale's status.
    bool recordPrint(qint64 saleId, int copyNumber, const QString &printedBy, const QString &target,
                     const QDateTime &printedUtc);
    QList<ReceiptPrint> prints(qint64 saleId) const; // oldest first

    std::optional<SaleRecord> findById(qint64 id) const;
    std::optional<SaleRecord> findByReceiptNo(const QString &receiptNo) const;
    std::optional<SaleRecord> findByReqId(const QString &reqId) const;

    // PAYING and PENDING rows, the oldest first.
    QList<SaleRecord> unresolved() const;
    int unresolvedCount() const;
    QList<SaleRecord> history(const SaleHistoryFilter &filter) const;
    // How many rows the filter matches (limit and paging ignored); -1 on error. With cap > 0 it
    // stops counting at cap + 1, so that a count over years of sales stays quick.
    qint64 historyCount(const SaleHistoryFilter &filter, qint64 cap = 0) const;
    // Same product, cust_id and amount, status SUCCESS/PENDING/PAYING, created after sinceUtc;
    // newest first.
    QList<SaleRecord> recentDuplicates(const QString &productId, const QString &custId,
                                       Money amount, const QDateTime &sinceUtc) const;

    // The newest sale to this customer number (any product and status), for the repeat
    // customer. One seek on idx_sales_cust (cust_id, created_utc) with LIMIT 1: as fast with
    // 1,000,000 sales as with ten (the plan is checked in tst_receiptstore_lastsale).
    std::optional<SaleRecord> lastSaleTo(const QString &custId) const;

    // Fixed-width UTC ISO text as stored ("2026-11-24T03:15:00.000Z"); sorts as time does.
    static QString toStoredTime(const QDateTime &utc);
    static QDateTime fromStoredTime(const QString &text);

private:
    // mayInsert runs inside the write transaction, before anything is written; false refuses.
    bool insertSaleGuarded(SaleRecord *record, const QString &terminalId,
                           const std::function<bool()> &mayInsert);
    bool openConnection(bool readOnly);
    void closeConnection();
    bool applyPragmas();
    bool quickCheck(QString *detail);
    bool migrate();
    std::optional<SaleRecord> findOne(const QString &column, const QVariant &value) const;
    QList<SaleRecord> select(const QString &where, const QVariantList &values,
                             const QString &orderBy, int limit) const;
    bool refuseWrite();
    void setError(const QString &error) const;

    QString m_path;
    Clock *m_clock;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_writable = false;
    mutable QString m_lastError;
};

} // namespace Kasir
