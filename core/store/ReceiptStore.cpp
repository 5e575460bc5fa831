#include "store/ReceiptStore.h"

#include "clock/Clock.h"
#include "customer/CustomerId.h"
#include "logging/Logging.h"
#include "store/SqlTransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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
        // v4: the manager's day: numbered end-of-day closes (immutable, with the sales each one
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
        // v5: people and the audit trail. PINs are kept only as PBKDF2 hashes with their salt and
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
    };
    return steps;
}

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
    r.status = saleStatusFromName(q.value(QStringLiteral("status")).toString())
                       .value_or(SaleStatus::Pending);
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
    r.completedUtc =
            ReceiptStore::fromStoredTime(q.value(QStringLiteral("completed_utc")).toString());
    r.attempts = q.value(QStringLiteral("attempts")).toInt();
    r.lastError = q.value(QStringLiteral("last_error")).toString();
    r.printedCount = q.value(QStringLiteral("printed_count")).toInt();
    r.flagged = q.value(QStringLiteral("flagged")).toInt() != 0;
    r.flagReason = q.value(QStringLiteral("flag_reason")).toString();
    r.nextCheckUtc =
            ReceiptStore::fromStoredTime(q.value(QStringLiteral("next_check_utc")).toString());
    return r;
}

bool isFinal(SaleStatus s)
{
    return s == SaleStatus::Success || s == SaleStatus::Failed || s == SaleStatus::Rejected;
}

} // namespace

ReceiptStore::ReceiptStore(const QString &path, Clock *clock)
    : m_path(path)
    , m_clock(clock ? clock : SystemClock::instance())
{
}

ReceiptStore::~ReceiptStore()
{
    closeConnection();
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

void ReceiptStore::setError(const QString &error) const
{
    m_lastError = error;
    qCWarning(lcStore).noquote() << error;
}

bool ReceiptStore::openConnection(bool readOnly)
{
    m_connectionName = QStringLiteral("kasir-store-%1").arg(++s_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        setError(QStringLiteral("Cannot open the receipt database %1: %2")
                         .arg(m_path, m_db.lastError().text()));
        closeConnection();
        return false;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
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

bool ReceiptStore::applyPragmas()
{
    // busy_timeout is set in openConnection(). Each one is checked by reading it back.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        setError(QStringLiteral("Cannot switch the receipt database %1 to WAL mode: %2")
                         .arg(m_path, q.lastError().text()));
        return false;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setError(QStringLiteral("Cannot set the pragmas of %1: %2").arg(m_path, q.lastError().text()));
        return false;
    }
    return true;
}

bool ReceiptStore::quickCheck(QString *detail)
{
    QSqlQuery q(m_db);
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
            setError(QStringLiteral("Cannot start the migration of %1 to version %2: %3")
                             .arg(m_path).arg(v + 1).arg(tx.lastError()));
            return false;
        }
        QSqlQuery q(m_db);
        for (const QString &statement : steps.at(v)) {
            if (!q.exec(statement)) {
                setError(QStringLiteral("Migration of %1 to schema version %2 failed and was "
                                        "rolled back: %3")
                                 .arg(m_path).arg(v + 1).arg(q.lastError().text()));
                return false; // tx rolls back the whole step
            }
        }
        // PRAGMA cannot take a bound value; v is our own integer.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !tx.commit()) {
            setError(QStringLiteral("Migration of %1 to schema version %2 could not be committed: %3")
                             .arg(m_path).arg(v + 1)
                             .arg(tx.lastError().isEmpty() ? q.lastError().text() : tx.lastError()));
            return false;
        }
        qCInfo(lcStore) << "receipt database migrated to schema version" << v + 1;
    }
    return true;
}

bool ReceiptStore::open()
{
    closeConnection();
    m_lastError.clear();

    const QFileInfo info(m_path);
    if (m_path.isEmpty()) {
        setError(QStringLiteral("No receipt database path given"));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        setError(QStringLiteral("Cannot create the folder %1 for the receipt database")
                         .arg(info.absolutePath()));
        return false;
    }

    if (info.exists() && info.size() > 0) {
        // Look before touching: an existing file is first checked over a read-only connection,
        // so that a damaged receipt database is never modified (not even by a WAL switch).
        if (!openConnection(true)) {
            m_lastError = QStringLiteral("%1. Writes are refused; the file was left as it is.")
                                  .arg(m_lastError);
            return false;
        }
        QString detail;
        if (!quickCheck(&detail)) {
            m_open = true; // reads are attempted; they may fail on damaged pages
            setError(QStringLiteral("The receipt database %1 failed its integrity check "
                                    "(quick_check: %2). Writes are refused and the file was left "
                                    "untouched; restore a backup or call support.")
                             .arg(m_path, detail));
            return false;
        }
        const int version = schemaVersion();
        if (version > SchemaVersion) {
            m_open = true;
            setError(QStringLiteral("The receipt database %1 has schema version %2, newer than "
                                    "this program understands (%3). Writes are refused; update "
                                    "the program.")
                             .arg(m_path).arg(version).arg(SchemaVersion));
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
    m_writable = true;
    return true;
}

bool ReceiptStore::refuseWrite()
{
    if (m_writable)
        return false;
    if (m_lastError.isEmpty() || !m_open)
        m_lastError = QStringLiteral("The receipt database %1 is not open for writing").arg(m_path);
    // Keep the original reason (e.g. the failed quick_check) in lastError().
    qCWarning(lcStore).noquote() << "write refused:" << m_lastError;
    return true;
}

bool ReceiptStore::insertSale(SaleRecord *record, const QString &terminalId)
{
    return insertSaleGuarded(record, terminalId, nullptr);
}

bool ReceiptStore::insertSaleUnlessDuplicate(SaleRecord *record, const QString &terminalId,
                                             const QDateTime &sinceUtc,
                                             std::optional<SaleRecord> *duplicate)
{
    duplicate->reset();
    return insertSaleGuarded(record, terminalId, [&] {
        m_lastError.clear();
        const QList<SaleRecord> earlier =
                recentDuplicates(record->productId, record->custId, record->amount, sinceUtc);
        if (!m_lastError.isEmpty())
            return false; // could not look: refuse, the error says why
        if (earlier.isEmpty())
            return true;
        *duplicate = earlier.first();
        return false;
    });
}

bool ReceiptStore::insertSaleGuarded(SaleRecord *record, const QString &terminalId,
                                     const std::function<bool()> &mayInsert)
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
        setError(QStringLiteral("Cannot start a write on %1: %2").arg(m_path, tx.lastError()));
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
        setError(QStringLiteral("Cannot allocate a receipt number: %1").arg(q.lastError().text()));
        return false;
    }
    q.prepare(QStringLiteral("SELECT last_seq FROM receipt_sequence WHERE terminal_id = :terminal "
                             "AND day = :day"));
    q.bindValue(QStringLiteral(":terminal"), terminalId);
    q.bindValue(QStringLiteral(":day"), day);
    if (!q.exec() || !q.next()) {
        setError(QStringLiteral("Cannot read the receipt sequence: %1").arg(q.lastError().text()));
        return false;
    }
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    const QString receiptNo = QStringLiteral("%1-%2-%3").arg(terminalId, day).arg(seq, 4, 10, QLatin1Char('0'));

    q.prepare(QStringLiteral(
            "INSERT INTO sales (receipt_no, terminal_id, req_id, product_id, cust_id, amount,"
            " inquiry_unit_price, unit_price, selling_price, store_fee, cash_received, change_given,"
            " status, rc, description, message, ref_id, serial_no, balance_used, balance_after,"
            " cashier, created_utc, updated_utc, completed_utc, attempts, last_error, printed_count,"
            " flagged, flag_reason, next_check_utc) VALUES (:receipt_no, :terminal_id, :req_id,"
            " :product_id, :cust_id, :amount, :inquiry_unit_price, :unit_price, :selling_price,"
            " :store_fee, :cash_received, :change_given, :status, :rc, :description, :message,"
            " :ref_id, :serial_no, :balance_used, :balance_after, :cashier, :created_utc,"
            " :updated_utc, :completed_utc, :attempts, :last_error, :printed_count, :flagged,"
            " :flag_reason, :next_check_utc)"));
    q.bindValue(QStringLiteral(":receipt_no"), receiptNo);
    q.bindValue(QStringLiteral(":terminal_id"), terminalId);
    q.bindValue(QStringLiteral(":req_id"), record->reqId);
    q.bindValue(QStringLiteral(":product_id"), record->productId);
    q.bindValue(QStringLiteral(":cust_id"), record->custId);
    q.bindValue(QStringLiteral(":amount"), record->amount.rupiah());
    q.bindValue(QStringLiteral(":inquiry_unit_price"), moneyValue(record->inquiryUnitPrice));
    q.bindValue(QStringLiteral(":unit_price"), moneyValue(record->unitPrice));
    q.bindValue(QStringLiteral(":selling_price"), record->sellingPrice.rupiah());
    q.bindValue(QStringLiteral(":store_fee"), record->storeFee.rupiah());
    q.bindValue(QStringLiteral(":cash_received"), moneyValue(record->cashReceived));
    q.bindValue(QStringLiteral(":change_given"), moneyValue(record->change));
    q.bindValue(QStringLiteral(":status"), saleStatusName(record->status));
    q.bindValue(QStringLiteral(":rc"), text(record->rc));
    q.bindValue(QStringLiteral(":description"), text(record->description));
    q.bindValue(QStringLiteral(":message"), text(record->message));
    q.bindValue(QStringLiteral(":ref_id"), text(record->refId));
    q.bindValue(QStringLiteral(":serial_no"), text(record->serialNo));
    q.bindValue(QStringLiteral(":balance_used"), moneyValue(record->balanceUsed));
    q.bindValue(QStringLiteral(":balance_after"), moneyValue(record->balanceAfter));
    q.bindValue(QStringLiteral(":cashier"), text(record->cashier));
    q.bindValue(QStringLiteral(":created_utc"), toStoredTime(record->createdUtc));
    q.bindValue(QStringLiteral(":updated_utc"), toStoredTime(record->updatedUtc));
    q.bindValue(QStringLiteral(":completed_utc"), timeValue(record->completedUtc));
    q.bindValue(QStringLiteral(":attempts"), record->attempts);
    q.bindValue(QStringLiteral(":last_error"), text(record->lastError));
    q.bindValue(QStringLiteral(":printed_count"), record->printedCount);
    q.bindValue(QStringLiteral(":flagged"), record->flagged ? 1 : 0);
    q.bindValue(QStringLiteral(":flag_reason"), text(record->flagReason));
    q.bindValue(QStringLiteral(":next_check_utc"), timeValue(record->nextCheckUtc));
    if (!q.exec()) {
        setError(QStringLiteral("Cannot record the sale %1: %2").arg(record->reqId, q.lastError().text()));
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (!tx.commit()) {
        setError(QStringLiteral("Cannot commit the sale %1: %2").arg(record->reqId, tx.lastError()));
        return false;
    }
    record->id = id;
    record->receiptNo = receiptNo;
    record->terminalId = terminalId;
    qCDebug(lcStore) << "recorded" << receiptNo << saleStatusName(record->status) << record->reqId;
    return true;
}

bool ReceiptStore::updateResult(const SaleRecord &record)
{
    if (refuseWrite())
        return false;
    SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        setError(QStringLiteral("Cannot start a write on %1: %2").arg(m_path, tx.lastError()));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM sales WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), record.id);
    if (!q.exec() || !q.next()) {
        setError(QStringLiteral("No sale with id %1 to update %2").arg(record.id).arg(q.lastError().text()));
        return false;
    }
    const std::optional<SaleStatus> current = saleStatusFromName(q.value(0).toString());
    q.finish();
    if (current && isFinal(*current) && *current != record.status) {
        setError(QStringLiteral("Sale %1 is already %2; refusing to change it to %3")
                         .arg(QString::number(record.id), saleStatusName(*current),
                              saleStatusName(record.status)));
        return false;
    }
    q.prepare(QStringLiteral(
            "UPDATE sales SET inquiry_unit_price = :inquiry_unit_price, unit_price = :unit_price,"
            " selling_price = :selling_price, store_fee = :store_fee, cash_received = :cash_received,"
            " change_given = :change_given, status = :status, rc = :rc, description = :description,"
            " message = :message, ref_id = :ref_id, serial_no = :serial_no,"
            " balance_used = :balance_used, balance_after = :balance_after,"
            " updated_utc = :updated_utc, completed_utc = :completed_utc, attempts = :attempts,"
            " last_error = :last_error, flagged = :flagged, flag_reason = :flag_reason,"
            " next_check_utc = :next_check_utc WHERE id = :id"));
    q.bindValue(QStringLiteral(":inquiry_unit_price"), moneyValue(record.inquiryUnitPrice));
    q.bindValue(QStringLiteral(":unit_price"), moneyValue(record.unitPrice));
    q.bindValue(QStringLiteral(":selling_price"), record.sellingPrice.rupiah());
    q.bindValue(QStringLiteral(":store_fee"), record.storeFee.rupiah());
    q.bindValue(QStringLiteral(":cash_received"), moneyValue(record.cashReceived));
    q.bindValue(QStringLiteral(":change_given"), moneyValue(record.change));
    q.bindValue(QStringLiteral(":status"), saleStatusName(record.status));
    q.bindValue(QStringLiteral(":rc"), text(record.rc));
    q.bindValue(QStringLiteral(":description"), text(record.description));
    q.bindValue(QStringLiteral(":message"), text(record.message));
    q.bindValue(QStringLiteral(":ref_id"), text(record.refId));
    q.bindValue(QStringLiteral(":serial_no"), text(record.serialNo));
    q.bindValue(QStringLiteral(":balance_used"), moneyValue(record.balanceUsed));
    q.bindValue(QStringLiteral(":balance_after"), moneyValue(record.balanceAfter));
    q.bindValue(QStringLiteral(":updated_utc"),
                toStoredTime(record.updatedUtc.isValid() ? record.updatedUtc : m_clock->nowUtc()));
    q.bindValue(QStringLiteral(":completed_utc"), timeValue(record.completedUtc));
    q.bindValue(QStringLiteral(":attempts"), record.attempts);
    q.bindValue(QStringLiteral(":last_error"), text(record.lastError));
    q.bindValue(QStringLiteral(":flagged"), record.flagged ? 1 : 0);
    q.bindValue(QStringLiteral(":flag_reason"), text(record.flagReason));
    q.bindValue(QStringLiteral(":next_check_utc"), timeValue(record.nextCheckUtc));
    q.bindValue(QStringLiteral(":id"), record.id);
    if (!q.exec() || !tx.commit()) {
        setError(QStringLiteral("Cannot update sale %1: %2")
                         .arg(record.reqId, tx.lastError().isEmpty() ? q.lastError().text() : tx.lastError()));
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
        setError(QStringLiteral("Cannot set the next check of sale %1: %2").arg(id).arg(q.lastError().text()));
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
        setError(QStringLiteral("Cannot count the print of sale %1: %2").arg(id).arg(q.lastError().text()));
        return false;
    }
    return true;
}

bool ReceiptStore::recordPrint(qint64 saleId, int copyNumber, const QString &printedBy,
                               const QString &target, const QDateTime &printedUtc)
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
                         .arg(saleId).arg(q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such sale")));
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
                         .arg(saleId).arg(tx.lastError().isEmpty() ? q.lastError().text() : tx.lastError()));
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
    q.prepare(QStringLiteral("SELECT id, sale_id, copy_no, printed_utc, printed_by, target FROM receipt_prints"
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

QList<SaleRecord> ReceiptStore::select(const QString &where, const QVariantList &values,
                                       const QString &orderBy, int limit) const
{
    QList<SaleRecord> out;
    if (!m_open) {
        setError(QStringLiteral("The receipt database %1 is not open").arg(m_path));
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
        setError(QStringLiteral("Cannot read the receipt database: %1").arg(q.lastError().text()));
        return out;
    }
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (limit > 0)
        q.bindValue(i++, limit);
    if (!q.exec()) {
        setError(QStringLiteral("Cannot read the receipt database: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(recordFromQuery(q));
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
    return select(QStringLiteral("status IN ('PAYING', 'PENDING')"), {},
                  QStringLiteral("created_utc, id"), 0);
}

int ReceiptStore::unresolvedCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status IN ('PAYING', 'PENDING')"))
        || !q.next()) {
        setError(QStringLiteral("Cannot count unresolved sales: %1").arg(q.lastError().text()));
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
                " UNION ALL SELECT id FROM sales WHERE serial_no = ? UNION ALL SELECT id FROM sales WHERE ref_id = ?"
                " UNION ALL SELECT id FROM sales WHERE receipt_no = ? UNION ALL SELECT id FROM sales WHERE receipt_no = ?"
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
    return select(where.join(QLatin1String(" AND ")), values,
                  QStringLiteral("created_utc DESC, id DESC"), filter.limit);
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
    QString sql = cap > 0 ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sales") : QStringLiteral("SELECT COUNT(*) FROM sales");
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

QList<SaleRecord> ReceiptStore::recentDuplicates(const QString &productId, const QString &custId,
                                                 Money amount, const QDateTime &sinceUtc) const
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
    const QList<SaleRecord> rows = select(QStringLiteral("cust_id = ?"), { custId },
                                          QStringLiteral("created_utc DESC, id DESC"), 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

} // namespace Kasir
