#pragma once

#include "CounterConfig.h"
#include "catalog/ProductCatalog.h"

#include <QMainWindow>

class QButtonGroup;
class QPushButton;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Kasir {

class HistoryPage;
class ManagerAccess;
class ReceiptActions;
class SaleService;
class SaleStatusBar;
class TopUpPage;

// The shell: the demo banner, the page navigation, the pages and the status bar. Each page is
// its own widget; History and Manager come with later updates and are shown disabled.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SaleService *sales, const ProductCatalog &catalog, const CounterConfig &config,
        QWidget *parent = nullptr);

    TopUpPage *topUpPage() const { return m_topUp; }
    SaleStatusBar *saleStatusBar() const { return m_statusBar; }
    QLabel *demoBanner() const { return m_demoBanner; }
    QLabel *demoReason() const { return m_demoReason; }
    // Hosts the manager's page behind the "Manager" button. access (not owned, may be null):
    // asked before the page is shown (the manager's PIN); the page checks its own actions.
    void setManagerPage(QWidget *page, ManagerAccess *access = nullptr);
    QWidget *managerPage() const { return m_managerPage; }
    // A button at the right end of the navigation row (user, settings), not part of the pages.
    void addNavAction(QWidget *button);

    // Receipts and history are set up: the History page (F7) and printing from the result screen.
    void addHistory(HistoryPage *page, ReceiptActions *actions);
    HistoryPage *historyPage() const { return m_history; }
    void showHistory(); // today's sales, the newest selected

private:
    QLabel *m_demoBanner = nullptr;
    QLabel *m_demoReason = nullptr;
    QStackedWidget *m_pages;
    QButtonGroup *m_nav;
    TopUpPage *m_topUp;
    SaleStatusBar *m_statusBar;
    QPushButton *m_historyNav = nullptr;
    QPushButton *m_topUpNav = nullptr;
    HistoryPage *m_history = nullptr;
    QPushButton *m_managerNav = nullptr;
    QWidget *m_managerPage = nullptr;
    ManagerAccess *m_managerAccess = nullptr;
    QHBoxLayout *m_navRow = nullptr;
};

} // namespace Kasir
