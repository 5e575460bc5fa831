#include "PendingSalesModel.h"

#include "StatusText.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace Kasir {

PendingSalesModel::PendingSalesModel(const ProductCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{ }

void PendingSalesModel::setUnresolved(const QList<SaleRecord> &records)
{
    beginResetModel();
    m_records.clear();
    for (const SaleRecord &r : records) {
        if (r.isUnresolved())
            m_records.append(r);
    }
    endResetModel();
}

void PendingSalesModel::applyChange(const SaleRecord &record)
{
    const int row = rowOf(record.reqId);
    if (row >= 0) {
        const bool wasUnresolved = m_records.at(row).isUnresolved();
        if (wasUnresolved && !record.isUnresolved()) {
            // Move it below the unresolved rows, as the newest resolved one.
            beginRemoveRows(QModelIndex(), row, row);
            m_records.removeAt(row);
            endRemoveRows();
            const int at = unresolvedCount();
            beginInsertRows(QModelIndex(), at, at);
            m_records.insert(at, record);
            endInsertRows();
            dropOldResolved();
        } else {
            m_records[row] = record;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    // Only a sale whose outcome is unknown joins the list; a PAYING row is still on screen.
    if (record.status != SaleStatus::Pending)
        return;
    const int at = unresolvedCount();
    beginInsertRows(QModelIndex(), at, at);
    m_records.insert(at, record);
    endInsertRows();
}

void PendingSalesModel::dropOldResolved()
{
    const int firstResolved = unresolvedCount();
    const int resolved = int(m_records.size()) - firstResolved;
    if (resolved <= MaxResolvedKept)
        return;
    beginRemoveRows(QModelIndex(), firstResolved + MaxResolvedKept, int(m_records.size()) - 1);
    m_records.erase(m_records.begin() + firstResolved + MaxResolvedKept, m_records.end());
    endRemoveRows();
}

int PendingSalesModel::unresolvedCount() const
{
    int n = 0;
    for (const SaleRecord &r : m_records) {
        if (r.isUnresolved())
            ++n;
    }
    return n;
}

int PendingSalesModel::rowOf(const QString &reqId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).reqId == reqId)
            return i;
    }
    return -1;
}

int PendingSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PendingSalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PendingSalesModel::productName(const QString &code) const
{
    const Product *p = m_catalog.find(code);
    return p ? p->name : code;
}

QVariant PendingSalesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return QVariant();
    const SaleRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SaleColumn:
            return QString(productName(r.productId) + QLatin1Char(' ') + r.custId + QLatin1Char('\n')
                + r.amount.format() + QStringLiteral(" · ")
                + QLocale().toString(r.createdUtc.toLocalTime().time(), QStringLiteral("HH:mm"))
                + QLatin1Char('\n') + r.receiptNo
                + (r.status == SaleStatus::Success && !r.serialNo.isEmpty()
                        ? QString(QLatin1Char('\n') + tr("SN %1").arg(r.serialNo))
                        : QString()));
        case StatusColumn:
            return StatusText::label(r.status);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(StatusText::color(r.status));
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Receipt %1, request %2, attempts %3").arg(r.receiptNo, r.reqId).arg(r.attempts);
    default:
        break;
    }
    return QVariant();
}

QVariant PendingSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SaleColumn:
        return tr("Sale");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

} // namespace Kasir
