#include "HistoryPage.h"

#include "HistoryDetailDialog.h"
#include "HistoryModel.h"
#include "ReceiptActions.h"
#include "StatusText.h"
#include "Theme.h"
#include "history/SaleCsvWriter.h"
#include "sale/SaleService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

#include <memory>

namespace Kasir {

HistoryPage::HistoryPage(const ReceiptStore *store, SaleService *sales, ReceiptActions *actions,
    const ProductCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_sales(sales)
    , m_actions(actions)
    , m_catalog(catalog)
    , m_model(new HistoryModel(store, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_wallet(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchNote(new QLabel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_print(new QPushButton(tr("Print / reprint (F9)"), this))
    , m_recheck(new QPushButton(tr("Check again (F5)"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    auto *filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setDate(today);
    }
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_wallet->setObjectName(QStringLiteral("historyWallet"));
    m_wallet->addItem(tr("All wallets"), QString());
    QHash<QString, QString> names;
    for (const Product &p : m_catalog.products()) {
        m_wallet->addItem(p.name, p.code);
        names.insert(p.code, p.name);
    }
    m_model->setProductNames(names);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Success"), int(SaleStatus::Success));
    m_status->addItem(tr("Failed"), int(SaleStatus::Failed));
    m_status->addItem(tr("Being checked"), int(SaleStatus::Pending));
    m_status->addItem(tr("Rejected"), int(SaleStatus::Rejected));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search all dates: customer no., SN, ref id, receipt no. or req_id"));
    m_search->setClearButtonEnabled(true);
    auto *todayButton = new QPushButton(tr("Today"), this);
    todayButton->setObjectName(QStringLiteral("historyToday"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(todayButton);
    filters->addWidget(m_wallet);
    filters->addWidget(m_status);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_searchNote->setObjectName(QStringLiteral("historySearchNote"));
    Theme::setRole(m_searchNote, "hint");
    layout->addWidget(m_searchNote);

    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Columns as wide as their longest usual text (measured once, not per row: that would read
    // every loaded row on each change); the SN takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::SerialColumn, QHeaderView::Stretch);
    {
        const QFontMetrics fm(m_view->font());
        const QFontMetrics header(m_view->horizontalHeader()->font());
        const QString samples[HistoryModel::ColumnCount] = { QStringLiteral("26-11-26 21:50"),
            QStringLiteral("K01-20261126-0051"), QStringLiteral("ShopeePay"), QStringLiteral("081234567890"),
            QStringLiteral("Rp 1.000.000"), QStringLiteral("Rp 1.000.000"),
            StatusText::label(SaleStatus::Pending), QString(), QStringLiteral("000") };
        for (int c = 0; c < HistoryModel::ColumnCount; ++c) {
            if (c == HistoryModel::SerialColumn)
                continue;
            const QString title = m_model->headerData(c, Qt::Horizontal).toString();
            m_view->setColumnWidth(
                c, qMax(fm.horizontalAdvance(samples[c]), header.horizontalAdvance(title) + 12) + 16);
        }
    }
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("historyPrint"));
    Theme::setRole(m_print, "primary");
    m_recheck->setObjectName(QStringLiteral("historyRecheck"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    for (QPushButton *b : { m_print, m_recheck, m_export })
        b->setFocusPolicy(Qt::NoFocus);
    bottom->addWidget(m_count);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_recheck);
    bottom->addWidget(m_export);
    bottom->addWidget(m_print);
    layout->addLayout(bottom);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_wallet, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(todayButton, &QPushButton::clicked, this, &HistoryPage::showToday);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openDetail(m_model->data(index, HistoryModel::SaleIdRole).toLongLong());
    });
    connect(m_print, &QPushButton::clicked, this, &HistoryPage::printSelected);
    connect(m_recheck, &QPushButton::clicked, this, &HistoryPage::recheckSelected);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::askCsvFile);
    connect(m_model, &HistoryModel::totalCountChanged, this, &HistoryPage::updateCount);

    // Live: rows shown follow the journal (a pending sale resolved, a print counted).
    if (m_sales)
        connect(m_sales, &SaleService::saleChanged, m_model, &HistoryModel::updateSale);
    connect(m_actions, &ReceiptActions::printFinished, this,
        [this](const PrintOutcome &outcome) { m_model->reloadSale(outcome.saleId); });
    connect(m_actions, &ReceiptActions::message, this, &HistoryPage::showMessage);

    applyFilter();
}

SaleHistoryFilter HistoryPage::currentFilter() const
{
    SaleHistoryFilter f;
    f.search = m_search->text().trimmed();
    if (f.search.isEmpty()) {
        f.fromDate = qMin(m_from->date(), m_to->date());
        f.toDate = qMax(m_from->date(), m_to->date());
    }
    f.productId = m_wallet->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.status = SaleStatus(status);
    return f;
}

void HistoryPage::applyFilter()
{
    const qint64 selected = selectedSaleId();
    const SaleHistoryFilter f = currentFilter();
    m_searchNote->setText(
        f.search.isEmpty() ? QString() : tr("Searching all dates for \"%1\".").arg(f.search));
    m_searchNote->setVisible(!f.search.isEmpty());
    m_model->setFilter(f);
    const int row = m_model->rowOfSale(selected);
    if (row >= 0)
        m_view->selectRow(row);
}

void HistoryPage::showToday()
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_wallet), b4(m_status);
    m_from->setDate(QDate::currentDate());
    m_to->setDate(QDate::currentDate());
    m_wallet->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->clear();
    applyFilter();
    m_view->setFocus();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void HistoryPage::updateCount()
{
    if (m_model->totalIsCapped())
        m_count->setText(tr("more than %1 sales").arg(QLocale().toString(HistoryModel::CountCap)));
    else
        m_count->setText(tr("%n sale(s)", nullptr, int(m_model->totalCount())));
}

void HistoryPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    Theme::setRole(m_message, error ? "error" : "ok");
}

qint64 HistoryPage::selectedSaleId() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return m_model->data(rows.first(), HistoryModel::SaleIdRole).toLongLong();
}

void HistoryPage::openDetail(qint64 saleId)
{
    if (saleId <= 0)
        return;
    auto *dialog = new HistoryDetailDialog(m_store, m_actions, saleId, this);
    dialog->open();
}

void HistoryPage::printSelected()
{
    const qint64 id = selectedSaleId();
    if (id <= 0) {
        showMessage(tr("Choose a sale first (arrow keys), then press F9."), true);
        return;
    }
    m_actions->printSale(id);
}

void HistoryPage::recheckSelected()
{
    const int row = m_model->rowOfSale(selectedSaleId());
    if (row < 0 || !m_model->record(row).isUnresolved()) {
        showMessage(tr("Only a sale that is being checked can be checked again."), true);
        return;
    }
    if (m_sales) {
        m_sales->recoverNow();
        emit recheckRequested(m_model->record(row).receiptNo);
        showMessage(tr("Checking %1 with the server again…").arg(m_model->record(row).receiptNo), false);
    }
}

void HistoryPage::askCsvFile()
{
    const QString suggested
        = QStringLiteral("penjualan-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export sales to CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void HistoryPage::exportCsv(const QString &path)
{
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        showMessage(tr("Cannot write %1: %2").arg(path, file->errorString()), true);
        emit csvExportFinished(false, 0, file->errorString());
        return;
    }
    file->write(SaleCsvWriter::header().toUtf8());
    m_export->setEnabled(false);
    showMessage(tr("Exporting…"), false);
    auto filter = std::make_shared<SaleHistoryFilter>(currentFilter());
    filter->limit = SaleCsvWriter::PageSize;
    auto rows = std::make_shared<qint64>(0);
    // One page per turn of the event loop: the window stays responsive on a long export.
    auto step = std::make_shared<std::function<void()>>();
    QPointer<HistoryPage> self(this);
    *step = [self, file, filter, rows, step, path] {
        if (!self)
            return;
        const QList<SaleRecord> page = self->m_store->history(*filter);
        QByteArray chunk;
        for (const SaleRecord &r : page)
            chunk += SaleCsvWriter::row(r).toUtf8();
        const bool written = chunk.isEmpty() || file->write(chunk) == chunk.size();
        *rows += page.size();
        if (written && page.size() == filter->limit) {
            filter->beforeCreatedUtc = page.last().createdUtc;
            filter->beforeId = page.last().id;
            QTimer::singleShot(0, self, *step);
            return;
        }
        const bool ok = written && file->commit();
        self->m_export->setEnabled(true);
        if (ok)
            self->showMessage(tr("%n sale(s) exported to %1.", nullptr, int(*rows)).arg(path), false);
        else
            self->showMessage(tr("The export to %1 failed: %2").arg(path, file->errorString()), true);
        emit self->csvExportFinished(ok, *rows, ok ? QString() : file->errorString());
        *step = nullptr; // breaks the cycle of shared pointers
    };
    QTimer::singleShot(0, this, *step);
}

void HistoryPage::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F9:
        printSelected();
        break;
    case Qt::Key_F5:
        recheckSelected();
        break;
    case Qt::Key_F8: {
        const int row = m_model->rowOfSale(selectedSaleId());
        if (row >= 0) {
            const SaleRecord r = m_model->record(row);
            emit repeatSaleRequested(r.productId, r.custId, r.amount);
        }
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool HistoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openDetail(selectedSaleId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view->setFocus();
}

} // namespace Kasir
