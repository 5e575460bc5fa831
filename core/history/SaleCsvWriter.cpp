#include "history/SaleCsvWriter.h"

#include "csv/CsvText.h"
#include "store/ReceiptStore.h"

#include <QIODevice>
#include <QStringList>

#include <limits>

namespace Kasir {

namespace {

QString money(const std::optional<Money> &m)
{
    return m ? QString::number(m->rupiah()) : QString();
}

QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    // Converting to local time looks up the time zone rules each time; rows come in time order,
    // so the offset is asked once per hour of sales and reused.
    static thread_local qint64 cachedHour = std::numeric_limits<qint64>::min();
    static thread_local int cachedOffset = 0;
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 hour = secs / 3600;
    if (hour != cachedHour) {
        cachedOffset = utc.toLocalTime().offsetFromUtc();
        cachedHour = hour;
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs + cachedOffset, Qt::UTC);
    const QDate d = local.date();
    const QTime t = local.time();
    return QString::asprintf(
        "%04d-%02d-%02d %02d:%02d:%02d", d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second());
}

QString charged(SaleStatus s)
{
    switch (s) {
    case SaleStatus::Success:
        return QStringLiteral("yes");
    case SaleStatus::Failed:
    case SaleStatus::Rejected:
        return QStringLiteral("no");
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString SaleCsvWriter::header()
{
    return QStringLiteral("date_time,receipt_no,terminal,cashier,wallet,customer_no,nominal,store_fee,total,"
                          "cash,change,status,charged,sn,ref_id,req_id,printed\r\n");
}

QString SaleCsvWriter::row(const SaleRecord &r)
{
    const QStringList fields = {
        CsvText::quoted(localTime(r.createdUtc)),
        CsvText::quoted(r.receiptNo),
        CsvText::quoted(r.terminalId),
        CsvText::quoted(r.cashier),
        CsvText::quoted(r.productId),
        CsvText::quoted(r.custId),
        QString::number(r.amount.rupiah()),
        QString::number(r.storeFee.rupiah()),
        QString::number(r.sellingPrice.rupiah()),
        money(r.cashReceived),
        money(r.change),
        CsvText::quoted(saleStatusName(r.status)),
        CsvText::quoted(charged(r.status)),
        CsvText::quoted(r.serialNo),
        CsvText::quoted(r.refId),
        CsvText::quoted(r.reqId),
        QString::number(r.printedCount),
    };
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

qint64 SaleCsvWriter::write(
    const ReceiptStore &store, const SaleHistoryFilter &filter, QIODevice *out, QString *error)
{
    if (out->write(header().toUtf8()) < 0) {
        *error = out->errorString();
        return -1;
    }
    SaleHistoryFilter page = filter;
    qint64 written = 0;
    for (;;) {
        qint64 want = PageSize;
        if (filter.limit > 0)
            want = qMin<qint64>(PageSize, filter.limit - written);
        if (want <= 0)
            break;
        page.limit = int(want);
        const QList<SaleRecord> rows = store.history(page);
        if (rows.isEmpty() && !store.lastError().isEmpty() && written == 0 && !store.isOpen()) {
            *error = store.lastError();
            return -1;
        }
        QByteArray chunk;
        for (const SaleRecord &r : rows)
            chunk += row(r).toUtf8();
        if (!chunk.isEmpty() && out->write(chunk) != chunk.size()) {
            *error = out->errorString();
            return -1;
        }
        written += rows.size();
        if (rows.size() < want)
            break;
        page.beforeCreatedUtc = rows.last().createdUtc;
        page.beforeId = rows.last().id;
    }
    return written;
}

} // namespace Kasir
