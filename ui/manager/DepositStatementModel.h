#pragma once

#include "report/DepositStatementLine.h"

#include <QAbstractTableModel>

namespace Kasir {

// The deposit statement ("mutasi deposit"): each sale with its charge and the balances the
// server reported before and after; gaps highlighted.
class DepositStatementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ReceiptColumn,
        StatusColumn,
        ChargeColumn,
        BeforeColumn,
        AfterColumn,
        GapColumn,
        ColumnCount
    };

    explicit DepositStatementModel(QObject *parent = nullptr);
    void setLines(const QList<DepositStatementLine> &lines);
    int gapCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DepositStatementLine> m_lines;
};

} // namespace Kasir
