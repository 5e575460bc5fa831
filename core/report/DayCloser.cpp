#include "report/DayCloser.h"

#include "clock/Clock.h"
#include "logging/Logging.h"
#include "report/ReportQuery.h"
#include "store/JournalBackup.h"
#include "store/ReceiptStore.h"
#include "store/SqlTransaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Kasir {

namespace {

const QString FinalStatuses = QStringLiteral("status IN ('SUCCESS', 'FAILED', 'REJECTED')");
const QString NotClosed
    = QStringLiteral("NOT EXISTS (SELECT 1 FROM close_items ci WHERE ci.sale_id = sales.id)");

CloseResult outcome(CloseOutcome o, const QString &message)
{
    CloseResult r;
    r.outcome = o;
    r.message = message;
    return r;
}

CloseRecord recordFrom(const QSqlQuery &q)
{
    CloseRecord c;
    c.id = q.value(0).toLongLong();
    c.terminalId = q.value(1).toString();
    c.closeNo = q.value(2).toInt();
    c.day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.createdUtc = q.value(4).toString();
    c.backupPath = q.value(5).toString();
    c.document = q.value(6).toString().toUtf8();
    const QJsonObject o = c.json();
    c.figures = ReportFigures::fromJson(o);
    c.cashCount = CashCount::fromJson(o.value(QStringLiteral("cash_count")).toObject());
    return c;
}

const QString SelectClose
    = QStringLiteral("SELECT id, terminal_id, close_no, day, created_utc, backup_path, document FROM closes");

} // namespace

DayCloser::DayCloser(ReceiptStore *store, Clock *clock)
    : m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
{ }

CloseResult DayCloser::close(const CloseRequest &request)
{
    static const QRegularExpression terminalPattern(QStringLiteral("^[A-Za-z0-9_]{1,16}$"));
    if (!request.day.isValid())
        return outcome(CloseOutcome::InvalidInput, QStringLiteral("No valid day to close."));
    if (!terminalPattern.match(request.terminalId).hasMatch())
        return outcome(CloseOutcome::InvalidInput,
            QStringLiteral("Invalid terminal id \"%1\".").arg(request.terminalId));
    for (const auto &m : { request.openingFloat, request.countedCash }) {
        if (m && m->rupiah() < 0)
            return outcome(CloseOutcome::InvalidInput, QStringLiteral("Cash amounts cannot be negative."));
    }
    if (!m_store->isWritable())
        return outcome(CloseOutcome::JournalError,
            QStringLiteral("The journal refuses writes: %1").arg(m_store->lastError()));
    const QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    const ReportQuery reports(db);
    const ReportPeriod day = ReportPeriod::day(request.day);
    const QString dayEnd = day.toUtcText();

    // 1. Refuse while a sale of that day (or an earlier one) of this terminal is still PAYING.
    const SaleScope payingScope { QStringLiteral("status = 'PAYING' AND created_utc < ? AND terminal_id = ?"),
        { dayEnd, request.terminalId } };
    const auto paying = reports.pendingSales(payingScope);
    if (!paying)
        return outcome(CloseOutcome::JournalError, reports.lastError());
    if (!paying->isEmpty()) {
        QStringList receipts;
        for (const PendingSale &p : *paying)
            receipts << p.receiptNo;
        CloseResult r = outcome(CloseOutcome::SalesPaying,
            QStringLiteral("Not closed: %1 sale(s) are still being paid (PAYING): %2. "
                           "Wait for their answer or run recover, then close again.")
                .arg(paying->size())
                .arg(receipts.join(QLatin1String(", "))));
        r.paying = *paying;
        return r;
    }

    // 2. The range this close reads: from where the previous close carried from, or the day.
    QString from = day.fromUtcText();
    QString previousCarry;
    QDate previousDay;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT carry_from_utc, day FROM closes WHERE terminal_id = ?"
                                 " ORDER BY close_no DESC LIMIT 1"));
        q.bindValue(0, request.terminalId);
        if (!q.exec())
            return outcome(CloseOutcome::JournalError, q.lastError().text());
        if (q.next()) {
            previousCarry = q.value(0).toString();
            previousDay = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (previousCarry < from)
                from = previousCarry;
        }
    }
    const SaleScope candidates { QStringLiteral(
                                     "terminal_id = ? AND created_utc >= ? AND created_utc < ? AND ")
            + FinalStatuses + QStringLiteral(" AND ") + NotClosed,
        { request.terminalId, from, dayEnd } };
    auto countCandidates = [&](qint64 *count) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sales WHERE ") + candidates.where);
        for (int i = 0; i < candidates.values.size(); ++i)
            q.bindValue(i, candidates.values.at(i));
        if (!q.exec() || !q.next())
            return false;
        *count = q.value(0).toLongLong();
        return true;
    };
    qint64 count = 0;
    if (!countCandidates(&count))
        return outcome(CloseOutcome::JournalError, QStringLiteral("Cannot read the journal."));
    if (count == 0)
        return outcome(CloseOutcome::NothingToClose,
            QStringLiteral("Nothing new to close for %1 on terminal %2: every settled sale is "
                           "already in a close.")
                .arg(ReportPeriod::dateText(request.day), request.terminalId));

    // 3. A backup of the journal before anything is written, checked.
    const QDateTime now = m_clock->nowUtc();
    const BackupResult backup = JournalBackup::write(m_store->path(),
        JournalBackup::pathFor(
            m_store->path(), QStringLiteral("before-close-%1").arg(request.terminalId), now));
    if (!backup.ok)
        return outcome(CloseOutcome::BackupFailed,
            QStringLiteral("Not closed: the backup before the close failed: %1").arg(backup.error));

    // 4. The close itself, in one write transaction: figures of the sales it takes, the
    //    numbered row with its document, and the sales taken.
    SqlTransaction tx(db);
    if (!tx.isActive())
        return outcome(CloseOutcome::JournalError, tx.lastError());
    if (!countCandidates(&count) || count == 0)
        return outcome(CloseOutcome::NothingToClose, QStringLiteral("Nothing new to close."));

    ReportFigures figures;
    figures.from = QDateTime::fromString(from, Qt::ISODateWithMs).toLocalTime().date();
    figures.to = request.day;
    if (!reports.addSums(candidates, &figures))
        return outcome(CloseOutcome::JournalError, reports.lastError());
    const auto dep = reports.deposit(candidates);
    if (!dep)
        return outcome(CloseOutcome::JournalError, reports.lastError());
    figures.deposit = *dep;
    // PENDING (and flagged) sales of the terminal up to the end of the day: listed, carried.
    const SaleScope unresolved {
        QStringLiteral("status IN ('PENDING', 'PAYING') AND created_utc < ? AND terminal_id = ?"),
        { dayEnd, request.terminalId }
    };
    const auto pending = reports.pendingSales(unresolved);
    ReportFigures pendingSums;
    if (!pending || !reports.addSums(unresolved, &pendingSums))
        return outcome(CloseOutcome::JournalError, reports.lastError());
    figures.pending = *pending;
    figures.byStatus[QStringLiteral("PENDING")] = pendingSums.byStatus.value(QStringLiteral("PENDING"));
    figures.byStatus[QStringLiteral("PAYING")] = pendingSums.byStatus.value(QStringLiteral("PAYING"));

    // The next close carries from the oldest sale still open in this range, else the day's end.
    // Closing an earlier day than the last close does not move that point.
    QString carry = qMin(dayEnd, ReceiptStore::toStoredTime(now)); // later sales of the day: next close
    // Only sales inside the range this close covered: a sale still open from a day no close has
    // covered yet is left to the close of its own day.
    for (const PendingSale &p : std::as_const(figures.pending)) {
        if (p.createdUtc >= from && p.createdUtc < carry)
            carry = p.createdUtc;
    }
    if (previousDay.isValid() && previousDay > request.day)
        carry = previousCarry;

    CashCount cash;
    cash.openingFloat = request.openingFloat;
    cash.counted = request.countedCash;
    cash.expected = request.openingFloat.value_or(Money()) + figures.cash.taken();

    int closeNo = 1;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(close_no), 0) + 1 FROM closes WHERE terminal_id = ?"));
        q.bindValue(0, request.terminalId);
        if (!q.exec() || !q.next())
            return outcome(CloseOutcome::JournalError, q.lastError().text());
        closeNo = q.value(0).toInt();
    }

    QJsonObject doc = figures.toJson();
    doc.insert(QStringLiteral("close_no"), closeNo);
    doc.insert(QStringLiteral("terminal"), request.terminalId);
    doc.insert(QStringLiteral("day"), ReportPeriod::dateText(request.day));
    doc.insert(QStringLiteral("closed_at"), ReceiptStore::toStoredTime(now));
    doc.insert(QStringLiteral("closed_by"), request.closedBy);
    doc.insert(QStringLiteral("sales_taken"), count);
    doc.insert(QStringLiteral("cash_count"), cash.toJson());
    doc.insert(QStringLiteral("backup"),
        QJsonObject { { QStringLiteral("path"), backup.path },
            { QStringLiteral("integrity_check"), backup.integrity } });
    const QByteArray document = QJsonDocument(doc).toJson(QJsonDocument::Compact);

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO closes (terminal_id, close_no, day, created_utc, range_from_utc,"
                             " range_to_utc, carry_from_utc, opening_float, counted_cash, closed_by,"
                             " backup_path, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values { request.terminalId, closeNo, ReportPeriod::dateText(request.day),
        ReceiptStore::toStoredTime(now), from, dayEnd, carry,
        request.openingFloat ? QVariant(request.openingFloat->rupiah()) : QVariant(),
        request.countedCash ? QVariant(request.countedCash->rupiah()) : QVariant(),
        request.closedBy.isNull() ? QStringLiteral("") : request.closedBy, backup.path,
        QString::fromUtf8(document) };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return outcome(CloseOutcome::JournalError,
            QStringLiteral("Cannot store the close: %1").arg(q.lastError().text()));
    const qint64 closeId = q.lastInsertId().toLongLong();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO close_items (sale_id, close_id) SELECT id, ? FROM sales WHERE ")
        + candidates.where);
    q.bindValue(0, closeId);
    for (int i = 0; i < candidates.values.size(); ++i)
        q.bindValue(i + 1, candidates.values.at(i));
    if (!q.exec() || q.numRowsAffected() != count)
        return outcome(CloseOutcome::JournalError,
            QStringLiteral("Cannot record the sales of the close: %1").arg(q.lastError().text()));
    if (!tx.commit())
        return outcome(
            CloseOutcome::JournalError, QStringLiteral("Cannot commit the close: %1").arg(tx.lastError()));

    qCInfo(lcStore).noquote() << "close" << closeNo << "of terminal" << request.terminalId << "for"
                              << ReportPeriod::dateText(request.day) << "took" << count << "sales";
    CloseResult r = outcome(CloseOutcome::Closed, QString());
    const auto stored = find(request.terminalId, closeNo);
    if (!stored)
        return outcome(CloseOutcome::JournalError, m_lastError);
    r.close = *stored;
    return r;
}

std::optional<CloseRecord> DayCloser::find(const QString &terminalId, int closeNo) const
{
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName(), false));
    q.prepare(SelectClose + QStringLiteral(" WHERE terminal_id = ? AND close_no = ?"));
    q.bindValue(0, terminalId);
    q.bindValue(1, closeNo);
    if (!q.exec()) {
        m_lastError = QStringLiteral("Cannot read the closes: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_lastError = QStringLiteral("No close %1 for terminal %2.").arg(closeNo).arg(terminalId);
        return std::nullopt;
    }
    return recordFrom(q);
}

QList<CloseRecord> DayCloser::list(const QString &terminalId) const
{
    QList<CloseRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName(), false));
    q.prepare(SelectClose + QStringLiteral(" WHERE terminal_id = ? ORDER BY close_no DESC"));
    q.bindValue(0, terminalId);
    if (!q.exec()) {
        m_lastError = QStringLiteral("Cannot read the closes: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

} // namespace Kasir
