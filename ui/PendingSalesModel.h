#pragma once

#include "catalog/ProductCatalog.h"
#include "store/SaleRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace Kasir {

// The sales whose outcome is being checked, from the journal's value structs. A row that
// recovery resolves stays in the list with its final status (the last few of them), so the
// cashier sees what became of it.
class PendingSalesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SaleColumn, StatusColumn, ColumnCount };
    static constexpr int MaxResolvedKept = 10;

    explicit PendingSalesModel(const ProductCatalog &catalog, QObject *parent = nullptr);

    // Replaces the list with the journal's unresolved rows.
    void setUnresolved(const QList<SaleRecord> &records);
    // A row changed in the journal: updates a listed row; adds a row that became PENDING.
    void applyChange(const SaleRecord &record);

    int unresolvedCount() const;
    const SaleRecord &recordAt(int row) const { return m_records.at(row); }
    int rowOf(const QString &reqId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString productName(const QString &code) const;
    void dropOldResolved();

    ProductCatalog m_catalog;
    QList<SaleRecord> m_records; // unresolved first (oldest first), then resolved (newest first)
};

} // namespace Kasir
