#include "HistoryModel.h"

#include "StatusText.h"
#include "customer/CustomerId.h"

#include <QBrush>
#include <QLocale>

namespace Kasir {

HistoryModel::HistoryModel(const ReceiptStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void HistoryModel::setFilter(const SaleHistoryFilter &filter)
{
    beginResetModel();
    ++m_generation;
    m_fetchPending = false;
    m_filter = filter;
    m_filter.limit = PageSize;
    m_filter.beforeCreatedUtc = QDateTime();
    m_filter.beforeId = 0;
    m_total = -1;
    m_rows.clear(); // readPage() continues after the last row held
    m_rows = readPage();
    m_atEnd = m_rows.size() < PageSize;
    reindex();
    endResetModel();
    emit totalCountChanged(totalCount());
}

qint64 HistoryModel::totalCount() const
{
    if (m_total < 0) {
        if (m_atEnd) {
            m_total = m_rows.size();
        } else {
            SaleHistoryFilter f = m_filter;
            f.beforeCreatedUtc = QDateTime();
            m_total = m_store->historyCount(f, CountCap);
        }
    }
    return m_total;
}

QList<SaleRecord> HistoryModel::readPage() const
{
    SaleHistoryFilter f = m_filter;
    f.limit = PageSize;
    if (!m_rows.isEmpty()) {
        f.beforeCreatedUtc = m_rows.last().createdUtc;
        f.beforeId = m_rows.last().id;
    }
    return m_store->history(f);
}

void HistoryModel::reindex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetchPending;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetchPending)
        return;
    m_fetchPending = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this, [this, generation] { appendNextPage(generation); }, Qt::QueuedConnection);
}

void HistoryModel::appendNextPage(quint64 generation)
{
    if (generation != m_generation || !m_fetchPending)
        return;
    m_fetchPending = false;
    const QList<SaleRecord> page = readPage();
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const SaleRecord &r : page) {
        m_rowById.insert(r.id, int(m_rows.size()));
        m_rows.append(r);
    }
    endInsertRows();
}

bool HistoryModel::matches(const SaleRecord &r, const SaleHistoryFilter &f)
{
    const QDate day = r.createdUtc.toLocalTime().date();
    const std::optional<QDate> from = f.localDate ? f.localDate : f.fromDate;
    const std::optional<QDate> to = f.localDate ? f.localDate : f.toDate;
    if ((from && day < *from) || (to && day > *to))
        return false;
    if (!f.custId.isEmpty() && r.custId != f.custId)
        return false;
    if (f.status && r.status != *f.status)
        return false;
    if (!f.productId.isEmpty() && r.productId.compare(f.productId, Qt::CaseInsensitive) != 0)
        return false;
    const QString s = f.search.trimmed();
    if (!s.isEmpty()) {
        const CustomerIdResult cust = normalizeCustomerId(s);
        const bool hit = r.custId == s || (cust.ok && r.custId == cust.normalized) || r.serialNo == s
            || r.refId == s || r.receiptNo == s || r.receiptNo == s.toUpper() || r.reqId == s;
        if (!hit)
            return false;
    }
    return true;
}

void HistoryModel::updateSale(const SaleRecord &record)
{
    const int row = rowOfSale(record.id);
    if (row >= 0) {
        m_rows[row] = record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // A sale made since the page was read: it belongs on top when it is the newest and matches.
    if (!matches(record, m_filter))
        return;
    if (!m_rows.isEmpty()) {
        const SaleRecord &first = m_rows.first();
        if (record.createdUtc < first.createdUtc
            || (record.createdUtc == first.createdUtc && record.id < first.id))
            return; // older than what is shown: it comes with paging
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(record);
    reindex();
    endInsertRows();
    if (m_total >= 0)
        ++m_total;
    emit totalCountChanged(totalCount());
}

void HistoryModel::reloadSale(qint64 saleId)
{
    if (const auto record = m_store->findById(saleId))
        updateSale(*record);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SaleRecord &r = m_rows.at(index.row());
    switch (role) {
    case SaleIdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case Qt::TextAlignmentRole:
        if (index.column() == NominalColumn || index.column() == TotalColumn
            || index.column() == PrintedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return QVariant();
        return QBrush(StatusText::color(r.status));
    case Qt::ToolTipRole:
        if (r.flagged)
            return tr("Flagged for the manager: %1").arg(r.flagReason);
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(r.createdUtc.toLocalTime(), QStringLiteral("dd-MM-yy HH:mm"));
    case ReceiptColumn:
        return r.receiptNo;
    case WalletColumn:
        return m_productNames.value(r.productId, r.productId);
    case NumberColumn:
        return r.custId;
    case NominalColumn:
        return r.amount.format();
    case TotalColumn:
        // A failed or rejected sale collected nothing.
        if (r.status == SaleStatus::Failed || r.status == SaleStatus::Rejected)
            return QStringLiteral("—");
        return r.sellingPrice.format();
    case StatusColumn:
        return StatusText::label(r.status);
    case SerialColumn:
        return r.serialNo;
    case PrintedColumn:
        return r.printedCount == 0 ? tr("no") : QString::number(r.printedCount);
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Date and time");
    case ReceiptColumn:
        return tr("Receipt no.");
    case WalletColumn:
        return tr("Wallet");
    case NumberColumn:
        return tr("Customer no.");
    case NominalColumn:
        return tr("Nominal");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    case SerialColumn:
        return tr("SN");
    case PrintedColumn:
        return tr("Printed");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace Kasir
