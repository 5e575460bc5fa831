#include "PendingListModel.h"

#include "StatusText.h"

#include <QBrush>

namespace Kasir {

PendingListModel::PendingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PendingListModel::setSales(const QList<PendingSale> &sales)
{
    beginResetModel();
    m_sales = sales;
    endResetModel();
}

int PendingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sales.size());
}

int PendingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sales.size())
        return {};
    const PendingSale &s = m_sales.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(StatusText::color(s.status));
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 %2 — %3")
            .arg(s.productId, s.amount.format(), s.flagged ? s.flagReason : tr("being re-checked"));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceiptColumn:
        return s.receiptNo;
    case WalletColumn:
        return s.productId;
    case AmountColumn:
        return s.amount.format();
    case StatusColumn:
        return s.flagged ? tr("%1, needs the manager").arg(StatusText::label(s.status))
                         : StatusText::label(s.status);
    case ReasonColumn:
        return s.flagged ? s.flagReason : tr("being re-checked");
    default:
        return {};
    }
}

QVariant PendingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceiptColumn:
        return tr("Receipt");
    case WalletColumn:
        return tr("Wallet");
    case AmountColumn:
        return tr("Nominal");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace Kasir
