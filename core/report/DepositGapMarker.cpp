#include "report/DepositGapMarker.h"

#include "clock/Clock.h"
#include "report/ReportQuery.h"
#include "store/ReceiptStore.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kasir {

DepositGapMarker::DepositGapMarker(ReceiptStore *store, Clock *clock)
    : m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
{ }

GapMarkResult DepositGapMarker::markTopUp(
    const QString &fromReceipt, const QString &toReceipt, const QString &note, const QString &markedBy)
{
    GapMarkResult r;
    if (note.trimmed().isEmpty()) {
        r.error = QStringLiteral("A note is required (e.g. the bank transfer of the top-up).");
        return r;
    }
    const auto from = m_store->findByReceiptNo(fromReceipt.trimmed());
    const auto to = m_store->findByReceiptNo(toReceipt.trimmed());
    if (!from || !to) {
        r.error = QStringLiteral("No sale %1 in the journal.").arg(!from ? fromReceipt : toReceipt);
        return r;
    }
    if (!m_store->isWritable()) {
        r.error = QStringLiteral("The journal refuses writes: %1").arg(m_store->lastError());
        return r;
    }
    // The gap as the statement shows it: the chain over the two sales and everything between.
    const QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    const SaleScope scope { QStringLiteral("created_utc >= ? AND created_utc <= ?"),
        { ReceiptStore::toStoredTime(from->createdUtc), ReceiptStore::toStoredTime(to->createdUtc) } };
    const auto deposit = ReportQuery(db).deposit(scope);
    if (!deposit) {
        r.error = QStringLiteral("Cannot read the deposit statement.");
        return r;
    }
    const DepositGap *gap = nullptr;
    for (const DepositGap &g : deposit->gaps) {
        if (g.fromSaleId == from->id && g.toSaleId == to->id)
            gap = &g;
    }
    if (!gap) {
        r.error = QStringLiteral("The statement shows no gap between %1 and %2.").arg(fromReceipt, toReceipt);
        return r;
    }
    if (gap->marked) {
        r.error = QStringLiteral("This gap is already marked: %1").arg(gap->note);
        return r;
    }
    SqlTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO deposit_gap_marks (from_sale_id, to_sale_id, amount, kind, note,"
                             " marked_by, marked_utc) VALUES (?, ?, ?, 'DEPOSIT_TOPUP', ?, ?, ?)"));
    const QVariantList values { from->id, to->id, gap->amount.rupiah(), note.trimmed(),
        markedBy.isNull() ? QStringLiteral("") : markedBy, ReceiptStore::toStoredTime(m_clock->nowUtc()) };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        r.error = QStringLiteral("Cannot record the mark: %1").arg(q.lastError().text());
        return r;
    }
    r.ok = true;
    r.amount = gap->amount;
    return r;
}

} // namespace Kasir
