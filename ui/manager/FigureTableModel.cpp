#include "FigureTableModel.h"

#include "StatusText.h"

#include <QFont>

namespace Kasir {

FigureTableModel::FigureTableModel(const QString &nameHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_nameHeader(nameHeader)
{ }

void FigureTableModel::setLines(const QMap<QString, FigureLine> &lines, const FigureLine &total)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        m_rows.append({ it.key(), it.value() });
    m_rows.append({ tr("Total"), total });
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &[name, line] = m_rows.at(index.row());
    const bool totalRow = index.row() == m_rows.size() - 1;
    if (role == Qt::FontRole && totalRow) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                            : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return name;
    case CountColumn:
        return QString::number(line.count);
    case NominalColumn:
        return line.nominal.format();
    case CostColumn:
        return line.cost.format();
    case CollectedColumn:
        return line.collected.format();
    case MarginColumn:
        return line.margin().format();
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_nameHeader;
    case CountColumn:
        return tr("Sales");
    case NominalColumn:
        return tr("Nominal");
    case CostColumn:
        return tr("Cost");
    case CollectedColumn:
        return tr("Collected");
    case MarginColumn:
        return tr("Margin");
    default:
        return {};
    }
}

StatusTableModel::StatusTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatusTableModel::setLines(const QMap<QString, StatusLine> &lines)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &status : ReportFigures::statusOrder())
        m_rows.append({ status, lines.value(status) });
    endResetModel();
}

int StatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant StatusTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &[status, line] = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return StatusText::label(saleStatusFromName(status).value_or(SaleStatus::Pending));
    case 1:
        return QString::number(line.count);
    case 2:
        return line.nominal.format();
    default:
        return {};
    }
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Status");
    case 1:
        return tr("Sales");
    case 2:
        return tr("Nominal");
    default:
        return {};
    }
}

} // namespace Kasir
