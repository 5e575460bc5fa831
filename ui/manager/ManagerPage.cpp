#include "ManagerPage.h"

#include "CloseDialog.h"
#include "DailyChart.h"
#include "DepositStatementModel.h"
#include "FigureTableModel.h"
#include "PendingListModel.h"
#include "ResolveDialog.h"
#include "Theme.h"
#include "report/ReportCsv.h"
#include "report/ReportService.h"
#include "report/ReportText.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Kasir {

namespace {

QTableView *table(QAbstractItemModel *model, const char *name, QWidget *parent, int stretchColumn = 0)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont small = view->font();
    small.setPixelSize(13);
    view->setFont(small);
    view->horizontalHeader()->setFont(small);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->setAlternatingRowColors(true);
    return view;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

ManagerPage::ManagerPage(ReportService *reports, SaleService *sales, ManagerAccess *access, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_sales(sales)
    , m_access(access ? access : &m_openAccess)
    , m_date(QDate::currentDate())
    , m_refreshSoon(new QTimer(this))
    , m_walletModel(new FigureTableModel(tr("Wallet"), this))
    , m_cashierModel(new FigureTableModel(tr("Cashier"), this))
    , m_statusModel(new StatusTableModel(this))
    , m_pendingModel(new PendingListModel(this))
    , m_statementModel(new DepositStatementModel(this))
{
    setObjectName(QStringLiteral("managerPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);

    // Day and refresh on the first row, the day's actions on the second.
    auto *bar = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("Day"), content);
    Theme::setRole(dayLabel, "field");
    m_dateEdit = new QDateEdit(m_date, content);
    m_dateEdit->setObjectName(QStringLiteral("reportDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto *today = button(tr("Today"), "todayButton", content);
    auto *refreshButton = button(tr("Refresh"), "refreshButton", content);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("managerMessage"));
    m_message->setWordWrap(true);
    bar->addWidget(dayLabel);
    bar->addWidget(m_dateEdit);
    bar->addWidget(today);
    bar->addWidget(refreshButton);
    bar->addSpacing(12);
    bar->addWidget(m_message, 1);
    m_chart7 = button(tr("7 days"), "chart7Button", content);
    m_chart30 = button(tr("30 days"), "chart30Button", content);
    m_chart7->setToolTip(tr("Charts of the last 7 days"));
    m_chart30->setToolTip(tr("Charts of the last 30 days"));
    bar->addWidget(m_chart7);
    bar->addWidget(m_chart30);
    layout->addLayout(bar);

    auto *actions = new QHBoxLayout;
    m_paper = new QComboBox(content);
    m_paper->setObjectName(QStringLiteral("paperCombo"));
    m_paper->addItem(tr("Receipt 58 mm"));
    m_paper->addItem(tr("Receipt 80 mm"));
    m_paper->addItem(tr("A4 PDF"));
    m_paper->setToolTip(tr("Where Print X and Reprint Z go: the receipt printer, or an A4 PDF file"));
    auto *printX = button(tr("Print X"), "printXButton", content);
    printX->setToolTip(tr("The figures so far; changes nothing."));
    auto *printZ = button(tr("Reprint last Z"), "printCloseButton", content);
    printZ->setToolTip(tr("Print the last close of this terminal again, exactly as it was saved."));
    auto *closeButton = button(tr("Close day (Z)…"), "closeDayButton", content);
    closeButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #0B5FFF; color: white; border-color: #0B3D91; }"));
    auto *csv = button(tr("CSV"), "exportCsvButton", content);
    csv->setToolTip(tr("Save the figures as a CSV file"));
    actions->addWidget(m_paper);
    actions->addWidget(printX);
    actions->addWidget(printZ);
    actions->addStretch(1);
    actions->addWidget(csv);
    actions->addSpacing(12);
    actions->addWidget(closeButton);
    layout->addLayout(actions);

    layout->addWidget(buildTiles());
    auto *middle = new QHBoxLayout;
    middle->addWidget(buildTables(), 1);
    QWidget *pending = buildPending();
    pending->setMaximumWidth(330);
    middle->addWidget(pending);
    auto *middleBox = new QWidget(content);
    middleBox->setLayout(middle);
    middle->setContentsMargins(0, 0, 0, 0);
    middleBox->setFixedHeight(205);
    layout->addWidget(middleBox);
    layout->addWidget(buildCharts());

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(400);
    connect(m_refreshSoon, &QTimer::timeout, this, &ManagerPage::refresh);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ManagerPage::setDate);
    connect(today, &QPushButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    connect(refreshButton, &QPushButton::clicked, this, &ManagerPage::refresh);
    connect(printX, &QPushButton::clicked, this, &ManagerPage::printX);
    connect(printZ, &QPushButton::clicked, this, &ManagerPage::printLastClose);
    connect(closeButton, &QPushButton::clicked, this, &ManagerPage::startClose);
    connect(csv, &QPushButton::clicked, this, &ManagerPage::exportCsv);

    connect(m_reports, &ReportService::figuresReady, this, [this](int request, const ReportFigures &f) {
        if (request == m_figuresRequest)
            showFigures(f);
    });
    connect(m_reports, &ReportService::seriesReady, this, [this](int request, const DailySeries &s) {
        if (request != m_seriesRequest)
            return;
        m_countChart->setSeries(s);
        m_marginChart->setSeries(s);
        emit chartsShown();
    });
    connect(m_reports, &ReportService::statementReady, this,
        [this](int request, const QList<DepositStatementLine> &lines) {
            if (request == m_statementRequest)
                m_statementModel->setLines(lines);
        });
    connect(m_reports, &ReportService::failed, this, [this](int, const QString &error) {
        say(tr("The report could not be read: %1").arg(error), "error");
    });
    connect(m_reports, &ReportService::closeFinished, this, [this](int, const CloseResult &r) {
        if (r.outcome == CloseOutcome::Closed) {
            m_lastClose = r.close;
            say(tr("Close No. %1 saved (backup checked: %2).").arg(r.close.closeNo).arg(r.close.backupPath),
                "ok");
        } else if (r.outcome == CloseOutcome::NothingToClose) {
            say(tr("Nothing new to close: every settled sale is already in a close."), "warning");
        } else if (r.outcome == CloseOutcome::SalesPaying) {
            QStringList receipts;
            for (const PendingSale &p : r.paying)
                receipts << p.receiptNo;
            say(tr("Not closed: these sales are still being paid: %1. Wait for their answer, then close "
                   "again.")
                    .arg(receipts.join(QStringLiteral(", "))),
                "warning");
        } else {
            say(tr("Not closed: %1").arg(r.message), "error");
        }
        refresh();
        emit closeDone(r.outcome == CloseOutcome::Closed);
    });
    connect(m_reports, &ReportService::closesReady, this, [this](int, const QList<CloseRecord> &closes) {
        if (!closes.isEmpty())
            m_lastClose = closes.first();
    });
    connect(m_reports, &ReportService::resolveFinished, this, [this](int, const ResolveResult &r) {
        if (r.outcome == ResolveOutcome::Resolved)
            say(tr("Sale %1 resolved as %2.").arg(r.record.receiptNo, saleStatusName(r.record.status)), "ok");
        else
            say(tr("Not resolved: %1").arg(r.message), "error");
        refresh();
        emit resolveDone(r.outcome == ResolveOutcome::Resolved);
    });
    if (m_sales) {
        // New answers change the figures: refresh a moment later, once, while the page is shown.
        connect(m_sales, &SaleService::saleChanged, this, [this] {
            if (isVisible())
                m_refreshSoon->start();
        });
    }
    m_reports->requestCloses();
}

QWidget *ManagerPage::buildTiles()
{
    auto *tiles = new QWidget(this);
    auto *grid = new QHBoxLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    auto tile = [&](const QString &caption, const char *name, QLabel **value, QLabel **note = nullptr) {
        auto *card = new QFrame(tiles);
        Theme::setRole(card, "card");
        auto *v = new QVBoxLayout(card);
        v->setContentsMargins(10, 6, 10, 6);
        v->setSpacing(2);
        auto *c = new QLabel(caption, card);
        Theme::setRole(c, "field");
        *value = new QLabel(QStringLiteral("–"), card);
        (*value)->setObjectName(QString::fromLatin1(name));
        Theme::setRole(*value, "money");
        (*value)->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: 900; color: #0B3D91;"));
        v->addWidget(c);
        v->addWidget(*value);
        if (note) {
            *note = new QLabel(card);
            Theme::setRole(*note, "hint");
            (*note)->setWordWrap(true);
            v->addWidget(*note);
        }
        grid->addWidget(card, 1);
    };
    tile(tr("Sales"), "salesTotal", &m_salesCount);
    tile(tr("Nominal"), "nominalTotal", &m_nominal);
    tile(tr("Margin"), "marginTotal", &m_margin);
    tile(tr("Deposit"), "depositLast", &m_deposit, &m_depositNote);
    return tiles;
}

QWidget *ManagerPage::buildTables()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->addTab(table(m_walletModel, "walletTable", tabs), tr("Per wallet"));
    tabs->addTab(table(m_statusModel, "statusTable", tabs), tr("Per status"));
    tabs->addTab(table(m_cashierModel, "cashierTable", tabs), tr("Per cashier"));
    tabs->addTab(table(m_statementModel, "statementTable", tabs, DepositStatementModel::GapColumn),
        tr("Deposit statement"));

    return tabs;
}

QWidget *ManagerPage::buildPending()
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    m_pendingTitle = new QLabel(box);
    m_pendingTitle->setObjectName(QStringLiteral("pendingListTitle"));
    Theme::setRole(m_pendingTitle, "heading");
    m_pendingTitle->setWordWrap(true);
    v->addWidget(m_pendingTitle);
    m_pendingView = table(m_pendingModel, "pendingTable", box);
    // Narrow column: wallet and reason are in the row's tooltip.
    m_pendingView->setColumnHidden(PendingListModel::WalletColumn, true);
    m_pendingView->setColumnHidden(PendingListModel::ReasonColumn, true);
    v->addWidget(m_pendingView, 1);
    auto *row = new QHBoxLayout;
    m_recheck = button(tr("Re-check"), "recheckButton", box);
    m_recheck->setToolTip(
        tr("Ask the server again about every pending sale (same request, never a new charge)."));
    m_recheck->setEnabled(m_sales != nullptr);
    m_resolve = button(tr("Resolve…"), "resolveButton", box);
    m_resolve->setToolTip(tr("Settle the selected flagged sale after asking the provider."));
    m_resolve->setEnabled(false);
    row->addWidget(m_recheck);
    row->addWidget(m_resolve);
    v->addLayout(row);
    if (m_sales) {
        connect(m_recheck, &QPushButton::clicked, this, [this] {
            say(tr("Re-checking the pending sales…"), "busy");
            m_sales->recoverNow();
        });
        connect(m_sales, &SaleService::recoveryFinished, this, [this](int left) {
            say(tr("Re-check done; %n sale(s) still unknown.", nullptr, left), left ? "warning" : "ok");
            refresh();
        });
    }
    connect(m_resolve, &QPushButton::clicked, this, &ManagerPage::startResolve);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
        m_resolve->setEnabled(!rows.isEmpty() && m_pendingModel->saleAt(rows.first().row()).flagged);
    });
    return box;
}

QWidget *ManagerPage::buildCharts()
{
    auto *box = new QWidget(this);
    auto *charts = new QHBoxLayout(box);
    charts->setContentsMargins(0, 0, 0, 0);
    m_chart7->setCheckable(true);
    m_chart30->setCheckable(true);
    m_chart7->setChecked(true);
    m_countChart = new DailyChart(DailyChart::Metric::Count, box);
    m_countChart->setObjectName(QStringLiteral("countChart"));
    m_marginChart = new DailyChart(DailyChart::Metric::Margin, box);
    m_marginChart->setObjectName(QStringLiteral("marginChart"));
    charts->addWidget(m_countChart, 1);
    charts->addWidget(m_marginChart, 1);
    connect(m_chart7, &QPushButton::clicked, this, [this] { setChartDays(7); });
    connect(m_chart30, &QPushButton::clicked, this, [this] { setChartDays(30); });
    return box;
}

void ManagerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ManagerPage::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    if (m_dateEdit->date() != date)
        m_dateEdit->setDate(date);
    refresh();
}

void ManagerPage::setChartDays(int days)
{
    m_chartDays = days;
    m_chart7->setChecked(days == 7);
    m_chart30->setChecked(days == 30);
    m_seriesRequest = m_reports->requestSeries(ReportPeriod::lastDays(m_date, m_chartDays));
}

void ManagerPage::refresh()
{
    m_figuresRequest = m_reports->requestFigures(ReportPeriod::day(m_date));
    m_statementRequest = m_reports->requestStatement(ReportPeriod::day(m_date));
    m_seriesRequest = m_reports->requestSeries(ReportPeriod::lastDays(m_date, m_chartDays));
}

void ManagerPage::showFigures(const ReportFigures &f)
{
    m_figures = f;
    m_salesCount->setText(QString::number(f.totals.count));
    m_nominal->setText(f.totals.nominal.format());
    m_margin->setText(f.totals.margin().format());
    m_deposit->setText(f.deposit.last ? f.deposit.last->format() : QStringLiteral("–"));
    int unexplained = 0;
    for (const DepositGap &g : f.deposit.gaps)
        unexplained += g.marked ? 0 : 1;
    m_depositNote->setText(f.deposit.gaps.isEmpty()
            ? tr("In step with the sales.")
            : tr("%n gap(s) outside this counter; see the deposit statement.", nullptr,
                int(f.deposit.gaps.size())));
    Theme::setRole(m_depositNote, unexplained ? "error" : "hint");
    m_walletModel->setLines(f.byWallet, f.totals);
    m_cashierModel->setLines(f.byCashier, f.totals);
    m_statusModel->setLines(f.byStatus);
    m_pendingModel->setSales(f.pending);
    int flagged = 0;
    for (const PendingSale &p : f.pending)
        flagged += p.flagged ? 1 : 0;
    m_pendingTitle->setText(tr("Pending: %1 · flagged: %2").arg(f.pending.size() - flagged).arg(flagged));
    m_resolve->setEnabled(false);
    emit figuresShown();
}

void ManagerPage::say(const QString &text, const char *role)
{
    m_message->setText(text);
    Theme::setRole(m_message, role);
}

ReportPrinter::Roll ManagerPage::roll() const
{
    return m_paper->currentIndex() == Roll58 ? ReportPrinter::Roll::Mm58 : ReportPrinter::Roll::Mm80;
}

QStringList ManagerPage::xReportLines() const
{
    if (!m_figures)
        return {};
    return ReportText::xReport(
        *m_figures, m_reports->terminalId(), QDateTime::currentDateTimeUtc(), ReportPrinter::columns(roll()));
}

void ManagerPage::printX()
{
    if (!m_figures)
        return;
    if (m_paper->currentIndex() == A4Pdf) {
        savePdf(nullptr);
        return;
    }
    QString error;
    if (ReportPrinter::printRoll(xReportLines(), roll(), QString(), &error))
        say(tr("X report sent to the printer."), "ok");
    else
        say(error, "error");
}

void ManagerPage::printLastClose()
{
    if (!m_lastClose) {
        say(tr("No close yet on this terminal."), "warning");
        return;
    }
    if (m_paper->currentIndex() == A4Pdf) {
        savePdf(&*m_lastClose);
        return;
    }
    QString error;
    if (ReportPrinter::printRoll(
            ReportText::close(*m_lastClose, ReportPrinter::columns(roll())), roll(), QString(), &error))
        say(tr("Close No. %1 sent to the printer.").arg(m_lastClose->closeNo), "ok");
    else
        say(error, "error");
}

void ManagerPage::startClose()
{
    if (!m_access->allow(ManagerAccess::Action::Close, this))
        return;
    auto *dialog = new CloseDialog(m_date, m_figures ? m_figures->cash.taken() : Money(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CloseRequest request;
        request.day = m_date;
        request.terminalId = m_reports->terminalId();
        request.closedBy = m_access->authorizedBy();
        request.openingFloat = dialog->openingFloat();
        request.countedCash = dialog->countedCash();
        say(tr("Backing up the journal and closing…"), "busy");
        m_reports->requestClose(request);
    });
    dialog->open();
}

void ManagerPage::startResolve()
{
    const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_access->allow(ManagerAccess::Action::Resolve, this))
        return;
    auto *dialog = new ResolveDialog(m_pendingModel->saleAt(rows.first().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ResolveRequest request = dialog->request();
        if (request.resolvedBy.isEmpty())
            request.resolvedBy = m_access->authorizedBy();
        m_reports->requestResolve(request);
    });
    dialog->open();
}

QString ManagerPage::askPath(const QString &suggested, const QString &filter)
{
    if (m_savePath)
        return m_savePath(suggested, filter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Save"), folder + QLatin1Char('/') + suggested, filter);
}

void ManagerPage::exportCsv()
{
    if (!m_figures || !m_access->allow(ManagerAccess::Action::Export, this))
        return;
    const QString path = askPath(
        QStringLiteral("kasir-report-%1.csv").arg(ReportPeriod::dateText(m_date)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(ReportCsv::write(*m_figures)) >= 0 && file.commit()) {
        say(tr("Saved %1.").arg(path), "ok");
        emit exported(path);
    } else {
        say(tr("Cannot save %1: %2").arg(path, file.errorString()), "error");
    }
}

void ManagerPage::savePdf(const CloseRecord *close)
{
    if (!m_figures || !m_access->allow(ManagerAccess::Action::Export, this))
        return;
    const QString suggested = close
        ? QStringLiteral("kasir-close-%1-%2.pdf").arg(close->terminalId).arg(close->closeNo)
        : QStringLiteral("kasir-report-%1.pdf").arg(ReportPeriod::dateText(m_date));
    const QString path = askPath(suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QStringList header { tr("Terminal: %1").arg(m_reports->terminalId()) };
    QString title;
    if (close) {
        title = tr("Close (Z) No. %1").arg(close->closeNo);
        header << tr("Day: %1").arg(QLocale().toString(close->day, QLocale::LongFormat))
               << tr("Closed: %1")
                      .arg(QLocale().toString(ReceiptStore::fromStoredTime(close->createdUtc).toLocalTime(),
                          QLocale::ShortFormat));
    } else {
        title = tr("Daily report");
        header
            << tr("Day: %1").arg(QLocale().toString(m_date, QLocale::LongFormat))
            << tr("Printed: %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
            << tr("X report: the figures so far; changes nothing.");
    }
    QString error;
    if (ReportPrinter::writeA4Pdf(path, title, header, close ? close->figures : *m_figures,
            close ? &close->cashCount : nullptr, &error)) {
        say(tr("Saved %1.").arg(path), "ok");
        emit exported(path);
    } else {
        say(error, "error");
    }
}

} // namespace Kasir
