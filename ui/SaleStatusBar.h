#pragma once

#include "CounterConfig.h"
#include "money/Money.h"

#include <QStatusBar>

#include <optional>

class QLabel;

namespace Kasir {

class ElidingLabel;
class PendingSalesPanel;
class SaleService;

// Mode (DEMO/LIVE), merchant deposit from the last answer (red below the manager's threshold),
// connection state of the last call, cashier and the number of sales being checked.
class SaleStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    SaleStatusBar(SaleService *sales, const CounterConfig &config, QWidget *parent = nullptr);

    void setBalance(Money balance);
    void setConnection(bool reachable, const QString &detail);
    void setPendingCount(int count);
    // Takes the count of sales being checked from the window's list instead of the journal,
    // so both always show the same number (also while a payment is on its way).
    void followPendingCount(PendingSalesPanel *list);
    // The logged-in user and the prices and warning level, changed without a restart.
    void setCounterConfig(const CounterConfig &config);

    std::optional<Money> lastBalance() const { return m_balance; }
    bool isLowBalance() const;

private:
    SaleService *m_sales;
    CounterConfig m_config;
    std::optional<Money> m_balance;
    QLabel *m_mode;
    QLabel *m_balanceLabel;
    ElidingLabel *m_connection;
    ElidingLabel *m_cashier;
    QLabel *m_pending;
};

} // namespace Kasir
