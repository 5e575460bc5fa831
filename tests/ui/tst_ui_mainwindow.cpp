// The shell: demo banner, navigation, status bar, and the Indonesian translation.

#include "MainWindow.h"
#include "SaleStatusBar.h"
#include "Theme.h"
#include "TopUpPage.h"
#include "WalletButton.h"
#include "api/MerchantApiClient.h"
#include "catalog/ProductCatalog.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include "SaleRig.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Kasir;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoBannerAndNavigation();
    void liveModeHasNoBanner();
    void statusBarFollowsTheService();
    void walletButtonsShowTheirKeys();
    void indonesianIsTranslated();

private:
    std::unique_ptr<MainWindow> makeWindow(bool demo);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SaleRig> m_rig; // journal, client and service
    ReceiptStore *m_store = nullptr;
    SaleService *m_sales = nullptr;
};

void MainWindowTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    qApp->setStyleSheet(Theme::styleSheet());
}

void MainWindowTest::init()
{
    QVERIFY(m_sandbox->reset(500000));
    SaleServiceOptions options;
    options.autoRecovery = false; // the test decides when recovery runs
    m_rig = std::make_unique<SaleRig>(m_sandbox.get(), nullptr, options, QString(), ApiConfig().timeoutMs,
        m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)));
    QVERIFY2(m_rig->ok, qPrintable(m_rig->store->lastError()));
    m_store = m_rig->store.get();
    m_sales = m_rig->service.get();
}

void MainWindowTest::cleanup()
{
    m_sales = nullptr;
    m_store = nullptr;
    m_rig.reset();
}

std::unique_ptr<MainWindow> MainWindowTest::makeWindow(bool demo)
{
    CounterConfig config;
    config.demo = demo;
    config.cashierName = QStringLiteral("Sari");
    config.lowBalanceThreshold = Money::fromRupiah(470000);
    auto w = std::make_unique<MainWindow>(m_sales, ProductCatalog::builtIn(), config);
    w->show();
    return w;
}

void MainWindowTest::demoBannerAndNavigation()
{
    auto w = makeWindow(true);
    QVERIFY(w->demoBanner());
    QVERIFY(w->demoBanner()->isVisible());
    QCOMPARE(w->demoBanner()->text(), QStringLiteral("DEMO — no real money"));
    QVERIFY(w->windowTitle().contains(QStringLiteral("DEMO")));
    auto *history = w->findChild<QPushButton *>(QStringLiteral("navHistory"));
    auto *manager = w->findChild<QPushButton *>(QStringLiteral("navManager"));
    auto *topUp = w->findChild<QPushButton *>(QStringLiteral("navTopUp"));
    QVERIFY(history && manager && topUp);
    QVERIFY(history->isVisible() && !history->isEnabled());
    QVERIFY(manager->isVisible() && !manager->isEnabled());
    QVERIFY(topUp->isChecked());
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("modeLabel"))->text(), QStringLiteral("DEMO"));
    // Fits the smallest counter screen.
    QVERIFY(w->minimumSizeHint().width() <= 1024);
    QVERIFY(w->minimumSizeHint().height() <= 768);
}

void MainWindowTest::liveModeHasNoBanner()
{
    auto w = makeWindow(false);
    QVERIFY(!w->demoBanner());
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("modeLabel"))->text(), QStringLiteral("LIVE"));
}

void MainWindowTest::statusBarFollowsTheService()
{
    auto w = makeWindow(true);
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QLabel *balance = w->findChild<QLabel *>(QStringLiteral("balanceLabel"));
    QLabel *connection = w->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("cashierLabel"))->text(), QStringLiteral("Cashier: Sari"));
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("pendingCountLabel"))->text(),
        QStringLiteral("Being checked: 0"));

    // The keyboard starts on the wallet buttons. A whole sale through the window: the deposit
    // from the answer lands in the status bar, below the threshold (470.000) so marked low.
    QTRY_VERIFY(qobject_cast<WalletButton *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("08123456789"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w->topUpPage()->step(), TopUpPage::Step::Confirm, 20000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(w->topUpPage()->step(), TopUpPage::Step::Result, 20000);
    QTRY_VERIFY(balance->text().contains(QStringLiteral("Rp 448.500")));
    QVERIFY(w->saleStatusBar()->isLowBalance());
    QCOMPARE(balance->property("role").toString(), QStringLiteral("lowBalance"));
    QCOMPARE(connection->text(), QStringLiteral("Server: connected"));

    w->saleStatusBar()->setBalance(Money::fromRupiah(900000));
    QVERIFY(!w->saleStatusBar()->isLowBalance());
    QCOMPARE(balance->text(), QStringLiteral("Deposit: Rp 900.000"));
    w->saleStatusBar()->setConnection(false, QStringLiteral("timed out"));
    QCOMPARE(connection->property("role").toString(), QStringLiteral("offline"));
    w->saleStatusBar()->setPendingCount(2);
    QCOMPARE(w->findChild<QLabel *>(QStringLiteral("pendingCountLabel"))->text(),
        QStringLiteral("Being checked: 2"));
}

void MainWindowTest::walletButtonsShowTheirKeys()
{
    auto w = makeWindow(true);
    const QStringList codes { QStringLiteral("GOPAY"), QStringLiteral("OVO"), QStringLiteral("DANA"),
        QStringLiteral("SHOPEEPAY"), QStringLiteral("LINKAJA") };
    for (int i = 0; i < codes.size(); ++i) {
        auto *b = w->findChild<WalletButton *>(QStringLiteral("wallet_") + codes.at(i));
        QVERIFY2(b, qPrintable(codes.at(i)));
        QCOMPARE(b->keyLabel(), QStringLiteral("F%1").arg(i + 1));
        QVERIFY(b->isVisible());
    }
}

void MainWindowTest::indonesianIsTranslated()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kasir_id")));
    QApplication::installTranslator(&translator);
    {
        auto w = makeWindow(true);
        QCOMPARE(w->demoBanner()->text(), QStringLiteral("DEMO — tidak ada uang sungguhan"));
        QCOMPARE(
            w->findChild<QPushButton *>(QStringLiteral("navTopUp"))->text(), QStringLiteral("Isi Saldo"));
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("payButton"))->text(),
            QStringLiteral("Bayar (Enter / F12)"));
    }
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(MainWindowTest)
#include "tst_ui_mainwindow.moc"
