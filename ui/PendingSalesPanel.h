#pragma once

#include "catalog/ProductCatalog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Kasir {

class PendingSalesModel;
class SaleService;

// The visible list of sales being checked. It follows SaleService::saleChanged by itself and
// offers "check now" (SaleService::recoverNow()).
class PendingSalesPanel : public QWidget
{
    Q_OBJECT
public:
    PendingSalesPanel(SaleService *sales, const ProductCatalog &catalog, QWidget *parent = nullptr);

    PendingSalesModel *model() const { return m_model; }
    // Sales listed as being checked: the one count the window shows (the status bar follows it).
    int unresolvedCount() const;

signals:
    void unresolvedCountChanged(int count);

private:
    void updateTitle();

    SaleService *m_sales;
    PendingSalesModel *m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QTableView *m_view;
    QWidget *m_filler = nullptr;
    QPushButton *m_checkNow;
    int m_lastCount = -1;
};

} // namespace Kasir
