#pragma once

#include "store/JournalProblem.h"
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

// How to open a journal.
struct JournalOpenOptions
{
    // Read only: never creates, migrates or writes anything (pending, history, show).
    bool readOnly = false;
    // Create a missing file (a new journal). When false, a missing or 0-byte file is an error.
    bool create = true;
    // The id this computer knows for the journal at the path (JournalRegistry); empty when none.
    // When set, a missing or 0-byte file is Vanished and a journal with another id is Replaced:
    // nothing is created and nothing is written.
    QString expectedJournalId;
    // Run the full integrity check (PRAGMA quick_check) now, whatever the journal's state.
    bool fullCheck = false;
};

// What claimSend() found.
enum class SendClaim {
    Claimed, // the attempt is counted and the lease committed: the request may be sent
    HeldElsewhere, // another live process (or store) holds an unexpired lease: do not send
    Settled, // the row is no longer PAYING/PENDING: nothing to send
    Damaged, // the stored request does not match its digest: flagged, never sent
    Refused, // the journal could not be written: do not send
};

// The durable transaction journal: one SQLite file, one named connection per instance.
// Use an instance from the thread that created it.
//
// Every sale is written here before money can move, and every send of a payment is claimed
// here before it leaves (claimSend()). Writes run in BEGIN IMMEDIATE transactions
// (SqlTransaction); the schema version lives in PRAGMA user_version and is migrated step by step,
// each step in one transaction.
//
// Opening costs the same at any size: the full integrity check runs when the journal was not
// closed cleanly last time (a writer that ended without closing, found by its writer row), on
// request (fullCheck, verifyIntegrity(): before a backup, at the window's close, in the
// background after start-up), and SQLite's own corruption errors refuse every write from the
// moment they occur. A damaged journal, or one written by a newer program, stays readable
// where possible but refuses every write, and the file is never modified, deleted or replaced.
//
// Each journal carries an id (journal_meta); callers compare it with the id this computer knows
// (JournalRegistry) so that a vanished or replaced journal is not silently recreated.
// New journal files are created 0600 and their folder, when made here, 0700.
//
// Errors are values: failing calls return false / nullopt / an empty list and set lastError()
// and problem(). Read calls that fail set lastError(); use readFailed() to tell "no rows" from
// "could not read". The API key is never stored here.
class ReceiptStore
{
public:
    static constexpr int SchemaVersion = 7;

    // clock: used for receipt dates (local day) and updated/created times; nullptr = system clock.
    explicit ReceiptStore(const QString &path, Clock *clock = nullptr);
    ~ReceiptStore();

    ReceiptStore(const ReceiptStore &) = delete;
    ReceiptStore &operator=(const ReceiptStore &) = delete;

    // Opens, checks and migrates (creating the file and folder if missing, by default).
    // Returns true when the store is usable as asked: writable, or readable for readOnly.
    // On false, lastError() says why and problem() what kind of problem it is; isOpen() tells
    // whether the existing rows can still be read.
    bool open();
    bool open(const JournalOpenOptions &options);
    // Unregisters this store as a writer (the next open needs no full check). The destructor
    // calls it.
    void close();
    bool isOpen() const { return m_open; }
    bool isWritable() const { return m_writable; }
    QString lastError() const { return m_lastError; }
    JournalProblem problem() const { return m_problem; }
    // True when the last read call failed (as opposed to finding nothing).
    bool readFailed() const { return m_readFailed; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const; // PRAGMA user_version, -1 when unreadable
    // The id stored inside the journal (empty before open or for a journal older than v4).
    QString journalId() const { return m_journalId; }
    // Whether open() ran the full integrity check, and why.
    bool ranFullCheck() const { return m_ranFullCheck; }
    // This store's identity as lease holder ("HOST:PID:RANDOM").
    QString holder() const { return m_holder; }

    // The full integrity check now (PRAGMA quick_check). On failure the store refuses writes
    // from then on, and lastError() holds the faults found.
    bool verifyIntegrity();
    // Refuse every write from now on (e.g. the background check found damage).
    void markDamaged(const QString &detail);
    // A consistent copy of the journal at destination (a new file, 0600), made only after the
    // full integrity check passed: a damaged journal is never copied over a good backup.
    bool backupTo(const QString &destination);

    // Inserts a new row. Allocates receipt_no "TERMINAL-YYYYMMDD-NNNN" (local date from the
    // clock, sequence per terminal per day) inside the same write transaction, and fills
    // record->id, receiptNo, terminalId, createdUtc/updatedUtc (when empty). The request fields
    // (req_id, product, cust_id, amount) are sealed by a digest checked before every re-send.
    bool insertSale(SaleRecord *record, const QString &terminalId);
    // insertSale() unless recentDuplicates() finds a sale of the same product, cust_id and
    // amount created after sinceUtc: the check and the insert are one BEGIN IMMEDIATE
    // transaction, so two processes can never both pass. When refused, nothing is written,
    // *duplicate holds the newest such sale and lastError() is empty. On any other failure
    // *duplicate is empty and lastError() says why.
    bool insertSaleUnlessDuplicate(SaleRecord *record, const QString &terminalId, const QDateTime &sinceUtc,
        std::optional<SaleRecord> *duplicate);

    // Claims one send of the payment of row id: in one write transaction checks the row is
    // still PAYING/PENDING, its request intact and no live lease of another holder on it, then
    // counts the attempt (attempts + 1) and commits a lease held by this store until untilUtc.
    // Only Claimed allows the request to leave; *record then holds the row as committed.
    // On HeldElsewhere, *leaseUntilUtc tells when the other lease ends.
    SendClaim claimSend(
        qint64 id, const QDateTime &untilUtc, SaleRecord *record, QDateTime *leaseUntilUtc = nullptr);
    // Flags row id for the manager (flag_reason, last_error = reason) without changing status.
    bool flagSale(qint64 id, const QString &reason);

    // Writes the outcome fields of an existing row (status, rc, description, message, ref_id,
    // serial_no, unit_price, selling_price, store_fee, change, balance_used, balance_after,
    // completed/updated times, last_error, flag, next_check) and ends this store's lease on it.
    // The request fields (req_id, product, cust_id, amount) and the attempt count (claimSend
    // owns it) never change. A row already SUCCESS, FAILED or REJECTED is never moved to
    // another status: that is refused with an error.
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
    int unresolvedCount() const; // 0 when the journal could not be read (see readFailed())
    QList<SaleRecord> history(const SaleHistoryFilter &filter) const;
    // How many rows the filter matches (limit and paging ignored); -1 on error. With cap > 0 it
    // stops counting at cap + 1, so that a count over years of sales stays quick.
    qint64 historyCount(const SaleHistoryFilter &filter, qint64 cap = 0) const;
    // Same product, cust_id and amount, status SUCCESS/PENDING/PAYING, created after sinceUtc;
    // newest first.
    QList<SaleRecord> recentDuplicates(
        const QString &productId, const QString &custId, Money amount, const QDateTime &sinceUtc) const;

    // The newest sale to this customer number (any product and status), for the repeat
    // customer. One seek on idx_sales_cust (cust_id, created_utc) with LIMIT 1: as fast with
    // 1,000,000 sales as with ten (the plan is checked in tst_receiptstore_lastsale).
    std::optional<SaleRecord> lastSaleTo(const QString &custId) const;

    // Fixed-width UTC ISO text as stored ("2026-11-24T03:15:00.000Z"); sorts as time does.
    static QString toStoredTime(const QDateTime &utc);
    static QDateTime fromStoredTime(const QString &text);
    // The digest sealing a row's request fields (hex SHA-256 of req_id, product, cust_id, amount).
    static QString requestDigest(const SaleRecord &record);

private:
    // mayInsert runs inside the write transaction, before anything is written; false refuses.
    bool insertSaleGuarded(
        SaleRecord *record, const QString &terminalId, const std::function<bool()> &mayInsert);

    bool openConnection(bool readOnly, bool immutable = false);
    void closeConnection();
    bool applyPragmas();
    bool quickCheck(QString *detail);
    bool migrate();
    bool inspectExisting(const JournalOpenOptions &options, bool *needFullCheck);
    bool registerWriter();
    void unregisterWriter();
    void restrictPermissions();
    std::optional<SaleRecord> findOne(const QString &column, const QVariant &value) const;
    QList<SaleRecord> select(
        const QString &where, const QVariantList &values, const QString &orderBy, int limit) const;
    bool refuseWrite();
    void setError(const QString &error) const;
    void fail(JournalProblem problem, const QString &error);
    // Records a failed statement: the message, the kind of problem, and (for corruption)
    // refuses every write from now on.
    void sqlFailure(const QString &what, const QSqlError &error) const;

    QString m_path;
    Clock *m_clock;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_holder;
    QString m_journalId;
    bool m_open = false;
    mutable bool m_writable = false;
    bool m_writerRegistered = false;
    bool m_ranFullCheck = false;
    mutable bool m_readFailed = false;
    mutable bool m_damaged = false;
    mutable JournalProblem m_problem = JournalProblem::None;
    mutable QString m_lastError;
};

} // namespace Kasir
