#include "store/ReceiptStore.h"

#include "clock/Clock.h"
#include "customer/CustomerId.h"
#include "logging/Logging.h"
#include "store/ProcessIdentity.h"
#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Kasir {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Schema migrations: step i takes user_version i to i + 1. Each step runs in one transaction
// together with the user_version update, so it applies whole or not at all.
// Never edit a released step; add a new one.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {
        // v1: the journal and the per-terminal, per-day receipt sequence.
        {
            QStringLiteral("CREATE TABLE sales ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " receipt_no TEXT NOT NULL,"
                           " terminal_id TEXT NOT NULL,"
                           " req_id TEXT NOT NULL,"
                           " product_id TEXT NOT NULL,"
                           " cust_id TEXT NOT NULL,"
                           " amount INTEGER NOT NULL CHECK (amount > 0),"
                           " inquiry_unit_price INTEGER,"
                           " unit_price INTEGER,"
                           " selling_price INTEGER NOT NULL,"
                           " store_fee INTEGER NOT NULL DEFAULT 0,"
                           " cash_received INTEGER,"
                           " change_given INTEGER,"
                           " status TEXT NOT NULL CHECK (status IN"
                           "  ('PAYING','SUCCESS','FAILED','PENDING','REJECTED')),"
                           " rc TEXT NOT NULL DEFAULT '',"
                           " description TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " ref_id TEXT NOT NULL DEFAULT '',"
                           " serial_no TEXT NOT NULL DEFAULT '',"
                           " balance_used INTEGER,"
                           " balance_after INTEGER,"
                           " cashier TEXT NOT NULL DEFAULT '',"
                           " created_utc TEXT NOT NULL,"
                           " updated_utc TEXT NOT NULL,"
                           " completed_utc TEXT,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " printed_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX idx_sales_receipt_no ON sales(receipt_no)"),
            QStringLiteral("CREATE UNIQUE INDEX idx_sales_req_id ON sales(req_id)"),
            QStringLiteral("CREATE INDEX idx_sales_created ON sales(created_utc)"),
            QStringLiteral("CREATE INDEX idx_sales_cust ON sales(cust_id, created_utc)"),
            QStringLiteral("CREATE TABLE receipt_sequence ("
                           " terminal_id TEXT NOT NULL,"
                           " day TEXT NOT NULL,"
                           " last_seq INTEGER NOT NULL,"
                           " PRIMARY KEY (terminal_id, day))"),
        },
        // v2: manager flag, the recovery schedule, and the lookups by status / ref / serial.
        {
            QStringLiteral("ALTER TABLE sales ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN flag_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN next_check_utc TEXT"),
            QStringLiteral("CREATE INDEX idx_sales_status ON sales(status, created_utc)"),
            QStringLiteral("CREATE INDEX idx_sales_ref_id ON sales(ref_id)"),
            QStringLiteral("CREATE INDEX idx_sales_serial_no ON sales(serial_no)"),
            QStringLiteral("CREATE INDEX idx_sales_next_check ON sales(status, next_check_utc)"),
        },
        // v3: the receipt print log (who printed which copy, when, where) and the wallet filter.
        {
            QStringLiteral("CREATE TABLE receipt_prints ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " sale_id INTEGER NOT NULL REFERENCES sales(id),"
                           " copy_no INTEGER NOT NULL CHECK (copy_no >= 0),"
                           " printed_utc TEXT NOT NULL,"
                           " printed_by TEXT NOT NULL DEFAULT '',"
                           " target TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX idx_receipt_prints_sale ON receipt_prints(sale_id, id)"),
            QStringLiteral("CREATE INDEX idx_sales_product ON sales(product_id, created_utc)"),
            QStringLiteral("CREATE INDEX idx_sales_product_status ON sales(product_id, status, created_utc)"),
        },
        // v4: the request digest checked before every re-send, the send lease (one sender per
        // row across processes), the journal's id, and the open writers that tell an unclean
        // shutdown (a writer row whose process is gone) from a clean one.
        {
            QStringLiteral("ALTER TABLE sales ADD COLUMN request_digest TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN lease_holder TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sales ADD COLUMN lease_until_utc TEXT"),
            QStringLiteral("CREATE TABLE journal_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO journal_meta (name, value)"
                           " VALUES ('journal_id', lower(hex(randomblob(16))))"),
            QStringLiteral("CREATE TABLE journal_writers (holder TEXT PRIMARY KEY,"
                           " started_utc TEXT NOT NULL)"),
        },
        // v5: the manager's day: numbered end-of-day closes (immutable, with the sales each one
        // took), deposit gaps marked as top-ups, and manager resolutions of flagged sales.
        {
            QStringLiteral("CREATE TABLE closes ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " terminal_id TEXT NOT NULL,"
                           " close_no INTEGER NOT NULL CHECK (close_no > 0),"
                           " day TEXT NOT NULL,"
                           " created_utc TEXT NOT NULL,"
                           " range_from_utc TEXT NOT NULL,"
                           " range_to_utc TEXT NOT NULL,"
                           " carry_from_utc TEXT NOT NULL,"
                           " opening_float INTEGER,"
                           " counted_cash INTEGER,"
                           " closed_by TEXT NOT NULL DEFAULT '',"
                           " backup_path TEXT NOT NULL,"
                           " document TEXT NOT NULL,"
                           " UNIQUE (terminal_id, close_no))"),
            QStringLiteral("CREATE TABLE close_items ("
                           " sale_id INTEGER PRIMARY KEY REFERENCES sales(id),"
                           " close_id INTEGER NOT NULL REFERENCES closes(id))"),
            QStringLiteral("CREATE INDEX idx_close_items_close ON close_items(close_id)"),
            QStringLiteral("CREATE TRIGGER closes_immutable_u BEFORE UPDATE ON closes"
                           " BEGIN SELECT RAISE(ABORT, 'a close is never changed'); END"),
            QStringLiteral("CREATE TRIGGER closes_immutable_d BEFORE DELETE ON closes"
                           " BEGIN SELECT RAISE(ABORT, 'a close is never deleted'); END"),
            QStringLiteral("CREATE TRIGGER close_items_immutable_u BEFORE UPDATE ON close_items"
                           " BEGIN SELECT RAISE(ABORT, 'a close is never changed'); END"),
            QStringLiteral("CREATE TRIGGER close_items_immutable_d BEFORE DELETE ON close_items"
                           " BEGIN SELECT RAISE(ABORT, 'a close is never changed'); END"),
            QStringLiteral("CREATE TABLE deposit_gap_marks ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " from_sale_id INTEGER NOT NULL REFERENCES sales(id),"
                           " to_sale_id INTEGER NOT NULL REFERENCES sales(id),"
                           " amount INTEGER NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('DEPOSIT_TOPUP')),"
                           " note TEXT NOT NULL CHECK (length(trim(note)) > 0),"
                           " marked_by TEXT NOT NULL DEFAULT '',"
                           " marked_utc TEXT NOT NULL,"
                           " UNIQUE (from_sale_id, to_sale_id))"),
            QStringLiteral("CREATE TABLE sale_resolutions ("
                           " sale_id INTEGER PRIMARY KEY REFERENCES sales(id),"
                           " resolved_as TEXT NOT NULL CHECK (resolved_as IN ('SUCCESS','FAILED')),"
                           " price INTEGER,"
                           " note TEXT NOT NULL CHECK (length(trim(note)) > 0),"
                           " resolved_by TEXT NOT NULL DEFAULT '',"
                           " resolved_utc TEXT NOT NULL,"
                           " previous_status TEXT NOT NULL,"
                           " flag_reason TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TRIGGER sale_resolutions_immutable_u BEFORE UPDATE ON sale_resolutions"
                           " BEGIN SELECT RAISE(ABORT, 'a resolution is never changed'); END"),
            QStringLiteral("CREATE TRIGGER sale_resolutions_immutable_d BEFORE DELETE ON sale_resolutions"
                           " BEGIN SELECT RAISE(ABORT, 'a resolution is never deleted'); END"),
            // Reports read a range of days from this index alone (no table lookups): every
            // column the figures, the deposit chain and the pending list filter or sum on.
            QStringLiteral("CREATE INDEX idx_sales_report ON sales(created_utc, status, product_id,"
                           " cashier, amount, balance_used, selling_price, cash_received, change_given,"
                           " balance_after, flagged, terminal_id)"),
        },
        // v6: people and the audit trail. PINs are kept only as PBKDF2 hashes with their salt and
        // iteration count; the audit trail is append-only, in SQL too.
        {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),"
                           " role TEXT NOT NULL CHECK (role IN ('cashier','manager')),"
                           " pin_salt TEXT NOT NULL,"
                           " pin_hash TEXT NOT NULL,"
                           " pin_iterations INTEGER NOT NULL CHECK (pin_iterations >= 100000),"
                           " failed_pins INTEGER NOT NULL DEFAULT 0,"
                           " locked_until_utc TEXT,"
                           " created_utc TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER users_never_deleted BEFORE DELETE ON users"
                           " BEGIN SELECT RAISE(ABORT, 'a user is never deleted'); END"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at_utc TEXT NOT NULL,"
                           " event TEXT NOT NULL,"
                           " user_name TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX idx_audit_log_at ON audit_log(at_utc)"),
            QStringLiteral("CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_append_only_d BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        },
        // v7: stored report figures per local day (its UTC range), for reports over months and
        // years. A day's rows exist only while report_days holds it; any write to a sale of that
        // range drops them in the same transaction, so a summary is never older than its sales.
        {
            QStringLiteral("CREATE TABLE report_days ("
                           " from_utc TEXT PRIMARY KEY,"
                           " to_utc TEXT NOT NULL,"
                           " first_id INTEGER, first_receipt TEXT, first_after INTEGER, first_cum INTEGER,"
                           " last_id INTEGER, last_receipt TEXT, last_after INTEGER, last_cum INTEGER,"
                           " charges INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_report_days_to ON report_days(to_utc)"),
            QStringLiteral("CREATE TABLE report_day_sums ("
                           " from_utc TEXT NOT NULL, status TEXT NOT NULL, product_id TEXT NOT NULL,"
                           " cashier TEXT NOT NULL, n INTEGER NOT NULL, nominal INTEGER NOT NULL,"
                           " cost INTEGER NOT NULL, collected INTEGER NOT NULL, cash_sales INTEGER NOT NULL,"
                           " cash_received INTEGER NOT NULL, change_given INTEGER NOT NULL,"
                           " owing INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_report_day_sums ON report_day_sums(from_utc)"),
            QStringLiteral("CREATE TABLE report_day_gaps ("
                           " from_utc TEXT NOT NULL, seq INTEGER NOT NULL, to_sale_id INTEGER NOT NULL,"
                           " from_sale_id INTEGER NOT NULL, to_receipt TEXT NOT NULL,"
                           " from_receipt TEXT NOT NULL, amount INTEGER NOT NULL,"
                           " PRIMARY KEY (from_utc, seq))"),
            QStringLiteral("CREATE TRIGGER report_days_drop BEFORE DELETE ON report_days BEGIN"
                           " DELETE FROM report_day_sums WHERE from_utc = OLD.from_utc;"
                           " DELETE FROM report_day_gaps WHERE from_utc = OLD.from_utc; END"),
            QStringLiteral("CREATE TRIGGER report_days_sale_i AFTER INSERT ON sales BEGIN"
                           " DELETE FROM report_days WHERE to_utc > NEW.created_utc"
                           " AND from_utc <= NEW.created_utc; END"),
            QStringLiteral("CREATE TRIGGER report_days_sale_u AFTER UPDATE ON sales BEGIN"
                           " DELETE FROM report_days WHERE to_utc > NEW.created_utc"
                           " AND from_utc <= NEW.created_utc;"
                           " DELETE FROM report_days WHERE to_utc > OLD.created_utc"
                           " AND from_utc <= OLD.created_utc; END"),
            QStringLiteral("CREATE TRIGGER report_days_sale_d AFTER DELETE ON sales BEGIN"
                           " DELETE FROM report_days WHERE to_utc > OLD.created_utc"
                           " AND from_utc <= OLD.created_utc; END"),
        },
    };
    return steps;
}

// The first schema version with the journal's id, its open writers and the send lease.
constexpr int JournalIdVersion = 4;
// How long opening waits for another process that is creating the same journal.
constexpr qint64 WalSwitchWaitMs = 5000;

QVariant moneyValue(const std::optional<Money> &m)
{
    return m ? QVariant(m->rupiah()) : QVariant();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(ReceiptStore::toStoredTime(t)) : QVariant();
}

std::optional<Money> moneyFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return Money::fromRupiah(v.toLongLong());
}

SaleRecord recordFromQuery(const QSqlQuery &q)
{
    SaleRecord r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.receiptNo = q.value(QStringLiteral("receipt_no")).toString();
    r.terminalId = q.value(QStringLiteral("terminal_id")).toString();
    r.reqId = q.value(QStringLiteral("req_id")).toString();
    r.productId = q.value(QStringLiteral("product_id")).toString();
    r.custId = q.value(QStringLiteral("cust_id")).toString();
    r.amount = Money::fromRupiah(q.value(QStringLiteral("amount")).toLongLong());
    r.inquiryUnitPrice = moneyFrom(q.value(QStringLiteral("inquiry_unit_price")));
    r.unitPrice = moneyFrom(q.value(QStringLiteral("unit_price")));
    r.sellingPrice = Money::fromRupiah(q.value(QStringLiteral("selling_price")).toLongLong());
    r.storeFee = Money::fromRupiah(q.value(QStringLiteral("store_fee")).toLongLong());
    r.cashReceived = moneyFrom(q.value(QStringLiteral("cash_received")));
    r.change = moneyFrom(q.value(QStringLiteral("change_given")));
    r.status = saleStatusFromName(q.value(QStringLiteral("status")).toString()).value_or(SaleStatus::Pending);
    r.rc = q.value(QStringLiteral("rc")).toString();
    r.description = q.value(QStringLiteral("description")).toString();
    r.message = q.value(QStringLiteral("message")).toString();
    r.refId = q.value(QStringLiteral("ref_id")).toString();
    r.serialNo = q.value(QStringLiteral("serial_no")).toString();
    r.balanceUsed = moneyFrom(q.value(QStringLiteral("balance_used")));
    r.balanceAfter = moneyFrom(q.value(QStringLiteral("balance_after")));
    r.cashier = q.value(QStringLiteral("cashier")).toString();
    r.createdUtc = ReceiptStore::fromStoredTime(q.value(QStringLiteral("created_utc")).toString());
    r.updatedUtc = ReceiptStore::fromStoredTime(q.value(QStringLiteral("updated_utc")).toString());
    r.completedUtc = ReceiptStore::fromStoredTime(q.value(QStringLiteral("completed_utc")).toString());
    r.attempts = q.value(QStringLiteral("attempts")).toInt();
    r.lastError = q.value(QStringLiteral("last_error")).toString();
    r.printedCount = q.value(QStringLiteral("printed_count")).toInt();
    r.flagged = q.value(QStringLiteral("flagged")).toInt() != 0;
    r.flagReason = q.value(QStringLiteral("flag_reason")).toString();
    r.nextCheckUtc = ReceiptStore::fromStoredTime(q.value(QStringLiteral("next_check_utc")).toString());
    return r;
}

bool isFinal(SaleStatus s)
{
    return s == SaleStatus::Success || s == SaleStatus::Failed || s == SaleStatus::Rejected;
}

// The one list of the row's columns: INSERT writes all of them, UPDATE (updateResult) those
// marked as outcome. Request fields, the attempt count (claimSend owns it) and the print count
// are written once.
struct Column
{
    const char *name;
    bool outcome;
    QVariant (*value)(const SaleRecord &r);
};

const Column kColumns[] = {
    { "receipt_no", false, [](const SaleRecord &r) { return QVariant(r.receiptNo); } },
    { "terminal_id", false, [](const SaleRecord &r) { return QVariant(r.terminalId); } },
    { "req_id", false, [](const SaleRecord &r) { return QVariant(r.reqId); } },
    { "product_id", false, [](const SaleRecord &r) { return QVariant(r.productId); } },
    { "cust_id", false, [](const SaleRecord &r) { return QVariant(r.custId); } },
    { "amount", false, [](const SaleRecord &r) { return QVariant(r.amount.rupiah()); } },
    { "request_digest", false, [](const SaleRecord &r) { return QVariant(ReceiptStore::requestDigest(r)); } },
    { "cashier", false, [](const SaleRecord &r) { return QVariant(text(r.cashier)); } },
    { "created_utc", false,
        [](const SaleRecord &r) { return QVariant(ReceiptStore::toStoredTime(r.createdUtc)); } },
    { "attempts", false, [](const SaleRecord &r) { return QVariant(r.attempts); } },
    { "printed_count", false, [](const SaleRecord &r) { return QVariant(r.printedCount); } },
    { "inquiry_unit_price", true, [](const SaleRecord &r) { return moneyValue(r.inquiryUnitPrice); } },
    { "unit_price", true, [](const SaleRecord &r) { return moneyValue(r.unitPrice); } },
    { "selling_price", true, [](const SaleRecord &r) { return QVariant(r.sellingPrice.rupiah()); } },
    { "store_fee", true, [](const SaleRecord &r) { return QVariant(r.storeFee.rupiah()); } },
    { "cash_received", true, [](const SaleRecord &r) { return moneyValue(r.cashReceived); } },
    { "change_given", true, [](const SaleRecord &r) { return moneyValue(r.change); } },
    { "status", true, [](const SaleRecord &r) { return QVariant(saleStatusName(r.status)); } },
    { "rc", true, [](const SaleRecord &r) { return QVariant(text(r.rc)); } },
    { "description", true, [](const SaleRecord &r) { return QVariant(text(r.description)); } },
    { "message", true, [](const SaleRecord &r) { return QVariant(text(r.message)); } },
    { "ref_id", true, [](const SaleRecord &r) { return QVariant(text(r.refId)); } },
    { "serial_no", true, [](const SaleRecord &r) { return QVariant(text(r.serialNo)); } },
    { "balance_used", true, [](const SaleRecord &r) { return moneyValue(r.balanceUsed); } },
    { "balance_after", true, [](const SaleRecord &r) { return moneyValue(r.balanceAfter); } },
    { "updated_utc", true,
        [](const SaleRecord &r) { return QVariant(ReceiptStore::toStoredTime(r.updatedUtc)); } },
    { "completed_utc", true, [](const SaleRecord &r) { return timeValue(r.completedUtc); } },
    { "last_error", true, [](const SaleRecord &r) { return QVariant(text(r.lastError)); } },
    { "flagged", true, [](const SaleRecord &r) { return QVariant(r.flagged ? 1 : 0); } },
    { "flag_reason", true, [](const SaleRecord &r) { return QVariant(text(r.flagReason)); } },
    { "next_check_utc", true, [](const SaleRecord &r) { return timeValue(r.nextCheckUtc); } },
};

QString insertSql()
{
    QStringList names;
    QStringList marks;
    for (const Column &c : kColumns) {
        names << QLatin1String(c.name);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO sales (%1) VALUES (%2)")
        .arg(names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

// The outcome columns, then this store's lease ended; binds: outcome values..., holder, holder, id.
QString updateSql()
{
    QStringList sets;
    for (const Column &c : kColumns) {
        if (c.outcome)
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(c.name));
    }
    sets << QStringLiteral("lease_holder = CASE WHEN lease_holder = ? THEN '' ELSE lease_holder END")
         << QStringLiteral("lease_until_utc = CASE WHEN lease_holder = ? THEN NULL ELSE lease_until_utc END");
    return QStringLiteral("UPDATE sales SET %1 WHERE id = ?").arg(sets.join(QLatin1String(", ")));
}

int bindColumns(QSqlQuery &q, const SaleRecord &r, bool outcomeOnly)
{
    int i = 0;
    for (const Column &c : kColumns) {
        if (!outcomeOnly || c.outcome)
            q.bindValue(i++, c.value(r));
    }
    return i;
}

// What the reader of a message should do about each problem.
QString advice(JournalProblem problem)
{
    switch (problem) {
    case JournalProblem::Damaged:
    case JournalProblem::NotAJournal:
        return QStringLiteral(
            "Writes are refused and the file is left as it is; restore a backup or call support.");
    case JournalProblem::DiskFull:
        return QStringLiteral("The disk is full: free some space; nothing was written.");
    case JournalProblem::ReadOnlyFile:
        return QStringLiteral(
            "The file is read-only: sales can be looked at, but nothing can be sold or re-checked "
            "until it is writable again.");
    case JournalProblem::ReadOnlyFolder:
        return QStringLiteral(
            "Its folder is read-only (the journal needs to make its -wal and -shm files there): "
            "sales can be looked at, but nothing can be sold or re-checked.");
    case JournalProblem::ReadOnlyFileSystem:
        return QStringLiteral(
            "The file system is mounted read-only: sales can be looked at, but nothing can be "
            "sold or re-checked.");
    case JournalProblem::PermissionDenied:
        return QStringLiteral("Permission denied: the program's user may not use this file or folder.");
    case JournalProblem::Busy:
        return QStringLiteral("Another program holds the journal's write lock; try again.");
    case JournalProblem::IoError:
        return QStringLiteral("The device reported an I/O error; check the disk.");
    default:
        return QString();
    }
}

// The problem an access(2) / open(2) errno stands for.
JournalProblem problemFromErrno(int error, JournalProblem forAccessDenied)
{
    switch (error) {
    case EROFS:
        return JournalProblem::ReadOnlyFileSystem;
    case EACCES:
    case EPERM:
        return forAccessDenied;
    case ENOSPC:
    case EDQUOT:
        return JournalProblem::DiskFull;
    case EIO:
        return JournalProblem::IoError;
    default:
        return JournalProblem::Other;
    }
}

} // namespace

ReceiptStore::ReceiptStore(const QString &path, Clock *clock)
    : m_path(path)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_holder(ProcessIdentity::acquire())
{ }

ReceiptStore::~ReceiptStore()
{
    close();
    ProcessIdentity::release(m_holder);
}

QString ReceiptStore::toStoredTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime ReceiptStore::fromStoredTime(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString ReceiptStore::requestDigest(const SaleRecord &record)
{
    // One field per line; none of them can hold a line break (checked before sending).
    const QString canonical = QStringLiteral("kasir-request-v1\n%1\n%2\n%3\n%4")
                                  .arg(record.reqId, record.productId, record.custId)
                                  .arg(record.amount.rupiah());
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void ReceiptStore::setError(const QString &error) const
{
    m_lastError = error;
    qCWarning(lcStore).noquote() << error;
}

void ReceiptStore::fail(JournalProblem problem, const QString &error)
{
    m_problem = problem;
    setError(error);
}

void ReceiptStore::sqlFailure(const QString &what, const QSqlError &error) const
{
    JournalProblem problem = journalProblemFromSqlError(error);
    if (problem == JournalProblem::IoError || problem == JournalProblem::DiskFull) {
        // SQLite reports a full disk as an I/O error when the -shm or -wal file cannot grow.
        struct statvfs fs;
        if (::statvfs(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), &fs) == 0
            && quint64(fs.f_bavail) * fs.f_frsize < quint64(64) * 1024)
            problem = JournalProblem::DiskFull;
    }
    m_problem = problem;
    QString message = QStringLiteral("%1: %2").arg(what, error.text());
    if (isCorruption(problem)) {
        // SQLite found damage while working: nothing more is written to this file.
        m_damaged = true;
        m_writable = false;
        message = QStringLiteral("The receipt journal %1 is damaged (%2: %3). %4")
                      .arg(m_path, what, error.text(), advice(problem));
    } else if (!advice(problem).isEmpty()) {
        message += QStringLiteral(". ") + advice(problem);
    }
    setError(message);
}

bool ReceiptStore::openConnection(bool readOnly, bool immutable)
{
    m_connectionName = QStringLiteral("kasir-store-%1").arg(++s_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList connectOptions;
    if (immutable) {
        // A read-only medium where SQLite cannot make the -shm file: read the file as it is.
        m_db.setDatabaseName(
            QStringLiteral("file:%1?immutable=1")
                .arg(QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(m_path).absoluteFilePath(), "/"))));
        connectOptions << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (readOnly)
        connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!m_db.open()) {
        sqlFailure(QStringLiteral("Cannot open the receipt journal %1").arg(m_path), m_db.lastError());
        closeConnection();
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")) || !q.next() || q.value(0).toInt() != 5000) {
        // Without it a second process would see "database is locked" at once.
        sqlFailure(QStringLiteral("Cannot set the busy timeout of %1").arg(m_path), q.lastError());
        closeConnection();
        return false;
    }
    return true;
}

void ReceiptStore::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_open = false;
    m_writable = false;
}

void ReceiptStore::close()
{
    unregisterWriter();
    closeConnection();
}

bool ReceiptStore::applyPragmas()
{
    // busy_timeout is set in openConnection(). Each one is checked by reading it back.
    // Switching a new journal to WAL needs a moment alone with the file, and SQLite answers
    // "busy" at once (without waiting) while another process creates the same journal: try again
    // for a bounded time. An existing WAL journal answers at once.
    QSqlQuery q(m_db);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        const bool busy = q.lastError().nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
        if (!busy || waited.elapsed() > WalSwitchWaitMs) {
            sqlFailure(QStringLiteral("Cannot switch the receipt journal %1 to WAL mode").arg(m_path),
                q.lastError());
            return false;
        }
        q.finish();
        QThread::msleep(20);
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        sqlFailure(QStringLiteral("Cannot set the pragmas of %1").arg(m_path), q.lastError());
        return false;
    }
    return true;
}

bool ReceiptStore::quickCheck(QString *detail)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = q.lastError().text();
        return false;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    if (q.lastError().isValid()) {
        *detail = q.lastError().text();
        return false;
    }
    if (lines == QStringList { QStringLiteral("ok") })
        return true;
    *detail = lines.isEmpty() ? QStringLiteral("no answer") : lines.mid(0, 5).join(QLatin1String("; "));
    return false;
}

bool ReceiptStore::verifyIntegrity()
{
    if (!m_db.isOpen()) {
        fail(JournalProblem::Other, QStringLiteral("The receipt journal %1 is not open").arg(m_path));
        return false;
    }
    QString detail;
    if (quickCheck(&detail))
        return true;
    markDamaged(detail);
    return false;
}

void ReceiptStore::markDamaged(const QString &detail)
{
    m_damaged = true;
    m_writable = false;
    fail(JournalProblem::Damaged,
        QStringLiteral("The receipt journal %1 failed its integrity check (quick_check: %2). %3")
            .arg(m_path, detail, advice(JournalProblem::Damaged)));
}

bool ReceiptStore::backupTo(const QString &destination)
{
    if (!verifyIntegrity())
        return false;
    if (QFileInfo::exists(destination)) {
        fail(JournalProblem::Other,
            QStringLiteral("The backup file %1 already exists; nothing was written").arg(destination));
        return false;
    }
    const QByteArray target = QFile::encodeName(destination);
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        const JournalProblem problem = problemFromErrno(error, JournalProblem::PermissionDenied);
        fail(problem,
            QStringLiteral("Cannot create the backup file %1: %2. %3")
                .arg(destination, QString::fromLocal8Bit(std::strerror(error)), advice(problem)));
        return false;
    }
    ::close(fd);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(destination);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot write the backup %1").arg(destination), q.lastError());
        QFile::remove(destination);
        return false;
    }
    return true;
}

int ReceiptStore::schemaVersion() const
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool ReceiptStore::migrate()
{
    const QList<QStringList> &steps = migrationSteps();
    const int from = schemaVersion();
    if (from < 0) {
        setError(QStringLiteral("Cannot read the schema version of %1").arg(m_path));
        return false;
    }
    for (int v = from; v < steps.size(); ++v) {
        SqlTransaction tx(m_db);
        if (!tx.isActive()) {
            sqlFailure(
                QStringLiteral("Cannot start the migration of %1 to version %2").arg(m_path).arg(v + 1),
                tx.sqlError());
            return false;
        }
        QSqlQuery q(m_db);
        // Another process may have created or migrated the same new journal since the version
        // was read: under the write lock, the version is read again and finished steps skipped.
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            sqlFailure(QStringLiteral("Cannot read the schema version of %1").arg(m_path), q.lastError());
            return false;
        }
        const int current = q.value(0).toInt();
        q.finish();
        if (current > v) {
            tx.commit();
            v = current - 1;
            continue;
        }
        for (const QString &statement : steps.at(v)) {
            if (!q.exec(statement)) {
                sqlFailure(QStringLiteral("Migration of %1 to schema version %2 failed and was rolled back")
                               .arg(m_path)
                               .arg(v + 1),
                    q.lastError());
                return false; // tx rolls back the whole step
            }
        }
        // PRAGMA cannot take a bound value; v is our own integer.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !tx.commit()) {
            sqlFailure(QStringLiteral("Migration of %1 to schema version %2 could not be committed")
                           .arg(m_path)
                           .arg(v + 1),
                tx.sqlError().isValid() ? tx.sqlError() : q.lastError());
            return false;
        }
        qCInfo(lcStore) << "receipt database migrated to schema version" << v + 1;
    }
    return true;
}

// Reads (never writes) an existing journal over the current read-only connection: its version,
// its id and its open writers. Decides whether the full check is due.
bool ReceiptStore::inspectExisting(const JournalOpenOptions &options, bool *needFullCheck)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        sqlFailure(QStringLiteral("Cannot read the receipt journal %1").arg(m_path), q.lastError());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        m_open = true;
        fail(JournalProblem::NewerSchema,
            QStringLiteral("The receipt journal %1 has schema version %2, newer than this program "
                           "understands (%3). Writes are refused; update the program.")
                .arg(m_path)
                .arg(version)
                .arg(SchemaVersion));
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sales'")) || !q.next()) {
        sqlFailure(QStringLiteral("Cannot read the receipt journal %1").arg(m_path), q.lastError());
        return false;
    }
    if (q.value(0).toInt() == 0 && version > 0) {
        fail(JournalProblem::NotAJournal,
            QStringLiteral("%1 is an SQLite file but not a receipt journal (no sales table). %2")
                .arg(m_path, advice(JournalProblem::NotAJournal)));
        return false;
    }
    q.finish();

    *needFullCheck = options.fullCheck || version < JournalIdVersion; // older programs' journals: once
    if (version >= JournalIdVersion) {
        if (!q.exec(QStringLiteral("SELECT value FROM journal_meta WHERE name = 'journal_id'"))) {
            sqlFailure(
                QStringLiteral("Cannot read the id of the receipt journal %1").arg(m_path), q.lastError());
            return false;
        }
        if (q.next())
            m_journalId = q.value(0).toString();
        q.finish();
        if (!q.exec(QStringLiteral("SELECT holder FROM journal_writers"))) {
            sqlFailure(QStringLiteral("Cannot read the open writers of the receipt journal %1").arg(m_path),
                q.lastError());
            return false;
        }
        while (q.next()) {
            if (ProcessIdentity::isKnownDead(q.value(0).toString())) {
                qCInfo(lcStore) << "the receipt journal was not closed cleanly by" << q.value(0).toString()
                                << "- running the full integrity check";
                *needFullCheck = true;
            }
        }
        q.finish();
    }
    if (!options.expectedJournalId.isEmpty() && !m_journalId.isEmpty()
        && m_journalId != options.expectedJournalId) {
        fail(JournalProblem::Replaced,
            QStringLiteral(
                "The file %1 is not the receipt journal this computer used there (journal id %2, "
                "expected %3): it was replaced. Nothing was read or written. Put the right journal "
                "back (see the backups), or accept this file deliberately with "
                "\"kasir-ewallet-cli journal adopt\".")
                .arg(m_path, m_journalId, options.expectedJournalId));
        return false;
    }
    return true;
}

bool ReceiptStore::registerWriter()
{
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        sqlFailure(QStringLiteral("Cannot start a write on %1").arg(m_path), tx.sqlError());
        return false;
    }
    QSqlQuery q(m_db);
    QStringList dead;
    if (!q.exec(QStringLiteral("SELECT holder FROM journal_writers"))) {
        sqlFailure(QStringLiteral("Cannot read the open writers of %1").arg(m_path), q.lastError());
        return false;
    }
    while (q.next()) {
        if (ProcessIdentity::isKnownDead(q.value(0).toString()))
            dead << q.value(0).toString();
    }
    q.finish();
    for (const QString &holder : std::as_const(dead)) {
        q.prepare(QStringLiteral("DELETE FROM journal_writers WHERE holder = ?"));
        q.bindValue(0, holder);
        if (!q.exec()) {
            sqlFailure(QStringLiteral("Cannot clear a stale writer of %1").arg(m_path), q.lastError());
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO journal_writers (holder, started_utc) VALUES (?, ?)"));
    q.bindValue(0, m_holder);
    q.bindValue(1, toStoredTime(m_clock->nowUtc()));
    if (!q.exec() || !tx.commit()) {
        sqlFailure(QStringLiteral("Cannot record this writer on %1").arg(m_path),
            tx.sqlError().isValid() ? tx.sqlError() : q.lastError());
        return false;
    }
    m_writerRegistered = true;
    return true;
}

void ReceiptStore::unregisterWriter()
{
    if (!m_writerRegistered || !m_db.isOpen())
        return;
    m_writerRegistered = false;
    if (!m_writable)
        return; // a damaged journal is not written, not even to say goodbye
    SqlTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sales SET lease_holder = '', lease_until_utc = NULL"
                             " WHERE status IN ('PAYING', 'PENDING') AND lease_holder = ?"));
    q.bindValue(0, m_holder);
    const bool released = tx.isActive() && q.exec();
    q.prepare(QStringLiteral("DELETE FROM journal_writers WHERE holder = ?"));
    q.bindValue(0, m_holder);
    if (!released || !q.exec() || !tx.commit())
        qCWarning(lcStore) << "cannot unregister this writer on" << m_path << q.lastError().text();
}

void ReceiptStore::restrictPermissions()
{
    // Customer numbers are personal data: the journal and its -wal/-shm files are the owner's only.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString file = m_path + suffix;
        struct stat st;
        if (::stat(QFile::encodeName(file).constData(), &st) != 0 || st.st_uid != ::geteuid())
            continue;
        if ((st.st_mode & 077) != 0)
            ::chmod(QFile::encodeName(file).constData(), st.st_mode & 0700 & ~0100);
    }
}

bool ReceiptStore::open()
{
    return open(JournalOpenOptions());
}

bool ReceiptStore::open(const JournalOpenOptions &options)
{
    close();
    m_lastError.clear();
    m_problem = JournalProblem::None;
    m_damaged = false;
    m_readFailed = false;
    m_ranFullCheck = false;
    m_journalId.clear();

    if (m_path.isEmpty()) {
        fail(JournalProblem::Other, QStringLiteral("No receipt journal path given"));
        return false;
    }
    const QFileInfo info(m_path);
    const QByteArray nativePath = QFile::encodeName(info.absoluteFilePath());
    const QByteArray nativeFolder = QFile::encodeName(info.absolutePath());
    struct stat st;
    const bool exists = ::stat(nativePath.constData(), &st) == 0;
    if (!exists && errno != ENOENT && errno != ENOTDIR) {
        // Not "missing": the path cannot be looked at (a folder on the way is not ours to enter).
        const int error = errno;
        const JournalProblem problem = problemFromErrno(error, JournalProblem::PermissionDenied);
        fail(problem,
            QStringLiteral("Cannot reach the receipt journal %1: %2. %3")
                .arg(m_path, QString::fromLocal8Bit(std::strerror(error)), advice(problem)));
        return false;
    }
    const bool empty = exists && st.st_size == 0;

    if (!exists || empty) {
        if (!options.expectedJournalId.isEmpty()) {
            fail(JournalProblem::Vanished,
                QStringLiteral(
                    "The receipt journal %1 %2, but this computer kept its sales there (journal id "
                    "%3). Nothing was created. Restore the journal from a backup, or start a new one "
                    "deliberately with \"kasir-ewallet-cli journal init --fresh\".")
                    .arg(m_path, exists ? QStringLiteral("is empty (0 bytes)") : QStringLiteral("is missing"),
                        options.expectedJournalId));
            return false;
        }
        if (options.readOnly || !options.create) {
            if (exists)
                fail(JournalProblem::Empty,
                    QStringLiteral("The receipt journal %1 is empty (0 bytes)").arg(m_path));
            else
                fail(JournalProblem::Missing, QStringLiteral("no journal at %1").arg(m_path));
            return false;
        }
        // A new journal: its folder 0700 when made here, the file 0600 before SQLite opens it.
        QStringList missingFolders;
        for (QString folder = info.absolutePath(); !QFileInfo::exists(folder);) {
            missingFolders.prepend(folder);
            const QString parent = QFileInfo(folder).absolutePath();
            if (parent == folder)
                break;
            folder = parent;
        }
        for (const QString &folder : std::as_const(missingFolders)) {
            if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
                const int error = errno;
                const JournalProblem problem = problemFromErrno(error, JournalProblem::PermissionDenied);
                fail(problem,
                    QStringLiteral("Cannot create the folder %1 for the receipt journal: %2. %3")
                        .arg(folder, QString::fromLocal8Bit(std::strerror(error)), advice(problem)));
                return false;
            }
        }
        if (!exists) {
            const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0 && errno != EEXIST) {
                const int error = errno;
                const JournalProblem problem = problemFromErrno(error, JournalProblem::ReadOnlyFolder);
                fail(problem,
                    QStringLiteral("Cannot create the receipt journal %1: %2. %3")
                        .arg(m_path, QString::fromLocal8Bit(std::strerror(error)), advice(problem)));
                return false;
            }
            if (fd >= 0)
                ::close(fd);
        }
    } else {
        if (::access(nativePath.constData(), R_OK) != 0) {
            const int error = errno;
            fail(JournalProblem::PermissionDenied,
                QStringLiteral("Cannot read the receipt journal %1: %2. %3")
                    .arg(m_path, QString::fromLocal8Bit(std::strerror(error)),
                        advice(JournalProblem::PermissionDenied)));
            return false;
        }
        // Look before touching: an existing file is first read over a read-only connection, so
        // that a damaged or foreign journal is never modified (not even by a WAL switch).
        bool immutable = false;
        bool needFullCheck = false;
        bool inspected = openConnection(true) && inspectExisting(options, &needFullCheck);
        struct stat wal;
        const bool walHasContent
            = ::stat(QFile::encodeName(m_path + QStringLiteral("-wal")).constData(), &wal) == 0
            && wal.st_size > 0;
        const bool cannotMakeShm
            = ((m_problem == JournalProblem::PermissionDenied || m_problem == JournalProblem::ReadOnlyFile)
                  && ::access(nativeFolder.constData(), W_OK) != 0)
            || m_problem == JournalProblem::DiskFull;
        if (!inspected && cannotMakeShm && !walHasContent) {
            // On a read-only medium or a full disk SQLite cannot make the -shm file a WAL
            // journal needs even for reading. Closed cleanly (no WAL content), the file alone
            // holds everything: read it as it is.
            closeConnection();
            m_lastError.clear();
            m_problem = JournalProblem::None;
            immutable = true;
            inspected = openConnection(true, true) && inspectExisting(options, &needFullCheck);
        }
        if (!inspected) {
            if (isCorruption(m_problem) || m_problem == JournalProblem::NewerSchema)
                m_open = true; // reads are attempted; they may fail on damaged pages
            else
                closeConnection();
            return false;
        }
        if (needFullCheck) {
            m_ranFullCheck = true;
            QString detail;
            if (!quickCheck(&detail)) {
                m_open = true;
                markDamaged(detail);
                return false;
            }
        }
        if (options.readOnly) {
            m_open = true;
            return true;
        }
        // Writable? Told apart: the file, its folder (for -wal/-shm), the file system.
        JournalProblem cannotWrite = JournalProblem::None;
        int error = 0;
        if (::access(nativePath.constData(), W_OK) != 0) {
            error = errno;
            cannotWrite = problemFromErrno(error, JournalProblem::ReadOnlyFile);
        } else if (::access(nativeFolder.constData(), W_OK | X_OK) != 0) {
            error = errno;
            cannotWrite = problemFromErrno(error, JournalProblem::ReadOnlyFolder);
        } else if (immutable) {
            cannotWrite = JournalProblem::ReadOnlyFolder;
        }
        if (cannotWrite != JournalProblem::None) {
            m_open = true; // the rows can be read
            fail(cannotWrite,
                QStringLiteral("The receipt journal %1 cannot be written%2. %3")
                    .arg(m_path,
                        error ? QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(error)))
                              : QString(),
                        advice(cannotWrite)));
            return false;
        }
        closeConnection();
    }

    if (!openConnection(false))
        return false;
    m_open = true;
    if (!applyPragmas() || !migrate()) {
        m_writable = false;
        return false;
    }
    restrictPermissions();
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT value FROM journal_meta WHERE name = 'journal_id'"))
            || !q.next()) {
            sqlFailure(
                QStringLiteral("Cannot read the id of the receipt journal %1").arg(m_path), q.lastError());
            return false;
        }
        m_journalId = q.value(0).toString();
    }
    if (!options.expectedJournalId.isEmpty() && m_journalId != options.expectedJournalId) {
        // A journal of an older program got its id just now: it cannot be the one expected.
        fail(JournalProblem::Replaced,
            QStringLiteral(
                "The file %1 is not the receipt journal this computer used there (expected journal "
                "id %2). Put the right journal back (see the backups), or accept this file "
                "deliberately with \"kasir-ewallet-cli journal adopt\".")
                .arg(m_path, options.expectedJournalId));
        return false;
    }
    m_writable = true;
    if (!registerWriter()) {
        m_writable = false;
        return false;
    }
    return true;
}

bool ReceiptStore::refuseWrite()
{
    if (m_writable && !m_damaged)
        return false;
    if (m_lastError.isEmpty() || !m_open)
        m_lastError = QStringLiteral("The receipt journal %1 is not open for writing").arg(m_path);
    // Keep the original reason (e.g. the failed quick_check) in lastError().
    qCWarning(lcStore).noquote() << "write refused:" << m_lastError;
    return true;
}

bool ReceiptStore::insertSale(SaleRecord *record, const QString &terminalId)
{
    return insertSaleGuarded(record, terminalId, nullptr);
}

bool ReceiptStore::insertSaleUnlessDuplicate(SaleRecord *record, const QString &terminalId,
    const QDateTime &sinceUtc, std::optional<SaleRecord> *duplicate)
{
    duplicate->reset();
    return insertSaleGuarded(record, terminalId, [&] {
        m_lastError.clear();
        const QList<SaleRecord> earlier
            = recentDuplicates(record->productId, record->custId, record->amount, sinceUtc);
        if (!m_lastError.isEmpty())
            return false; // could not look: refuse, the error says why
        if (earlier.isEmpty())
            return true;
        *duplicate = earlier.first();
        return false;
    });
}

bool ReceiptStore::insertSaleGuarded(
    SaleRecord *record, const QString &terminalId, const std::function<bool()> &mayInsert)
{
    if (refuseWrite())
        return false;
    static const QRegularExpression terminalPattern(QStringLiteral("^[A-Za-z0-9_]{1,16}$"));
    if (!terminalPattern.match(terminalId).hasMatch()) {
        setError(QStringLiteral("Invalid terminal id \"%1\" (1-16 letters, digits or _)").arg(terminalId));
        return false;
    }
    const QDateTime now = m_clock->nowUtc();
    if (!record->createdUtc.isValid())
        record->createdUtc = now;
    if (!record->updatedUtc.isValid())
        record->updatedUtc = record->createdUtc;
    const QString day = record->createdUtc.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));

    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        sqlFailure(QStringLiteral("Cannot start a write on %1").arg(m_path), tx.sqlError());
        return false;
    }
    if (mayInsert && !mayInsert())
        return false; // tx rolls back; nothing was written
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO receipt_sequence (terminal_id, day, last_seq) "
                             "VALUES (:terminal, :day, 1) "
                             "ON CONFLICT (terminal_id, day) DO UPDATE SET last_seq = last_seq + 1"));
    q.bindValue(QStringLiteral(":terminal"), terminalId);
    q.bindValue(QStringLiteral(":day"), day);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot allocate a receipt number"), q.lastError());
        return false;
    }
    q.prepare(QStringLiteral("SELECT last_seq FROM receipt_sequence WHERE terminal_id = :terminal "
                             "AND day = :day"));
    q.bindValue(QStringLiteral(":terminal"), terminalId);
    q.bindValue(QStringLiteral(":day"), day);
    if (!q.exec() || !q.next()) {
        sqlFailure(QStringLiteral("Cannot read the receipt sequence"), q.lastError());
        return false;
    }
    const qint64 seq = q.value(0).toLongLong();
    q.finish();

    SaleRecord row = *record;
    row.receiptNo = QStringLiteral("%1-%2-%3").arg(terminalId, day).arg(seq, 4, 10, QLatin1Char('0'));
    row.terminalId = terminalId;
    q.prepare(insertSql());
    bindColumns(q, row, false);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot record the sale %1").arg(record->reqId), q.lastError());
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (!tx.commit()) {
        sqlFailure(QStringLiteral("Cannot commit the sale %1").arg(record->reqId), tx.sqlError());
        return false;
    }
    record->id = id;
    record->receiptNo = row.receiptNo;
    record->terminalId = terminalId;
    qCDebug(lcStore) << "recorded" << row.receiptNo << saleStatusName(record->status) << record->reqId;
    return true;
}

SendClaim ReceiptStore::claimSend(
    qint64 id, const QDateTime &untilUtc, SaleRecord *record, QDateTime *leaseUntilUtc)
{
    if (refuseWrite())
        return SendClaim::Refused;
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        sqlFailure(
            QStringLiteral("Cannot start the claim of sale %1 on %2").arg(id).arg(m_path), tx.sqlError());
        return SendClaim::Refused;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM sales WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot read sale %1 to claim it").arg(id), q.lastError());
        return SendClaim::Refused;
    }
    if (!q.next()) {
        setError(QStringLiteral("No sale with id %1 to send").arg(id));
        return SendClaim::Refused;
    }
    SaleRecord r = recordFromQuery(q);
    const QString storedDigest = q.value(QStringLiteral("request_digest")).toString();
    const QString holder = q.value(QStringLiteral("lease_holder")).toString();
    const QDateTime until = fromStoredTime(q.value(QStringLiteral("lease_until_utc")).toString());
    q.finish();
    *record = r;
    if (!r.isUnresolved())
        return SendClaim::Settled;

    if (!storedDigest.isEmpty() && storedDigest != requestDigest(r)) {
        const QString reason = QStringLiteral("the stored request (req_id, product, number, amount) does not "
                                              "match its digest: the journal row is damaged; never re-sent");
        q.prepare(
            QStringLiteral("UPDATE sales SET flagged = 1, flag_reason = ?, last_error = ? WHERE id = ?"));
        q.bindValue(0, reason);
        q.bindValue(1, reason);
        q.bindValue(2, id);
        if (!q.exec() || !tx.commit())
            sqlFailure(QStringLiteral("Cannot flag the damaged sale %1").arg(id), q.lastError());
        record->flagged = true;
        record->flagReason = reason;
        record->lastError = reason;
        setError(QStringLiteral("Sale %1 (%2): %3").arg(QString::number(id), r.receiptNo, reason));
        return SendClaim::Damaged;
    }

    const QDateTime now = m_clock->nowUtc();
    if (!holder.isEmpty() && holder != m_holder && until.isValid() && until > now
        && !ProcessIdentity::isKnownDead(holder)) {
        if (leaseUntilUtc)
            *leaseUntilUtc = until;
        qCInfo(lcStore) << "sale" << r.receiptNo << "is being sent by" << holder << "until"
                        << toStoredTime(until) << "- not sending it here";
        return SendClaim::HeldElsewhere;
    }

    q.prepare(QStringLiteral("UPDATE sales SET attempts = attempts + 1, lease_holder = ?, lease_until_utc = ?"
                             " WHERE id = ?"));
    q.bindValue(0, m_holder);
    q.bindValue(1, toStoredTime(untilUtc));
    q.bindValue(2, id);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot claim sale %1 for sending").arg(r.reqId), q.lastError());
        return SendClaim::Refused;
    }
    if (!tx.commit()) {
        sqlFailure(QStringLiteral("Cannot commit the claim of sale %1").arg(r.reqId), tx.sqlError());
        return SendClaim::Refused;
    }
    record->attempts = r.attempts + 1;
    return SendClaim::Claimed;
}

bool ReceiptStore::flagSale(qint64 id, const QString &reason)
{
    if (refuseWrite())
        return false;
    SqlTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sales SET flagged = 1, flag_reason = ?, last_error = ?, updated_utc = ?"
                             " WHERE id = ?"));
    q.bindValue(0, reason);
    q.bindValue(1, reason);
    q.bindValue(2, toStoredTime(m_clock->nowUtc()));
    q.bindValue(3, id);
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        sqlFailure(QStringLiteral("Cannot flag sale %1").arg(id),
            tx.sqlError().isValid() ? tx.sqlError() : q.lastError());
        return false;
    }
    return true;
}

bool ReceiptStore::updateResult(const SaleRecord &record)
{
    if (refuseWrite())
        return false;
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        sqlFailure(QStringLiteral("Cannot start a write on %1").arg(m_path), tx.sqlError());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM sales WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), record.id);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot read sale %1 to update it").arg(record.id), q.lastError());
        return false;
    }
    if (!q.next()) {
        setError(QStringLiteral("No sale with id %1 to update").arg(record.id));
        return false;
    }
    const std::optional<SaleStatus> current = saleStatusFromName(q.value(0).toString());
    q.finish();
    if (current && isFinal(*current) && *current != record.status) {
        setError(
            QStringLiteral("Sale %1 is already %2; refusing to change it to %3")
                .arg(QString::number(record.id), saleStatusName(*current), saleStatusName(record.status)));
        return false;
    }
    SaleRecord row = record;
    if (!row.updatedUtc.isValid())
        row.updatedUtc = m_clock->nowUtc();
    q.prepare(updateSql());
    int i = bindColumns(q, row, true);
    q.bindValue(i++, m_holder);
    q.bindValue(i++, m_holder);
    q.bindValue(i++, record.id);
    if (!q.exec()) {
        sqlFailure(QStringLiteral("Cannot update sale %1").arg(record.reqId), q.lastError());
        return false;
    }
    if (!tx.commit()) {
        sqlFailure(QStringLiteral("Cannot commit the update of sale %1").arg(record.reqId), tx.sqlError());
        return false;
    }
    return true;
}

bool ReceiptStore::setNextCheck(qint64 id, const QDateTime &nextCheckUtc)
{
    if (refuseWrite())
        return false;
    SqlTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sales SET next_check_utc = :next WHERE id = :id"));
    q.bindValue(QStringLiteral(":next"), timeValue(nextCheckUtc));
    q.bindValue(QStringLiteral(":id"), id);
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        sqlFailure(QStringLiteral("Cannot set the next check of sale %1").arg(id),
            tx.sqlError().isValid() ? tx.sqlError() : q.lastError());
        return false;
    }
    return true;
}

bool ReceiptStore::incrementPrinted(qint64 id)
{
    if (refuseWrite())
        return false;
    SqlTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sales SET printed_count = printed_count + 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!tx.isActive() || !q.exec() || q.numRowsAffected() != 1 || !tx.commit()) {
        sqlFailure(QStringLiteral("Cannot count the print of sale %1").arg(id),
            tx.sqlError().isValid() ? tx.sqlError() : q.lastError());
        return false;
    }
    return true;
}

bool ReceiptStore::recordPrint(qint64 saleId, int copyNumber, const QString &printedBy, const QString &target,
    const QDateTime &printedUtc)
{
    if (refuseWrite())
        return false;
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        setError(QStringLiteral("Cannot start a write on %1: %2").arg(m_path, tx.lastError()));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sales SET printed_count = printed_count + 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), saleId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(QStringLiteral("Cannot count the print of sale %1: %2")
                     .arg(saleId)
                     .arg(q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such sale")));
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO receipt_prints (sale_id, copy_no, printed_utc, printed_by, target)"
                             " VALUES (:sale, :copy, :utc, :by, :target)"));
    q.bindValue(QStringLiteral(":sale"), saleId);
    q.bindValue(QStringLiteral(":copy"), qMax(0, copyNumber));
    q.bindValue(QStringLiteral(":utc"), toStoredTime(printedUtc.isValid() ? printedUtc : m_clock->nowUtc()));
    q.bindValue(QStringLiteral(":by"), text(printedBy));
    q.bindValue(QStringLiteral(":target"), text(target));
    if (!q.exec() || !tx.commit()) {
        setError(QStringLiteral("Cannot record the print of sale %1: %2")
                     .arg(saleId)
                     .arg(tx.lastError().isEmpty() ? q.lastError().text() : tx.lastError()));
        return false;
    }
    return true;
}

QList<ReceiptPrint> ReceiptStore::prints(qint64 saleId) const
{
    QList<ReceiptPrint> out;
    if (!m_open)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, sale_id, copy_no, printed_utc, printed_by, target FROM receipt_prints"
                       " WHERE sale_id = ? ORDER BY id"));
    q.bindValue(0, saleId);
    if (!q.exec()) {
        setError(QStringLiteral("Cannot read the print log: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        ReceiptPrint p;
        p.id = q.value(0).toLongLong();
        p.saleId = q.value(1).toLongLong();
        p.copyNumber = q.value(2).toInt();
        p.printedUtc = fromStoredTime(q.value(3).toString());
        p.printedBy = q.value(4).toString();
        p.target = q.value(5).toString();
        out.append(p);
    }
    return out;
}

QList<SaleRecord> ReceiptStore::select(
    const QString &where, const QVariantList &values, const QString &orderBy, int limit) const
{
    QList<SaleRecord> out;
    m_readFailed = false;
    if (!m_open) {
        m_readFailed = true;
        setError(m_lastError.isEmpty() ? QStringLiteral("The receipt journal %1 is not open").arg(m_path)
                                       : m_lastError);
        return out;
    }
    QString sql = QStringLiteral("SELECT * FROM sales");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_readFailed = true;
        sqlFailure(QStringLiteral("Cannot read the receipt journal %1").arg(m_path), q.lastError());
        return out;
    }
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (limit > 0)
        q.bindValue(i++, limit);
    if (!q.exec()) {
        m_readFailed = true;
        sqlFailure(QStringLiteral("Cannot read the receipt journal %1").arg(m_path), q.lastError());
        return out;
    }
    while (q.next())
        out.append(recordFromQuery(q));
    if (q.lastError().isValid()) {
        // A damaged page part-way: what was read is not the whole answer.
        m_readFailed = true;
        sqlFailure(QStringLiteral("Cannot read the receipt journal %1").arg(m_path), q.lastError());
        out.clear();
    }
    return out;
}

std::optional<SaleRecord> ReceiptStore::findOne(const QString &column, const QVariant &value) const
{
    // column is one of our own literals, never user input.
    const QList<SaleRecord> rows = select(column + QStringLiteral(" = ?"), { value }, QString(), 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<SaleRecord> ReceiptStore::findById(qint64 id) const
{
    return findOne(QStringLiteral("id"), id);
}

std::optional<SaleRecord> ReceiptStore::findByReceiptNo(const QString &receiptNo) const
{
    return findOne(QStringLiteral("receipt_no"), receiptNo);
}

std::optional<SaleRecord> ReceiptStore::findByReqId(const QString &reqId) const
{
    return findOne(QStringLiteral("req_id"), reqId);
}

QList<SaleRecord> ReceiptStore::unresolved() const
{
    return select(
        QStringLiteral("status IN ('PAYING', 'PENDING')"), {}, QStringLiteral("created_utc, id"), 0);
}

int ReceiptStore::unresolvedCount() const
{
    m_readFailed = false;
    if (!m_open) {
        m_readFailed = true;
        return 0;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status IN ('PAYING', 'PENDING')"))
        || !q.next()) {
        m_readFailed = true;
        sqlFailure(QStringLiteral("Cannot count unresolved sales"), q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

namespace {

// The WHERE clause of a history filter (without paging), with its values in order.
void historyWhere(const SaleHistoryFilter &filter, QStringList *where, QVariantList *values)
{
    std::optional<QDate> from = filter.localDate ? filter.localDate : filter.fromDate;
    std::optional<QDate> to = filter.localDate ? filter.localDate : filter.toDate;
    if (from) {
        where->append(QStringLiteral("created_utc >= ?"));
        values->append(ReceiptStore::toStoredTime(QDateTime(*from, QTime(0, 0), Qt::LocalTime)));
    }
    if (to) {
        where->append(QStringLiteral("created_utc < ?"));
        values->append(ReceiptStore::toStoredTime(QDateTime(to->addDays(1), QTime(0, 0), Qt::LocalTime)));
    }
    if (!filter.custId.isEmpty()) {
        where->append(QStringLiteral("cust_id = ?"));
        values->append(filter.custId);
    }
    if (filter.status) {
        where->append(QStringLiteral("status = ?"));
        values->append(saleStatusName(*filter.status));
    }
    if (!filter.productId.isEmpty()) {
        where->append(QStringLiteral("product_id = ?"));
        values->append(filter.productId.toUpper());
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // One indexed lookup per column: each is an index seek, whatever the journal's size.
        const CustomerIdResult cust = normalizeCustomerId(search);
        const QString custId = cust.ok ? cust.normalized : search;
        where->append(QStringLiteral(
            "id IN (SELECT id FROM sales WHERE cust_id = ? UNION ALL SELECT id FROM sales WHERE cust_id = ?"
            " UNION ALL SELECT id FROM sales WHERE serial_no = ? UNION ALL SELECT id FROM sales WHERE ref_id "
            "= ?"
            " UNION ALL SELECT id FROM sales WHERE receipt_no = ? UNION ALL SELECT id FROM sales WHERE "
            "receipt_no = ?"
            " UNION ALL SELECT id FROM sales WHERE req_id = ?)"));
        *values << search << custId << search << search << search << search.toUpper() << search;
    }
}

} // namespace

QList<SaleRecord> ReceiptStore::history(const SaleHistoryFilter &filter) const
{
    QStringList where;
    QVariantList values;
    historyWhere(filter, &where, &values);
    if (filter.beforeCreatedUtc.isValid()) {
        const QString before = toStoredTime(filter.beforeCreatedUtc);
        where << QStringLiteral("(created_utc < ? OR (created_utc = ? AND id < ?))");
        values << before << before << filter.beforeId;
    }
    return select(where.join(QLatin1String(" AND ")), values, QStringLiteral("created_utc DESC, id DESC"),
        filter.limit);
}

qint64 ReceiptStore::historyCount(const SaleHistoryFilter &filter, qint64 cap) const
{
    if (!m_open) {
        setError(QStringLiteral("The receipt database %1 is not open").arg(m_path));
        return -1;
    }
    QStringList where;
    QVariantList values;
    historyWhere(filter, &where, &values);
    QString sql = cap > 0 ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sales")
                          : QStringLiteral("SELECT COUNT(*) FROM sales");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    if (cap > 0) {
        sql += QStringLiteral(" LIMIT ?)");
        values << cap + 1;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(QStringLiteral("Cannot count sales: %1").arg(q.lastError().text()));
        return -1;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        setError(QStringLiteral("Cannot count sales: %1").arg(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<SaleRecord> ReceiptStore::recentDuplicates(
    const QString &productId, const QString &custId, Money amount, const QDateTime &sinceUtc) const
{
    return select(QStringLiteral("product_id = ? AND cust_id = ? AND amount = ? AND status IN "
                                 "('SUCCESS', 'PENDING', 'PAYING') AND created_utc > ?"),
        { productId, custId, amount.rupiah(), toStoredTime(sinceUtc) },
        QStringLiteral("created_utc DESC, id DESC"), 0);
}

std::optional<SaleRecord> ReceiptStore::lastSaleTo(const QString &custId) const
{
    if (custId.isEmpty())
        return std::nullopt;
    // id is the rowid, the index's own tie-breaker: the ORDER BY is the index's order.
    const QList<SaleRecord> rows
        = select(QStringLiteral("cust_id = ?"), { custId }, QStringLiteral("created_utc DESC, id DESC"), 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

} // namespace Kasir
