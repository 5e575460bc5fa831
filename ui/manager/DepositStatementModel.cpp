#include "DepositStatementModel.h"

#include "StatusText.h"
#include "store/ReceiptStore.h"

#include <QBrush>
#include <QColor>

namespace Kasir {

DepositStatementModel::DepositStatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DepositStatementModel::setLines(const QList<DepositStatementLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int DepositStatementModel::gapCount() const
{
    int n = 0;
    for (const DepositStatementLine &l : m_lines)
        n += l.gap ? 1 : 0;
    return n;
}

int DepositStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DepositStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepositStatementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const DepositStatementLine &l = m_lines.at(index.row());
    if (role == Qt::BackgroundRole && l.gap)
        return QBrush(l.gapMarked ? QColor(0xDC, 0xFC, 0xE7) : QColor(0xFE, 0xF3, 0xC7));
    if (role == Qt::TextAlignmentRole && index.column() >= ChargeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && l.gap)
        return l.gapMarked ? tr("Deposit top-up: %1").arg(l.gapNote)
                           : tr("The deposit moved outside this counter between %1 and %2.")
                                 .arg(l.previousReceipt, l.receiptNo);
    if (role != Qt::DisplayRole)
        return {};
    auto money = [](const std::optional<Money> &m) { return m ? m->format() : QStringLiteral("-"); };
    switch (index.column()) {
    case TimeColumn:
        return ReceiptStore::fromStoredTime(l.createdUtc).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case ReceiptColumn:
        return l.receiptNo;
    case StatusColumn:
        return StatusText::label(l.status);
    case ChargeColumn:
        return l.charge.format();
    case BeforeColumn:
        return money(l.before);
    case AfterColumn:
        return money(l.after);
    case GapColumn:
        if (!l.gap)
            return QString();
        return l.gapMarked ? tr("%1 (top-up)").arg(l.gap->format()) : l.gap->format();
    default:
        return {};
    }
}

QVariant DepositStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ReceiptColumn:
        return tr("Receipt");
    case StatusColumn:
        return tr("Status");
    case ChargeColumn:
        return tr("Charge");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case GapColumn:
        return tr("Gap");
    default:
        return {};
    }
}

} // namespace Kasir
