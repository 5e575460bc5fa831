#include "MainWindow.h"

#include "EntryPanel.h"
#include "ManagerAccess.h"
#include "PendingSalesPanel.h"
#include "ResultPanel.h"
#include "SaleStatusBar.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "WalletPicker.h"
#include "history/HistoryPage.h"
#include "history/ReceiptActions.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kasir {

MainWindow::MainWindow(
    SaleService *sales, const ProductCatalog &catalog, const CounterConfig &config, QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_nav(new QButtonGroup(this))
    , m_topUp(new TopUpPage(sales, catalog, config, m_pages))
    , m_statusBar(new SaleStatusBar(sales, config, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(config.demo ? tr("Kasir E-Wallet — DEMO") : tr("Kasir E-Wallet"));
    setMinimumSize(1000, 700);
    resize(1024, 768);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    if (config.demo) {
        // Permanent: there is no way to hide it while the window runs in demo mode.
        m_demoBanner = new QLabel(tr("DEMO — no real money"), central);
        m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
        m_demoBanner->setAlignment(Qt::AlignCenter);
        layout->addWidget(m_demoBanner);
        // Why demo, and how to go live.
        m_demoReason = new QLabel(config.demoAsked
                ? tr("Demo because the window was started with --demo. Start it without "
                     "--demo to sell for real.")
                : tr("Demo because no API key is set. To sell for real, set KASIR_API_KEY "
                     "and KASIR_BASE_URL (or the key file setting api/keyFile) and restart."),
            central);
        m_demoReason->setObjectName(QStringLiteral("demoReason"));
        Theme::setRole(m_demoReason, "demoReason");
        m_demoReason->setWordWrap(true);
        m_demoReason->setAlignment(Qt::AlignCenter);
        layout->addWidget(m_demoReason);
    }

    auto *navRow = new QHBoxLayout;
    navRow->setContentsMargins(12, 8, 12, 0);
    navRow->setSpacing(8);
    auto addNav = [&](const QString &text, const char *name, bool enabled, const QString &tip) {
        auto *b = new QPushButton(text, central);
        b->setObjectName(QString::fromLatin1(name));
        Theme::setRole(b, "nav");
        b->setCheckable(true);
        b->setEnabled(enabled);
        b->setFocusPolicy(Qt::NoFocus); // the keyboard belongs to the sale
        b->setToolTip(tip);
        m_nav->addButton(b);
        navRow->addWidget(b);
        return b;
    };
    QPushButton *topUpNav = addNav(tr("Top-up"), "navTopUp", true, tr("Sell an e-wallet top-up."));
    m_historyNav = addNav(
        tr("History (coming soon)"), "navHistory", false, tr("The sales history comes with a later update."));
    m_managerNav = addNav(
        tr("Manager (coming soon)"), "navManager", false, tr("Manager settings come with a later update."));
    navRow->addStretch(1);
    topUpNav->setChecked(true);
    m_topUpNav = topUpNav;
    layout->addLayout(navRow);
    m_navRow = navRow;

    m_pages->addWidget(m_topUp);
    layout->addWidget(m_pages, 1);
    connect(topUpNav, &QPushButton::clicked, this, [this] { m_pages->setCurrentWidget(m_topUp); });

    setCentralWidget(central);
    setStatusBar(m_statusBar);
    m_statusBar->followPendingCount(m_topUp->pendingPanel());
}

void MainWindow::addHistory(HistoryPage *page, ReceiptActions *actions)
{
    m_history = page;
    m_pages->addWidget(page);
    m_historyNav->setText(tr("History (F7)"));
    m_historyNav->setToolTip(tr("Today's sales: look up an SN, print or reprint a receipt."));
    m_historyNav->setEnabled(true);
    connect(m_historyNav, &QPushButton::clicked, this, &MainWindow::showHistory);
    auto *f7 = new QShortcut(QKeySequence(Qt::Key_F7), this);
    connect(f7, &QShortcut::activated, this, &MainWindow::showHistory);
    connect(m_topUpNav, &QPushButton::clicked, this, [this] { m_topUp->setFocus(); });
    // F8 in the history (as F8 on the entry: the same sale again): a new sale for the same wallet,
    // number and amount, stopped at the amount so that the cashier checks it and presses Enter
    // (the price is asked again, as always).
    connect(page, &HistoryPage::repeatSaleRequested, this,
        [this](const QString &productId, const QString &custId, Money amount) {
            if (m_topUp->step() == TopUpPage::Step::Paying || m_topUp->step() == TopUpPage::Step::Inquiring)
                return;
            m_topUpNav->setChecked(true);
            m_pages->setCurrentWidget(m_topUp);
            m_topUp->startNewSale();
            EntryPanel *entry = m_topUp->entryPanel();
            if (!entry->walletPicker()->selectByCode(productId))
                return;
            entry->numberEdit()->setText(custId);
            entry->amountEdit()->setText(amount.formatGrouped());
            entry->focusAmount();
        });

    ResultPanel *result = m_topUp->resultPanel();
    result->setPrintingAvailable(true);
    connect(result, &ResultPanel::printRequested, actions, &ReceiptActions::printSale);
    connect(actions, &ReceiptActions::printFinished, result, [actions, result](const PrintOutcome &outcome) {
        if (outcome.saleId == result->record().id)
            result->showPrintNote(actions->outcomeText(outcome), !outcome.ok);
    });
}

void MainWindow::showHistory()
{
    if (!m_history)
        return;
    m_historyNav->setChecked(true);
    m_pages->setCurrentWidget(m_history);
    m_history->showToday();
}

void MainWindow::setManagerPage(QWidget *page, ManagerAccess *access)
{
    m_managerPage = page;
    m_managerAccess = access;
    m_pages->addWidget(page);
    m_managerNav->setText(tr("Manager"));
    m_managerNav->setToolTip(tr("Daily totals, closes, pending and flagged sales."));
    m_managerNav->setEnabled(true);
    connect(m_managerNav, &QPushButton::clicked, this, [this] {
        if (m_managerAccess && !m_managerAccess->allow(ManagerAccess::Action::OpenPage, this)) {
            // Refused: the button of the page still shown is the checked one again.
            QWidget *shown = m_pages->currentWidget();
            QPushButton *back = shown == m_history ? m_historyNav
                : shown == m_managerPage           ? m_managerNav
                                                   : m_topUpNav;
            back->setChecked(true);
            return;
        }
        m_pages->setCurrentWidget(m_managerPage);
    });
}

void MainWindow::addNavAction(QWidget *button)
{
    m_navRow->addWidget(button);
}

} // namespace Kasir
