#include "PendingSalesPanel.h"

#include "PendingSalesModel.h"
#include "Theme.h"
#include "sale/SaleService.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kasir {

PendingSalesPanel::PendingSalesPanel(SaleService *sales, const ProductCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_sales(sales)
    , m_model(new PendingSalesModel(catalog, this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
    , m_checkNow(new QPushButton(this))
{
    setObjectName(QStringLiteral("pendingSalesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    Theme::setRole(m_title, "heading");
    m_title->setObjectName(QStringLiteral("pendingTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_empty->setObjectName(QStringLiteral("pendingEmpty"));
    m_empty->setText(tr("No sale is waiting for an outcome."));
    m_empty->setWordWrap(true);
    Theme::setRole(m_empty, "hint");
    layout->addWidget(m_empty);

    m_view->setObjectName(QStringLiteral("pendingView"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the sale being made
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PendingSalesModel::SaleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        PendingSalesModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view, 1);
    // Keeps the title and the "nothing waiting" text at the top while the list is hidden.
    m_filler = new QWidget(this);
    m_filler->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_filler, 1);

    m_checkNow->setObjectName(QStringLiteral("checkNowButton"));
    m_checkNow->setText(tr("Check now"));
    m_checkNow->setFocusPolicy(Qt::NoFocus);
    m_checkNow->setToolTip(
        tr("Ask the server again about every sale in this list (same request, never a new charge)."));
    layout->addWidget(m_checkNow);

    connect(m_checkNow, &QPushButton::clicked, m_sales, &SaleService::recoverNow);
    connect(m_sales, &SaleService::saleChanged, this,
        [this](const SaleRecord &record) { m_model->applyChange(record); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PendingSalesPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PendingSalesPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingSalesPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PendingSalesPanel::updateTitle);

    m_model->setUnresolved(m_sales->unresolvedSales());
    updateTitle();
}

void PendingSalesPanel::updateTitle()
{
    const int unresolved = m_model->unresolvedCount();
    m_title->setText(tr("Being checked: %1").arg(unresolved));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
    m_filler->setVisible(m_model->rowCount() == 0);
    m_checkNow->setEnabled(unresolved > 0);
    m_view->resizeRowsToContents();
    if (unresolved != m_lastCount) {
        m_lastCount = unresolved;
        emit unresolvedCountChanged(unresolved);
    }
}

int PendingSalesPanel::unresolvedCount() const
{
    return m_model->unresolvedCount();
}

} // namespace Kasir
