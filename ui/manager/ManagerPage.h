#pragma once

#include "ManagerAccess.h"
#include "ReportPrinter.h"
#include "report/CloseRecord.h"
#include "report/DailySeries.h"
#include "report/ReportFigures.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace Kasir {

class CloseDialog;
class DailyChart;
class DepositStatementModel;
class FigureTableModel;
class PendingListModel;
class ReportService;
class ResolveDialog;
class SaleService;
class StatusTableModel;

// The store manager's page: the day's totals in big numbers, per-wallet, per-cashier and
// per-status tables, the deposit statement, the pending/flagged list with re-check and resolve,
// X report, close (Z) with the cash count, 7/30-day charts, printing and CSV/PDF export.
// Every figure comes from ReportService on its own thread: the page never waits on SQL.
class ManagerPage : public QWidget
{
    Q_OBJECT
public:
    // sales may be null (no re-check button then). access null: everything is allowed.
    ManagerPage(ReportService *reports, SaleService *sales, ManagerAccess *access = nullptr,
        QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void refresh();

    // Where exports go. The default asks with a file dialog; tests give a path.
    using SavePathProvider = std::function<QString(const QString &suggestedName, const QString &filter)>;
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }

    const std::optional<ReportFigures> &figures() const { return m_figures; }
    const std::optional<CloseRecord> &lastClose() const { return m_lastClose; }
    DailyChart *countChart() const { return m_countChart; }
    DailyChart *marginChart() const { return m_marginChart; }
    int chartDays() const { return m_chartDays; }
    void setChartDays(int days);
    QLabel *messageLabel() const { return m_message; }

    // Lines of the X report / the last close for the chosen paper.
    QStringList xReportLines() const;

signals:
    void figuresShown(); // the tiles and tables show a fresh answer
    void chartsShown(); // the charts show a fresh answer
    void closeDone(bool ok);
    void resolveDone(bool ok);
    void exported(const QString &path); // a CSV or PDF was saved

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTiles();
    QWidget *buildTables();
    QWidget *buildPending();
    QWidget *buildCharts();
    void showFigures(const ReportFigures &f);
    void say(const QString &text, const char *role);
    ReportPrinter::Roll roll() const;
    void startClose();
    void startResolve();
    void printX();
    void printLastClose();
    void exportCsv();
    void savePdf(const CloseRecord *close); // null: the X report of the day
    enum Paper { Roll58, Roll80, A4Pdf };
    QString askPath(const QString &suggested, const QString &filter);

    ReportService *m_reports;
    SaleService *m_sales;
    ManagerAccess *m_access;
    OpenManagerAccess m_openAccess;
    SavePathProvider m_savePath;
    QDate m_date;
    int m_chartDays = 7;
    int m_figuresRequest = 0;
    int m_seriesRequest = 0;
    int m_statementRequest = 0;
    std::optional<ReportFigures> m_figures;
    std::optional<CloseRecord> m_lastClose;
    QTimer *m_refreshSoon;

    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_salesCount = nullptr;
    QLabel *m_nominal = nullptr;
    QLabel *m_margin = nullptr;
    QLabel *m_deposit = nullptr;
    QLabel *m_depositNote = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_pendingTitle = nullptr;
    FigureTableModel *m_walletModel;
    FigureTableModel *m_cashierModel;
    StatusTableModel *m_statusModel;
    PendingListModel *m_pendingModel;
    DepositStatementModel *m_statementModel;
    QTableView *m_pendingView = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_chart7 = nullptr;
    QPushButton *m_chart30 = nullptr;
    QComboBox *m_paper = nullptr;
    DailyChart *m_countChart = nullptr;
    DailyChart *m_marginChart = nullptr;
};

} // namespace Kasir
