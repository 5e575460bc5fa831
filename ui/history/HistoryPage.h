#pragma once

#include "catalog/ProductCatalog.h"
#include "store/ReceiptStore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Kasir {

class HistoryModel;
class ReceiptActions;
class SaleService;

// The sales history: newest first, today by default, filtered by date range, wallet and status,
// with one search box for a customer number, SN, ref id, receipt number or req_id (a search looks
// through all dates). Enter opens the sale, F9 prints or reprints it, F5 re-checks a sale still
// being checked, F8 starts a new sale for the same customer (as F8 does on the entry); PENDING
// rows update by themselves.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    HistoryPage(const ReceiptStore *store, SaleService *sales, ReceiptActions *actions,
        const ProductCatalog &catalog, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }

    // Today's sales, newest first, with the newest selected: what the cashier wants after a sale.
    void showToday();
    // The filter the controls describe now.
    SaleHistoryFilter currentFilter() const;
    void applyFilter();

    // Writes the filtered rows to path as CSV in the background; csvExportFinished() follows.
    void exportCsv(const QString &path);

    qint64 selectedSaleId() const;
    void openDetail(qint64 saleId);
    void printSelected();
    void recheckSelected();

signals:
    void repeatSaleRequested(const QString &productId, const QString &custId, Kasir::Money amount);
    void csvExportFinished(bool ok, qint64 rows, const QString &message);
    void recheckRequested(const QString &receiptNo); // the cashier asked for a re-check

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, bool error);
    void updateCount();
    void askCsvFile();

    const ReceiptStore *m_store;
    SaleService *m_sales;
    ReceiptActions *m_actions;
    ProductCatalog m_catalog;
    HistoryModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_wallet;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_searchNote;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_print;
    QPushButton *m_recheck;
    QPushButton *m_export;
    QTimer *m_searchDelay;
};

} // namespace Kasir
