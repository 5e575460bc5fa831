// The manager page with real widgets offscreen, over a real journal file read by the report
// thread: the numbers shown are the report's, the charts have one point per day.

#include "CloseDialog.h"
#include "DailyChart.h"
#include "ManagerPage.h"
#include "ReportPrinter.h"
#include "ReportSeed.h"
#include "ResolveDialog.h"
#include "report/ReportQuery.h"
#include "report/ReportService.h"
#include "report/ReportText.h"
#include "store/ReceiptStore.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

class tst_UiManagerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void totalsShownMatchTheReport();
    void chartHasOnePointPerDay_data();
    void chartHasOnePointPerDay();
    void closeFromThePage();
    void resolveFromThePage();
    void exportsCsvAndPdf();
    void receiptSlipPdf();

private:
    std::optional<ReportFigures> expected(const QDate &day) const
    {
        return ReportQuery(QSqlDatabase::database(m_store->connectionName(), false))
            .figures(ReportPeriod::day(day));
    }
    template <typename T> T *find(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReceiptStore> m_store;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<ManagerPage> m_page;
    const QDate m_day { 2026, 11, 16 };
};

void tst_UiManagerPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    // KASIR_KEEP_TEST_FILES=1 keeps the journal, CSV and PDFs for a person to look at.
    if (qEnvironmentVariableIsSet("KASIR_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo() << "test files kept in" << m_dir.path();
    }
    m_store = std::make_unique<ReceiptStore>(m_dir.filePath(QStringLiteral("journal.db")));
    QVERIFY(m_store->open());
    ReportSeed seed;
    seed.startBalance = 500000000;
    QVERIFY(seed.fill(m_store.get(), m_day.addDays(-40), m_day, 25));
}

void tst_UiManagerPage::init()
{
    m_reports = std::make_unique<ReportService>(m_store->path(), QStringLiteral("K01"));
    m_page = std::make_unique<ManagerPage>(m_reports.get(), nullptr);
    m_page->resize(1200, 1000);
    QSignalSpy shown(m_page.get(), &ManagerPage::figuresShown);
    m_page->show();
    m_page->setDate(m_day);
    QTRY_VERIFY(m_page->figures() && m_page->figures()->from == m_day);
}

void tst_UiManagerPage::cleanup()
{
    m_page.reset();
    m_reports.reset();
}

void tst_UiManagerPage::totalsShownMatchTheReport()
{
    const auto f = expected(m_day);
    QVERIFY(f);
    QVERIFY(f->totals.count > 5);
    QTRY_COMPARE(find<QLabel>("salesTotal")->text(), QString::number(f->totals.count));
    QCOMPARE(find<QLabel>("nominalTotal")->text(), f->totals.nominal.format());
    QCOMPARE(find<QLabel>("marginTotal")->text(), f->totals.margin().format());
    QCOMPARE(find<QLabel>("depositLast")->text(), f->deposit.last->format());

    QAbstractItemModel *wallets = find<QTableView>("walletTable")->model();
    QCOMPARE(wallets->rowCount(), int(f->byWallet.size()) + 1);
    const int total = wallets->rowCount() - 1;
    QCOMPARE(wallets->index(total, 1).data().toString(), QString::number(f->totals.count));
    QCOMPARE(wallets->index(total, 5).data().toString(), f->totals.margin().format());
    for (int row = 0; row < total; ++row) {
        const FigureLine line = f->byWallet.value(wallets->index(row, 0).data().toString());
        QCOMPARE(wallets->index(row, 1).data().toString(), QString::number(line.count));
        QCOMPARE(wallets->index(row, 2).data().toString(), line.nominal.format());
    }
    QAbstractItemModel *statuses = find<QTableView>("statusTable")->model();
    QCOMPARE(statuses->rowCount(), 5);
    QCOMPARE(statuses->index(1, 1).data().toString(),
        QString::number(f->byStatus.value(QStringLiteral("FAILED")).count));
    QAbstractItemModel *pending = find<QTableView>("pendingTable")->model();
    QCOMPARE(pending->rowCount(), int(f->pending.size()));
    QTRY_COMPARE(find<QTableView>("statementTable")->model()->rowCount(), 25);

    // Another day: the numbers follow.
    const auto other = expected(m_day.addDays(-3));
    m_page->setDate(m_day.addDays(-3));
    QTRY_COMPARE(find<QLabel>("marginTotal")->text(), other->totals.margin().format());
    QCOMPARE(find<QLabel>("salesTotal")->text(), QString::number(other->totals.count));
}

void tst_UiManagerPage::chartHasOnePointPerDay_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("7 days") << 7;
    QTest::newRow("30 days") << 30;
}

void tst_UiManagerPage::chartHasOnePointPerDay()
{
    QFETCH(int, days);
    QSignalSpy charts(m_page.get(), &ManagerPage::chartsShown);
    find<QPushButton>(days == 7 ? "chart7Button" : "chart30Button")->click();
    QTRY_VERIFY(!charts.isEmpty());
    QTRY_VERIFY(
        m_page->countChart()->lines().size() == 5 && m_page->countChart()->lines().first()->count() == days);
    for (DailyChart *chart : { m_page->countChart(), m_page->marginChart() }) {
        const QList<QLineSeries *> lines = chart->lines();
        QCOMPARE(lines.size(), 5); // one per wallet
        for (QLineSeries *line : lines)
            QCOMPARE(line->count(), days);
    }
    // The last point of each line is the chosen day's figure for that wallet.
    const auto f = expected(m_day);
    for (QLineSeries *line : m_page->countChart()->lines())
        QCOMPARE(qint64(line->at(days - 1).y()), f->byWallet.value(line->name()).count);
    for (QLineSeries *line : m_page->marginChart()->lines())
        QCOMPARE(qint64(line->at(days - 1).y()), f->byWallet.value(line->name()).margin().rupiah());
}

void tst_UiManagerPage::closeFromThePage()
{
    const auto f = expected(m_day);
    find<QPushButton>("closeDayButton")->click();
    CloseDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<CloseDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    const Money expectedCash = Money::fromRupiah(100000) + f->cash.taken();
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("openingFloatEdit")), QStringLiteral("100.000"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("expectedCashLabel"))->text(), expectedCash.format());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("countedCashEdit")),
        QString::number(expectedCash.rupiah() - 3000));
    QVERIFY(dialog->differenceLabel()->text().contains(Money::fromRupiah(3000).format()));
    QCOMPARE(dialog->differenceLabel()->property("role").toString(), QStringLiteral("warning"));
    QSignalSpy done(m_page.get(), &ManagerPage::closeDone);
    dialog->findChild<QPushButton *>(QStringLiteral("closeDayConfirm"))->click();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(m_page->lastClose());
    QCOMPARE(m_page->lastClose()->closeNo, 1);
    QCOMPARE(m_page->lastClose()->cashCount.difference(), std::optional<Money>(Money::fromRupiah(-3000)));
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("1")));
    // The close as an A4 PDF.
    const QString zPdf = m_dir.filePath(QStringLiteral("z1.pdf"));
    m_page->setSavePathProvider([zPdf](const QString &suggested, const QString &) {
        return suggested == QLatin1String("kasir-close-K01-1.pdf") ? zPdf : QString();
    });
    find<QComboBox>("paperCombo")->setCurrentIndex(2);
    find<QPushButton>("printCloseButton")->click();
    QFile z(zPdf);
    QVERIFY(z.open(QIODevice::ReadOnly));
    QVERIFY(z.read(5) == "%PDF-");
    // A second close of the same day has nothing new.
    find<QPushButton>("closeDayButton")->click();
    QTRY_VERIFY((dialog = m_page->findChild<CloseDialog *>()) != nullptr && dialog->isVisible());
    dialog->findChild<QPushButton *>(QStringLiteral("closeDayConfirm"))->click();
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(done.last().first().toBool(), false);
}

void tst_UiManagerPage::resolveFromThePage()
{
    // The seeded days hold flagged sales; find one on a day that has one.
    QDate day = m_day;
    for (; day > m_day.addDays(-40); day = day.addDays(-1)) {
        const auto f = expected(day);
        bool any = false;
        for (const PendingSale &p : f->pending)
            any = any || p.flagged;
        if (any)
            break;
    }
    m_page->setDate(day);
    QTRY_VERIFY(m_page->figures() && m_page->figures()->from == day);
    QTableView *view = find<QTableView>("pendingTable");
    int row = -1;
    for (int i = 0; i < int(m_page->figures()->pending.size()); ++i) {
        if (m_page->figures()->pending.at(i).flagged)
            row = i;
    }
    QVERIFY(row >= 0);
    const QString receipt = m_page->figures()->pending.at(row).receiptNo;
    QVERIFY(!find<QPushButton>("resolveButton")->isEnabled());
    view->selectRow(row);
    QVERIFY(find<QPushButton>("resolveButton")->isEnabled());
    find<QPushButton>("resolveButton")->click();
    ResolveDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ResolveDialog *>()) != nullptr && dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("resolveConfirm"));
    dialog->findChild<QRadioButton *>(QStringLiteral("resolveFailed"))->click();
    QVERIFY(!ok->isEnabled()); // a note is required
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("resolveNote")),
        QStringLiteral("provider: not charged"));
    QVERIFY(ok->isEnabled());
    QSignalSpy done(m_page.get(), &ManagerPage::resolveDone);
    ok->click();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(m_store->findByReceiptNo(receipt)->status, SaleStatus::Failed);
    QTRY_VERIFY([&] {
        for (const PendingSale &p : m_page->figures()->pending) {
            if (p.receiptNo == receipt)
                return false;
        }
        return true;
    }());
}

void tst_UiManagerPage::exportsCsvAndPdf()
{
    const QString csv = m_dir.filePath(QStringLiteral("day.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
    QString next;
    m_page->setSavePathProvider([&next](const QString &, const QString &) { return next; });
    next = csv;
    find<QPushButton>("exportCsvButton")->click();
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(c.readAll());
    const auto f = expected(m_day);
    QVERIFY(text.contains(
        QStringLiteral("totals,SUCCESS,%1,%2,").arg(f->totals.count).arg(f->totals.nominal.rupiah())));
    next = pdf;
    find<QComboBox>("paperCombo")->setCurrentIndex(2); // A4 PDF
    find<QPushButton>("printXButton")->click();
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    QVERIFY(p.size() > 2000);
}

void tst_UiManagerPage::receiptSlipPdf()
{
    const QStringList lines = m_page->xReportLines();
    QVERIFY(lines.size() > 30);
    for (const QString &l : lines)
        QVERIFY(l.size() <= 32); // 58 mm is the first choice
    const QString path = m_dir.filePath(QStringLiteral("x58.pdf"));
    QString error;
    QVERIFY2(ReportPrinter::writeRollPdf(path, lines, ReportPrinter::Roll::Mm58, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

QTEST_MAIN(tst_UiManagerPage)
#include "tst_ui_managerpage.moc"
