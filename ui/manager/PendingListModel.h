#pragma once

#include "report/ReportFigures.h"

#include <QAbstractTableModel>

namespace Kasir {

// Sales still PENDING / PAYING or flagged for the manager, by receipt number.
class PendingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReceiptColumn, WalletColumn, AmountColumn, StatusColumn, ReasonColumn, ColumnCount };

    explicit PendingListModel(QObject *parent = nullptr);
    void setSales(const QList<PendingSale> &sales);
    PendingSale saleAt(int row) const { return m_sales.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PendingSale> m_sales;
};

} // namespace Kasir
