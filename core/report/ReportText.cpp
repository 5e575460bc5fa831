#include "report/ReportText.h"

#include "store/ReceiptStore.h"

#include <QCoreApplication>

namespace Kasir {

namespace {

QString localTime(const QString &storedUtc)
{
    return ReceiptStore::fromStoredTime(storedUtc).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString periodText(const ReportFigures &f)
{
    if (f.from == f.to)
        return ReportPeriod::dateText(f.from);
    return ReportPeriod::dateText(f.from) + QStringLiteral(" .. ") + ReportPeriod::dateText(f.to);
}

} // namespace

QStringList ReportText::wrap(const QString &text, int columns)
{
    QStringList out;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w = word;
        while (w.size() > columns) { // a word longer than the paper is cut into pieces
            if (!line.isEmpty()) {
                out << line;
                line.clear();
            }
            out << w.left(columns);
            w = w.mid(columns);
        }
        if (line.isEmpty())
            line = w;
        else if (line.size() + 1 + w.size() <= columns)
            line += QLatin1Char(' ') + w;
        else {
            out << line;
            line = w;
        }
    }
    if (!line.isEmpty())
        out << line;
    return out;
}

QString ReportText::rule(int columns, QChar c)
{
    return QString(columns, c);
}

QString ReportText::centered(const QString &text, int columns)
{
    if (text.size() >= columns)
        return text.left(columns);
    const int pad = int(columns - text.size()) / 2;
    return QString(pad, QLatin1Char(' ')) + text;
}

QString ReportText::row(const QString &label, const QString &value, int columns)
{
    const int room = int(columns - value.size() - 1);
    if (room <= 0)
        return value.right(columns);
    const QString left = label.left(room);
    return left + QString(int(columns - left.size() - value.size()), QLatin1Char(' ')) + value;
}

void ReportText::body(QStringList *out, const ReportFigures &f, int columns)
{
    out->append(wrap(tr("Period: %1").arg(periodText(f)), columns));
    out->append(rule(columns));
    out->append(row(tr("Sales (SUCCESS)"), QString::number(f.totals.count), columns));
    out->append(row(tr("Nominal"), f.totals.nominal.format(), columns));
    out->append(row(tr("Cost (deposit)"), f.totals.cost.format(), columns));
    out->append(row(tr("Collected"), f.totals.collected.format(), columns));
    out->append(row(tr("Margin"), f.totals.margin().format(), columns));

    out->append(rule(columns));
    out->append(tr("Per wallet"));
    for (auto it = f.byWallet.cbegin(); it != f.byWallet.cend(); ++it) {
        out->append(row(it.key(), tr("%n sale(s)", nullptr, int(it.value().count)), columns));
        out->append(row(QStringLiteral("  ") + tr("nominal"), it.value().nominal.format(), columns));
        out->append(row(QStringLiteral("  ") + tr("margin"), it.value().margin().format(), columns));
    }
    out->append(rule(columns));
    out->append(tr("Per cashier"));
    for (auto it = f.byCashier.cbegin(); it != f.byCashier.cend(); ++it) {
        out->append(row(it.key(), tr("%n sale(s)", nullptr, int(it.value().count)), columns));
        out->append(row(QStringLiteral("  ") + tr("collected"), it.value().collected.format(), columns));
    }
    out->append(rule(columns));
    out->append(tr("Per status"));
    for (const QString &status : ReportFigures::statusOrder()) {
        const StatusLine line = f.byStatus.value(status);
        out->append(row(QStringLiteral("%1 %2").arg(status).arg(line.count), line.nominal.format(), columns));
    }
    out->append(rule(columns));
    out->append(tr("Cash"));
    out->append(row(tr("Received"), f.cash.received.format(), columns));
    out->append(row(tr("Change given"), f.cash.change.format(), columns));
    out->append(row(tr("Cash taken"), f.cash.taken().format(), columns));
    out->append(row(tr("Customers still owe"), f.cash.owing.format(), columns));
    out->append(rule(columns));
    out->append(tr("Deposit"));
    out->append(
        row(tr("First balance"), f.deposit.first ? f.deposit.first->format() : QStringLiteral("-"), columns));
    out->append(
        row(tr("Last balance"), f.deposit.last ? f.deposit.last->format() : QStringLiteral("-"), columns));
    if (f.deposit.gaps.isEmpty())
        out->append(wrap(tr("No gap: the deposit moved only with these sales."), columns));
    for (const DepositGap &g : f.deposit.gaps) {
        out->append(row(tr("Gap"), g.amount.format(), columns));
        out->append(QStringLiteral("  %1 ->").arg(g.fromReceipt));
        out->append(QStringLiteral("  %1").arg(g.toReceipt));
        if (g.marked)
            out->append(wrap(tr("top-up: %1").arg(g.note), columns));
    }
    out->append(rule(columns));
    if (f.pending.isEmpty()) {
        out->append(wrap(tr("No sale pending or flagged."), columns));
    } else {
        out->append(tr("Pending / flagged: %1").arg(f.pending.size()));
        for (const PendingSale &p : f.pending)
            out->append(row(p.receiptNo,
                p.flagged ? saleStatusName(p.status) + QStringLiteral("!") : saleStatusName(p.status),
                columns));
    }
}

QStringList ReportText::xReport(
    const ReportFigures &figures, const QString &terminalId, const QDateTime &printedUtc, int columns)
{
    QStringList out;
    out << rule(columns, QLatin1Char('='));
    out << centered(tr("X REPORT"), columns);
    for (const QString &l : wrap(tr("not a close; changes nothing"), columns))
        out << centered(l, columns);
    out << rule(columns, QLatin1Char('='));
    if (!terminalId.isEmpty())
        out << tr("Terminal: %1").arg(terminalId);
    out << tr("Printed: %1").arg(printedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    body(&out, figures, columns);
    out << rule(columns, QLatin1Char('='));
    return out;
}

QStringList ReportText::close(const CloseRecord &close, int columns)
{
    QStringList out;
    out << rule(columns, QLatin1Char('='));
    out << centered(tr("CLOSE (Z) No. %1").arg(close.closeNo), columns);
    out << rule(columns, QLatin1Char('='));
    out << tr("Terminal: %1").arg(close.terminalId);
    out << tr("Day: %1").arg(ReportPeriod::dateText(close.day));
    out << tr("Closed: %1").arg(localTime(close.createdUtc));
    body(&out, close.figures, columns);
    out << tr("Cash count");
    const CashCount &c = close.cashCount;
    out << row(tr("Opening float"), c.openingFloat ? c.openingFloat->format() : QStringLiteral("-"), columns);
    out << row(tr("Expected"), c.expected.format(), columns);
    out << row(tr("Counted"), c.counted ? c.counted->format() : QStringLiteral("-"), columns);
    const auto diff = c.difference();
    out << row(tr("Difference"),
        diff ? diff->format() + (diff->isZero() ? QString() : QStringLiteral(" !")) : QStringLiteral("-"),
        columns);
    out << rule(columns, QLatin1Char('='));
    return out;
}

} // namespace Kasir
