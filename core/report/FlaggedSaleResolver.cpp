#include "report/FlaggedSaleResolver.h"

#include "clock/Clock.h"
#include "logging/Logging.h"
#include "store/ReceiptStore.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kasir {

namespace {

ResolveResult result(ResolveOutcome o, const QString &message)
{
    ResolveResult r;
    r.outcome = o;
    r.message = message;
    return r;
}

QVariant moneyValue(const std::optional<Money> &m)
{
    return m ? QVariant(m->rupiah()) : QVariant();
}

} // namespace

FlaggedSaleResolver::FlaggedSaleResolver(ReceiptStore *store, Clock *clock)
    : m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
{ }

ResolveResult FlaggedSaleResolver::resolve(const ResolveRequest &request)
{
    if (request.as != SaleStatus::Success && request.as != SaleStatus::Failed)
        return result(
            ResolveOutcome::InvalidInput, QStringLiteral("A flagged sale is resolved as SUCCESS or FAILED."));
    if (request.note.trimmed().isEmpty())
        return result(ResolveOutcome::InvalidInput,
            QStringLiteral("A note is required: say what the provider confirmed."));
    if (request.price && request.price->rupiah() <= 0)
        return result(ResolveOutcome::InvalidInput, QStringLiteral("The verified price must be above zero."));
    if (request.price && request.as == SaleStatus::Failed)
        return result(ResolveOutcome::InvalidInput,
            QStringLiteral("A price is only given for a sale resolved as SUCCESS."));

    const QString key = request.key.trimmed();
    std::optional<SaleRecord> found = m_store->findByReceiptNo(key);
    if (!found)
        found = m_store->findByReqId(key);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (!found && isNumber)
        found = m_store->findById(id);
    if (!found)
        return result(ResolveOutcome::NotFound, QStringLiteral("No sale \"%1\" in the journal.").arg(key));
    if (!found->flagged || !found->isUnresolved())
        return result(ResolveOutcome::NotFlagged,
            QStringLiteral("Sale %1 is %2 and not flagged for the manager; only a flagged sale "
                           "is resolved by hand.")
                .arg(found->receiptNo, saleStatusName(found->status)));
    if (!m_store->isWritable())
        return result(ResolveOutcome::JournalError,
            QStringLiteral("The journal refuses writes: %1").arg(m_store->lastError()));

    SaleRecord r = *found;
    const SaleStatus previous = r.status;
    const QString reason = r.flagReason;
    const QDateTime now = m_clock->nowUtc();
    std::optional<Money> price;
    if (request.as == SaleStatus::Success) {
        price = request.price;
        if (!price)
            price = r.balanceUsed ? r.balanceUsed : r.unitPrice;
        if (!price || price->rupiah() <= 0)
            return result(ResolveOutcome::InvalidInput,
                QStringLiteral("The answer held no usable price: give the verified price with --price."));
        r.unitPrice = price;
        r.balanceUsed = price;
        if (!r.inquiryUnitPrice)
            r.sellingPrice = *price + r.storeFee;
        r.settleCash(); // change never below zero; what the cash does not cover is owed
    }
    r.status = request.as;
    r.completedUtc = now;
    r.updatedUtc = now;
    r.nextCheckUtc = QDateTime();
    r.flagged = false;
    r.lastError = QStringLiteral("resolved by the manager as %1: %2")
                      .arg(saleStatusName(request.as), request.note.trimmed());

    const QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    SqlTransaction tx(db);
    if (!tx.isActive())
        return result(ResolveOutcome::JournalError, tx.lastError());
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE sales SET status = ?, unit_price = ?, balance_used = ?, selling_price = ?,"
                       " change_given = ?, completed_utc = ?, updated_utc = ?, next_check_utc = NULL,"
                       " flagged = 0, last_error = ?"
                       " WHERE id = ? AND flagged = 1 AND status IN ('PENDING', 'PAYING')"));
    const QVariantList values { saleStatusName(r.status), moneyValue(r.unitPrice), moneyValue(r.balanceUsed),
        r.sellingPrice.rupiah(), moneyValue(r.change), ReceiptStore::toStoredTime(now),
        ReceiptStore::toStoredTime(now), r.lastError, r.id };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return result(ResolveOutcome::JournalError,
            QStringLiteral("Cannot resolve the sale: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return result(ResolveOutcome::NotFlagged,
            QStringLiteral("Sale %1 was settled meanwhile; nothing changed.").arg(r.receiptNo));
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO sale_resolutions (sale_id, resolved_as, price, note, resolved_by,"
                             " resolved_utc, previous_status, flag_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList resolution { r.id, saleStatusName(request.as), moneyValue(price),
        request.note.trimmed(), request.resolvedBy.isNull() ? QStringLiteral("") : request.resolvedBy,
        ReceiptStore::toStoredTime(now), saleStatusName(previous),
        reason.isNull() ? QStringLiteral("") : reason };
    for (int i = 0; i < resolution.size(); ++i)
        q.bindValue(i, resolution.at(i));
    if (!q.exec() || !tx.commit())
        return result(ResolveOutcome::JournalError,
            QStringLiteral("Cannot record the resolution: %1")
                .arg(tx.lastError().isEmpty() ? q.lastError().text() : tx.lastError()));
    qCInfo(lcStore).noquote() << "sale" << r.receiptNo << "resolved by the manager as"
                              << saleStatusName(request.as);
    ResolveResult out = result(ResolveOutcome::Resolved, QString());
    out.record = m_store->findById(r.id).value_or(r);
    return out;
}

} // namespace Kasir
