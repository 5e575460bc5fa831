#pragma once

#include "store/ReceiptStore.h"
#include "store/SaleRecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Kasir {

// The sales history as a table, newest first, loaded page by page from the journal: the view
// asks for more (canFetchMore/fetchMore) as it scrolls, so only the rows seen are ever read.
// Each page is one indexed query (keyset paging on created time and id). Rows already loaded
// follow the journal through updateSale(); a new sale that matches the filter appears on top.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ReceiptColumn,
        WalletColumn,
        NumberColumn,
        NominalColumn,
        TotalColumn,
        StatusColumn,
        SerialColumn,
        PrintedColumn,
        ColumnCount
    };
    enum Role { SaleIdRole = Qt::UserRole + 1, StatusRole };

    static constexpr int PageSize = 100;
    // The count shown stops here: counting two years of sales would hold up the window.
    static constexpr qint64 CountCap = 10000;

    explicit HistoryModel(const ReceiptStore *store, QObject *parent = nullptr);

    // Wallet names shown instead of product codes.
    void setProductNames(const QHash<QString, QString> &codeToName) { m_productNames = codeToName; }
    // Starts over with a new filter: the first page is read, the rest on demand.
    void setFilter(const SaleHistoryFilter &filter);
    SaleHistoryFilter filter() const { return m_filter; }
    // The filter's total number of rows (one COUNT query, cached until the filter changes), at
    // most CountCap + 1; totalIsCapped() then says there are more than CountCap.
    qint64 totalCount() const;
    bool totalIsCapped() const { return totalCount() > CountCap; }

    SaleRecord record(int row) const { return m_rows.value(row); }
    int rowOfSale(qint64 saleId) const { return m_rowById.value(saleId, -1); }
    // A journal row changed (recovery resolved it, a print was counted) or was added.
    void updateSale(const SaleRecord &record);
    // Re-reads the loaded rows from the journal (after prints made elsewhere).
    void reloadSale(qint64 saleId);

    // Whether a row satisfies a filter; the store's query is the reference, this mirrors it for
    // rows that arrive live.
    static bool matches(const SaleRecord &record, const SaleHistoryFilter &filter);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // fetchMore() reads the next page from the event loop (never inside the caller's signal),
    // and canFetchMore() is false until it arrived.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool isFetching() const { return m_fetchPending; }

signals:
    void totalCountChanged(qint64 count);

private:
    QList<SaleRecord> readPage() const;
    void reindex();

    const ReceiptStore *m_store;
    SaleHistoryFilter m_filter;
    QList<SaleRecord> m_rows;
    QHash<qint64, int> m_rowById;
    void appendNextPage(quint64 generation);

    bool m_atEnd = true;
    bool m_fetchPending = false;
    quint64 m_generation = 0; // a page asked for under an older filter is dropped
    mutable qint64 m_total = -1;
    QHash<QString, QString> m_productNames;
};

} // namespace Kasir
