#include "JournalGenerator.h"

#include "money/Money.h"
#include "store/ReceiptStore.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator64>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Kasir {

namespace {

QAtomicInteger<quint64> s_generatorConnections;

struct Wallet
{
    const char *code;
    const char *operatorName;
    const char *serialPrefix;
    qint64 adminFee; // the merchant's fee over the nominal, as the sandbox catalogue has it
    int weight;
};

// The five wallets of products.json, with the admin fees of the sandbox catalogue.
const Wallet kWallets[] = {
    { "GOPAY", "GOPAY", "GW", 1500, 34 },
    { "OVO", "OVO", "OV", 1500, 18 },
    { "DANA", "DANA", "DN", 1000, 26 },
    { "SHOPEEPAY", "SHOPEEPAY", "SP", 1500, 16 },
    { "LINKAJA", "LINKAJA", "LA", 1000, 6 },
};

struct Nominal
{
    qint64 amount;
    int weight;
};

const Nominal kNominals[] = {
    { 10000, 14 },
    { 20000, 16 },
    { 25000, 10 },
    { 30000, 6 },
    { 50000, 20 },
    { 75000, 3 },
    { 100000, 16 },
    { 150000, 4 },
    { 200000, 5 },
    { 250000, 2 },
    { 300000, 2 },
    { 500000, 1 },
    { 1000000, 1 },
};

const char *const kTerminals[] = { "K01", "K02", "K03" };
const char *const kCashiers[] = { "sari", "budi", "dewi", "agus", "rina", "yanto", "lestari" };

template <typename T, size_t N> const T &pickWeighted(const T (&items)[N], QRandomGenerator64 &rng)
{
    int total = 0;
    for (const T &i : items)
        total += i.weight;
    int r = int(rng.bounded(total));
    for (const T &i : items) {
        if (r < i.weight)
            return i;
        r -= i.weight;
    }
    return items[N - 1];
}

qint64 roundUp(qint64 value, qint64 step)
{
    return ((value + step - 1) / step) * step;
}

// UTC calendar fields of a moment, by integer arithmetic (QDateTime formatting would be a third
// of the generator's time). Days are counted from 1970-01-01; the proleptic Gregorian calendar.
struct UtcFields
{
    int year, month, day, hour, minute, second, msec;
};

UtcFields utcFields(qint64 msecs)
{
    qint64 days = msecs / 86400000;
    qint64 rest = msecs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        days -= 1;
    }
    // Shift to an era starting on 0000-03-01 so that leap days fall at the end of a year.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return { year, month, day, int(rest / 3600000), int(rest / 60000 % 60), int(rest / 1000 % 60),
        int(rest % 1000) };
}

void putDigits(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

// "2026-11-24T03:15:00.000Z", as ReceiptStore::toStoredTime writes it.
QString storedTime(qint64 msecsSinceEpoch)
{
    const UtcFields f = utcFields(msecsSinceEpoch);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, f.year, 4);
    *out++ = u'-';
    putDigits(out, f.month, 2);
    *out++ = u'-';
    putDigits(out, f.day, 2);
    *out++ = u'T';
    putDigits(out, f.hour, 2);
    *out++ = u':';
    putDigits(out, f.minute, 2);
    *out++ = u':';
    putDigits(out, f.second, 2);
    *out++ = u'.';
    putDigits(out, f.msec, 3);
    *out++ = u'Z';
    return text;
}

// "yyyyMMddHHmmss" in UTC, as in a req_id.
QString reqIdTime(qint64 msecsSinceEpoch)
{
    const UtcFields f = utcFields(msecsSinceEpoch);
    QString text(14, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, f.year, 4);
    putDigits(out, f.month, 2);
    putDigits(out, f.day, 2);
    putDigits(out, f.hour, 2);
    putDigits(out, f.minute, 2);
    putDigits(out, f.second, 2);
    return text;
}

// The columns written, in the order of the placeholders.
const char *const kColumns[] = {
    "receipt_no",
    "terminal_id",
    "req_id",
    "product_id",
    "cust_id",
    "amount",
    "inquiry_unit_price",
    "unit_price",
    "selling_price",
    "store_fee",
    "cash_received",
    "change_given",
    "status",
    "rc",
    "description",
    "message",
    "ref_id",
    "serial_no",
    "balance_used",
    "balance_after",
    "cashier",
    "created_utc",
    "updated_utc",
    "completed_utc",
    "attempts",
    "last_error",
    "printed_count",
    "flagged",
    "flag_reason",
    "next_check_utc",
    "request_digest",
};
constexpr int kColumnCount = int(sizeof(kColumns) / sizeof(kColumns[0]));

} // namespace

JournalGenerator::JournalGenerator(const JournalGeneratorOptions &options)
    : m_options(options)
{ }

bool JournalGenerator::generate(const QString &path)
{
    m_stats = {};
    m_error.clear();
    if (m_options.count < 0 || m_options.days < 1) {
        m_error = QStringLiteral("count must be 0 or more and days 1 or more");
        return false;
    }

    // The schema, exactly as the program makes it.
    {
        ReceiptStore store(path);
        if (!store.open()) {
            m_error = store.lastError();
            return false;
        }
    }

    const QString connection = QStringLiteral("kasir-journal-gen-%1").arg(++s_generatorConnections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            // One bulk transaction: a rollback journal writes each new page once (WAL would
            // write it twice), and the file is only trusted once the transaction is committed.
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
            q.exec(QStringLiteral("PRAGMA cache_size = -200000"));
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sales")) || !q.next()) {
                m_error = QStringLiteral("cannot read %1: %2").arg(path, q.lastError().text());
            } else if (q.value(0).toLongLong() != 0) {
                m_error = QStringLiteral("%1 already holds %2 sales; the generator fills an empty journal")
                              .arg(path)
                              .arg(q.value(0).toLongLong());
            } else {
                q.finish();
                ok = fill(db);
                // Back to the journal mode the program uses, the data synced to disk.
                if (ok
                    && (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
                        || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))) {
                    m_error
                        = QStringLiteral("cannot switch %1 back to WAL: %2").arg(path, q.lastError().text());
                    ok = false;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool JournalGenerator::fill(QSqlDatabase &db)
{
    QRandomGenerator64 rng(m_options.seed);
    const QDate endDate = m_options.endDate.isValid() ? m_options.endDate : QDate::currentDate();
    const QDate startDate = endDate.addDays(-(m_options.days - 1));

    // Sales per day: a little busier at weekends and slowly growing over the two years; the
    // counts add up to exactly count.
    std::vector<double> weights(size_t(m_options.days));
    double total = 0;
    for (int d = 0; d < m_options.days; ++d) {
        const QDate day = startDate.addDays(d);
        double w = 1.0 + 0.5 * double(d) / double(m_options.days);
        if (day.dayOfWeek() >= 6)
            w *= 1.3;
        weights[size_t(d)] = w;
        total += w;
    }
    std::vector<qint64> perDay(size_t(m_options.days));
    double cumulative = 0;
    qint64 assigned = 0;
    for (int d = 0; d < m_options.days; ++d) {
        cumulative += weights[size_t(d)];
        const qint64 upTo = qint64(double(m_options.count) * cumulative / total + 0.5);
        perDay[size_t(d)] = upTo - assigned;
        assigned = upTo;
    }
    perDay.back() += m_options.count - assigned;

    // The unresolved rows: a few among the last sales, as a shop has after a bad connection.
    QSet<qint64> pendingAt;
    {
        const qint64 wanted = std::min<qint64>(
            m_options.maxUnresolved, m_options.count >= 50 ? 1 + m_options.count / 20000 : 0);
        const qint64 window = std::min<qint64>(m_options.count, 3000);
        while (pendingAt.size() < wanted)
            pendingAt.insert(m_options.count - 1 - qint64(rng.bounded(quint64(window))));
    }

    // A pool of regular customers, a few of them far more frequent than the rest.
    const int customers = int(std::clamp<qint64>(m_options.count / 40, 200, 50000));
    QStringList custPool;
    custPool.reserve(customers);
    while (custPool.size() < customers) {
        static const char *const prefixes[] = { "0811", "0812", "0813", "0821", "0822", "0852", "0853",
            "0856", "0857", "0877", "0878", "0896" };
        const int digits = 6 + int(rng.bounded(3)); // 08xx + 6..8 = 10..12 digits
        QString number = QString::fromLatin1(prefixes[rng.bounded(12)]);
        for (int i = 0; i < digits; ++i)
            number += QChar(u'0' + int(rng.bounded(10)));
        if (number.endsWith(QLatin1String("0000")))
            continue; // the sandbox answers those as not registered
        custPool << number;
    }

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = QStringLiteral("cannot start the write: %1").arg(q.lastError().text());
        return false;
    }
    auto failWith = [&](const QString &what, const QSqlQuery &query) {
        m_error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    // The secondary indexes are dropped and made again after the rows are in, from their own
    // stored SQL: building an index once is far cheaper than keeping it sorted row by row.
    QStringList indexSql;
    {
        QSqlQuery indexes(db);
        if (!indexes.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                         "AND tbl_name = 'sales' AND sql IS NOT NULL")))
            return failWith(QStringLiteral("cannot read the indexes"), indexes);
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            indexSql << indexes.value(1).toString();
        }
        indexes.finish();
        for (const QString &name : std::as_const(names)) {
            if (!indexes.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return failWith(QStringLiteral("cannot drop index %1").arg(name), indexes);
        }
    }

    QStringList columns;
    QStringList marks;
    for (int i = 0; i < kColumnCount; ++i) {
        columns << QString::fromLatin1(kColumns[i]);
        marks << QStringLiteral("?");
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO sales (%1) VALUES (%2)")
                            .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))))
        return failWith(QStringLiteral("cannot prepare the insert"), insert);
    QSqlQuery sequence(db);
    if (!sequence.prepare(QStringLiteral("INSERT INTO receipt_sequence (terminal_id, day, last_seq) "
                                         "VALUES (?, ?, ?)")))
        return failWith(QStringLiteral("cannot prepare the receipt sequence"), sequence);

    const QVariant null;
    qint64 balance = m_options.startBalance;
    qint64 lastRef = 0;
    qint64 index = 0;
    std::vector<qint64> times;

    for (int d = 0; d < m_options.days; ++d) {
        const qint64 k = perDay[size_t(d)];
        if (k == 0)
            continue;
        const QDate day = startDate.addDays(d);
        const QString dayText = day.toString(QStringLiteral("yyyyMMdd"));
        // Open 07:00 to 22:00 local time.
        const qint64 open = QDateTime(day, QTime(7, 0), Qt::LocalTime).toMSecsSinceEpoch();
        const qint64 span = 15LL * 3600 * 1000;
        times.resize(size_t(k));
        for (qint64 i = 0; i < k; ++i)
            times[size_t(i)] = open + qint64(rng.bounded(quint64(span)));
        std::sort(times.begin(), times.end());
        QHash<QString, qint64> seqOfDay;

        for (qint64 i = 0; i < k; ++i, ++index) {
            const qint64 created = times[size_t(i)];
            const QString terminal = QString::fromLatin1(kTerminals[rng.bounded(3)]);
            const QString cashier = QString::fromLatin1(kCashiers[rng.bounded(7)]);
            const Wallet &wallet = pickWeighted(kWallets, rng);
            const qint64 amount = pickWeighted(kNominals, rng).amount;
            const qint64 unitPrice = amount + wallet.adminFee;
            qint64 storeFee = amount < 50000 ? 1000 : amount < 200000 ? 2000 : 3000;
            if (terminal == QLatin1String("K02"))
                storeFee += 500;
            // Regular customers: half the sales come from the first tenth of the pool.
            const int custIndex
                = rng.bounded(2) ? int(rng.bounded(customers / 10 + 1)) : int(rng.bounded(customers));
            const QString custId = custPool.at(std::min(custIndex, customers - 1));

            const qint64 seq = ++seqOfDay[terminal];
            const QString receiptNo
                = QStringLiteral("%1-%2-%3").arg(terminal, dayText).arg(seq, 4, 10, QLatin1Char('0'));
            const QString reqId = QStringLiteral("KSR-%1-%2-%3")
                                      .arg(terminal, reqIdTime(created))
                                      .arg(rng.generate(), 16, 16, QLatin1Char('0'));

            // Mostly after an inquiry (window); sometimes a direct pay without cash (CLI).
            const bool direct = rng.bounded(100) < 5;
            const QVariant inquiryPrice = direct ? QVariant() : QVariant(unitPrice);
            const qint64 sellingPrice = unitPrice + storeFee;
            std::optional<qint64> cash;
            if (!direct) {
                const int how = int(rng.bounded(100));
                cash = how < 30 ? sellingPrice
                    : how < 60  ? roundUp(sellingPrice, 10000)
                    : how < 85  ? roundUp(sellingPrice, 50000)
                                : roundUp(sellingPrice, 100000);
            }

            if (balance < unitPrice + 2000000) {
                balance += 10000000 * (1 + qint64(rng.bounded(5))); // a deposit top-up
                m_stats.topUps += 1;
            }

            QString status = QStringLiteral("SUCCESS");
            QString rc = QStringLiteral("000");
            QString description = QStringLiteral("Transaksi Sukses");
            QString message = QStringLiteral("TOPUP %1 %2 KE %3 SUKSES")
                                  .arg(QLatin1String(wallet.operatorName))
                                  .arg(amount)
                                  .arg(custId);
            QString serial;
            QString lastError;
            QString flagReason;
            QVariant nextCheck = null;
            std::optional<qint64> unitCharged = unitPrice;
            std::optional<qint64> balanceUsed;
            std::optional<qint64> balanceAfter;
            int attempts = 1;
            bool flagged = false;
            bool completed = true;
            int printed = 1;
            lastRef = std::max(created * 1000000, lastRef + 1);
            QString refId = QString::number(lastRef);

            const int roll = int(rng.bounded(1000));
            if (pendingAt.contains(index)) {
                status = QStringLiteral("PENDING");
                completed = false;
                printed = 0;
                attempts = 1 + int(rng.bounded(4));
                nextCheck = storedTime(created + 60000LL * (1 + qint64(rng.bounded(30))));
                if (m_stats.pending % 3 == 2) {
                    // Charged, but at a price other than the confirmed one: the manager decides.
                    flagged = true;
                    unitCharged = unitPrice + 500;
                    balanceUsed = unitCharged;
                    balance -= *unitCharged;
                    balanceAfter = balance;
                    serial = QLatin1String(wallet.serialPrefix)
                        + QString::number(100000000 + rng.bounded(900000000));
                    flagReason = QStringLiteral("price changed: confirmed %1, charged %2")
                                     .arg(Money::fromRupiah(unitPrice).format(),
                                         Money::fromRupiah(*unitCharged).format());
                    lastError = QStringLiteral("SUCCESS answer held for the manager: ") + flagReason;
                    m_stats.flagged += 1;
                } else if (rng.bounded(2)) {
                    rc = QStringLiteral("068");
                    description = QStringLiteral("Transaksi Sedang Diproses");
                    message = QStringLiteral("TOPUP %1 %2 KE %3 SEDANG DIPROSES")
                                  .arg(QLatin1String(wallet.operatorName))
                                  .arg(amount)
                                  .arg(custId);
                    unitCharged = std::nullopt;
                    balanceUsed = 0;
                    balanceAfter = balance;
                    lastError = QStringLiteral("E-wallet payment is being processed");
                } else {
                    rc.clear();
                    description.clear();
                    message.clear();
                    refId.clear();
                    unitCharged = std::nullopt;
                    lastError = QStringLiteral("No answer within 30 s; the outcome is unknown");
                }
                m_stats.pending += 1;
            } else if (roll < 4) {
                status = QStringLiteral("REJECTED");
                rc.clear();
                description.clear();
                message.clear();
                refId.clear();
                unitCharged = std::nullopt;
                printed = 0;
                lastError
                    = QStringLiteral("HTTP 422: cust_id is not valid for %1").arg(QLatin1String(wallet.code));
                m_stats.rejected += 1;
            } else if (roll < 30) {
                status = QStringLiteral("FAILED");
                if (roll < 20) {
                    rc = QStringLiteral("014");
                    description = QStringLiteral("Nomor Tidak Terdaftar");
                    message = QStringLiteral("Nomor %1 tidak terdaftar di %2")
                                  .arg(custId, QLatin1String(wallet.operatorName));
                } else {
                    rc = QStringLiteral("006");
                    description = QStringLiteral("Transaksi Gagal");
                    message = QStringLiteral("TOPUP %1 %2 KE %3 GAGAL")
                                  .arg(QLatin1String(wallet.operatorName))
                                  .arg(amount)
                                  .arg(custId);
                    attempts = 1 + int(rng.bounded(3));
                }
                balanceUsed = 0;
                balanceAfter = balance;
                printed = int(rng.bounded(2));
                m_stats.failed += 1;
            } else {
                serial = QLatin1String(wallet.serialPrefix)
                    + QString::number(100000000 + rng.bounded(900000000));
                balanceUsed = unitPrice;
                balance -= unitPrice;
                balanceAfter = balance;
                if (roll < 50)
                    attempts = 2 + int(rng.bounded(2)); // answered after a re-check
                printed = roll >= 980 ? 2 : roll >= 960 ? 0 : 1;
                m_stats.success += 1;
            }

            // A direct pay learns its price from the answer.
            qint64 finalSelling = sellingPrice;
            std::optional<qint64> change;
            if (cash)
                change = *cash - finalSelling;

            // The request sealed as the store seals it, checked before any re-send.
            SaleRecord sealed;
            sealed.reqId = reqId;
            sealed.productId = QString::fromLatin1(wallet.code);
            sealed.custId = custId;
            sealed.amount = Money::fromRupiah(amount);

            const qint64 finished = created + 700 + qint64(rng.bounded(2800));
            const qint64 updated = completed ? finished : created + 30000LL * attempts;
            const QVariant values[kColumnCount] = {
                receiptNo,
                terminal,
                reqId,
                QString::fromLatin1(wallet.code),
                custId,
                amount,
                inquiryPrice,
                unitCharged ? QVariant(*unitCharged) : null,
                finalSelling,
                storeFee,
                cash ? QVariant(*cash) : null,
                change ? QVariant(*change) : null,
                status,
                rc.isNull() ? QStringLiteral("") : rc,
                description.isNull() ? QStringLiteral("") : description,
                message.isNull() ? QStringLiteral("") : message,
                refId.isNull() ? QStringLiteral("") : refId,
                serial.isNull() ? QStringLiteral("") : serial,
                balanceUsed ? QVariant(*balanceUsed) : null,
                balanceAfter ? QVariant(*balanceAfter) : null,
                cashier,
                storedTime(created),
                storedTime(updated),
                completed ? QVariant(storedTime(finished)) : null,
                attempts,
                lastError.isNull() ? QStringLiteral("") : lastError,
                printed,
                flagged ? 1 : 0,
                flagReason.isNull() ? QStringLiteral("") : flagReason,
                nextCheck,
                ReceiptStore::requestDigest(sealed),
            };
            for (int c = 0; c < kColumnCount; ++c)
                insert.bindValue(c, values[c]);
            if (!insert.exec())
                return failWith(QStringLiteral("cannot insert sale %1").arg(receiptNo), insert);
            m_stats.sales += 1;
        }

        for (auto it = seqOfDay.cbegin(); it != seqOfDay.cend(); ++it) {
            sequence.bindValue(0, it.key());
            sequence.bindValue(1, dayText);
            sequence.bindValue(2, it.value());
            if (!sequence.exec())
                return failWith(QStringLiteral("cannot write the receipt sequence"), sequence);
        }
    }
    insert.finish();
    sequence.finish();
    for (const QString &sql : std::as_const(indexSql)) {
        if (!q.exec(sql))
            return failWith(QStringLiteral("cannot make the index again (%1)").arg(sql), q);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return failWith(QStringLiteral("cannot commit"), q);
    m_stats.finalBalance = balance;
    return true;
}

} // namespace Kasir
