#include "SaleStatusBar.h"

#include "ElidingLabel.h"
#include "PendingSalesPanel.h"
#include "Theme.h"
#include "sale/SaleService.h"

#include <QLabel>

namespace Kasir {

SaleStatusBar::SaleStatusBar(SaleService *sales, const CounterConfig &config, QWidget *parent)
    : QStatusBar(parent)
    , m_sales(sales)
    , m_config(config)
    , m_mode(new QLabel(this))
    , m_balanceLabel(new QLabel(this))
    , m_connection(new ElidingLabel(this))
    , m_cashier(new ElidingLabel(this))
    , m_pending(new QLabel(this))
{
    setObjectName(QStringLiteral("saleStatusBar"));
    setSizeGripEnabled(false);
    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_cashier->setObjectName(QStringLiteral("cashierLabel"));
    m_pending->setObjectName(QStringLiteral("pendingCountLabel"));

    m_mode->setText(config.demo ? tr("DEMO") : tr("LIVE"));
    Theme::setRole(m_mode, config.demo ? "demoMode" : "liveMode");
    m_mode->setToolTip(config.demo ? tr("Demo mode: a local simulator, no real money.")
                                   : tr("Live: real money through the merchant API."));
    addWidget(m_mode);
    // The deposit never shrinks (it is the warning that matters); the server state and the
    // cashier's name give way first, shortened with "…".
    m_balanceLabel->setText(tr("Deposit: —"));
    m_balanceLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_balanceLabel->setToolTip(tr("Merchant deposit from the last answer of the server."));
    addWidget(m_balanceLabel);
    m_connection->setFullText(tr("Server: not contacted yet"));
    addWidget(m_connection, 1);
    m_cashier->setFullText(
        tr("Cashier: %1").arg(config.cashierName.isEmpty() ? tr("(not set)") : config.cashierName));
    m_cashier->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_cashier->setMaximumWidth(220);
    addPermanentWidget(m_cashier);
    addPermanentWidget(m_pending);

    connect(sales, &SaleService::balanceSeen, this, &SaleStatusBar::setBalance);
    connect(sales, &SaleService::connectionStateChanged, this, &SaleStatusBar::setConnection);
    connect(sales, &SaleService::unresolvedCountChanged, this, &SaleStatusBar::setPendingCount);
    setPendingCount(sales->unresolvedCount());
}

bool SaleStatusBar::isLowBalance() const
{
    return m_balance && *m_balance < m_config.lowBalanceThreshold;
}

void SaleStatusBar::setBalance(Money balance)
{
    m_balance = balance;
    if (isLowBalance()) {
        m_balanceLabel->setText(tr("Deposit: %1 — LOW").arg(balance.format()));
        m_balanceLabel->setToolTip(
            tr("The merchant deposit is below %1: top it up.").arg(m_config.lowBalanceThreshold.format()));
        Theme::setRole(m_balanceLabel, "lowBalance");
    } else {
        m_balanceLabel->setText(tr("Deposit: %1").arg(balance.format()));
        m_balanceLabel->setToolTip(tr("Merchant deposit from the last answer of the server."));
        Theme::setRole(m_balanceLabel, "");
    }
}

void SaleStatusBar::setConnection(bool reachable, const QString &detail)
{
    if (reachable) {
        m_connection->setFullText(tr("Server: connected"));
        Theme::setRole(m_connection, "");
    } else {
        m_connection->setFullText(tr("Server: connection problem"));
        Theme::setRole(m_connection, "offline");
    }
    m_connection->setToolTip(detail.isEmpty() ? m_connection->fullText() : detail);
}

void SaleStatusBar::followPendingCount(PendingSalesPanel *list)
{
    disconnect(m_sales, &SaleService::unresolvedCountChanged, this, &SaleStatusBar::setPendingCount);
    connect(list, &PendingSalesPanel::unresolvedCountChanged, this, &SaleStatusBar::setPendingCount);
    setPendingCount(list->unresolvedCount());
}

void SaleStatusBar::setPendingCount(int count)
{
    m_pending->setText(tr("Being checked: %1").arg(count));
    Theme::setRole(m_pending, count > 0 ? "pendingSome" : "");
}

void SaleStatusBar::setCounterConfig(const CounterConfig &config)
{
    m_config = config;
    m_cashier->setText(
        tr("Cashier: %1").arg(config.cashierName.isEmpty() ? tr("(not set)") : config.cashierName));
}

} // namespace Kasir
