#pragma once

#include "report/ReportFigures.h"

#include <QAbstractTableModel>

namespace Kasir {

// Figure lines (per wallet or per cashier) as a table, with a total row at the bottom.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CountColumn,
        NominalColumn,
        CostColumn,
        CollectedColumn,
        MarginColumn,
        ColumnCount
    };

    explicit FigureTableModel(const QString &nameHeader, QObject *parent = nullptr);

    void setLines(const QMap<QString, FigureLine> &lines, const FigureLine &total);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_nameHeader;
    QList<QPair<QString, FigureLine>> m_rows; // the last one is the total
};

// Count and nominal per status, in the order SUCCESS, FAILED, PENDING, PAYING, REJECTED.
class StatusTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit StatusTableModel(QObject *parent = nullptr);
    void setLines(const QMap<QString, StatusLine> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, StatusLine>> m_rows;
};

} // namespace Kasir
