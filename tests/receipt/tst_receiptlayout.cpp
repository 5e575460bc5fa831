#include "ReceiptSamples.h"
#include "receipt/ReceiptLayout.h"

#include <QFile>
#include <QTest>

using namespace Kasir;

// Golden receipts: the exact text for each status at both widths. Set KASIR_UPDATE_GOLDEN=1 to
// rewrite the files after a deliberate change (then read the diff before committing it).
class tst_ReceiptLayout : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void neverLooksLikeSuccess_data();
    void neverLooksLikeSuccess();
    void linesFitAndAreAscii_data();
    void linesFitAndAreAscii();
    void longValuesWrapNeverCut();
    void copyMarkedTopAndBottom();
    void cashShortIsShownAsOwed();
    void toAscii();
    void wrap_data();
    void wrap();
};

static void addRows()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("copy");
    QTest::addColumn<QString>("file");
    const struct
    {
        SaleStatus s;
        const char *name;
    } statuses[] = {
        { SaleStatus::Success, "success" },
        { SaleStatus::Failed, "failed" },
        { SaleStatus::Pending, "pending" },
    };
    for (int columns : { 32, 48 }) {
        for (const auto &st : statuses) {
            const QString file = QStringLiteral("%1-%2.txt").arg(QLatin1String(st.name)).arg(columns);
            QTest::newRow(qPrintable(file)) << int(st.s) << columns << QStringLiteral("id") << 0 << file;
        }
        const QString reprint = QStringLiteral("success-copy2-%1.txt").arg(columns);
        QTest::newRow(qPrintable(reprint))
            << int(SaleStatus::Success) << columns << QStringLiteral("id") << 2 << reprint;
        const QString english = QStringLiteral("failed-en-%1.txt").arg(columns);
        QTest::newRow(qPrintable(english))
            << int(SaleStatus::Failed) << columns << QStringLiteral("en") << 0 << english;
    }
}

void tst_ReceiptLayout::golden_data()
{
    addRows();
}

void tst_ReceiptLayout::golden()
{
    QFETCH(int, status);
    QFETCH(int, columns);
    QFETCH(QString, language);
    QFETCH(int, copy);
    QFETCH(QString, file);
    const QString text = ReceiptLayout::toText(ReceiptLayout::layout(
        ReceiptSamples::sale(SaleStatus(status)), ReceiptSamples::options(columns, language, copy)));
    const QString path = QStringLiteral(KASIR_GOLDEN_DIR "/") + file;
    if (qEnvironmentVariableIntValue("KASIR_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(text, QString::fromUtf8(in.readAll()));
}

void tst_ReceiptLayout::neverLooksLikeSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("language");
    for (SaleStatus s :
        { SaleStatus::Failed, SaleStatus::Rejected, SaleStatus::Pending, SaleStatus::Paying }) {
        for (const char *lang : { "id", "en" })
            QTest::newRow(qPrintable(saleStatusName(s) + QLatin1Char('-') + QLatin1String(lang)))
                << int(s) << QString::fromLatin1(lang);
    }
}

void tst_ReceiptLayout::neverLooksLikeSuccess()
{
    QFETCH(int, status);
    QFETCH(QString, language);
    for (int columns : { 32, 48 }) {
        for (int copy : { 0, 1 }) {
            SaleRecord r = ReceiptSamples::sale(SaleStatus(status));
            r.serialNo = QStringLiteral("SN-SHOULD-NOT-SHOW"); // even if a stray SN was kept
            const QString text = ReceiptLayout::toText(
                ReceiptLayout::layout(r, ReceiptSamples::options(columns, language, copy)))
                                     .simplified();
            QVERIFY2(!text.contains(QLatin1String("BERHASIL"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("SUKSES"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("SUCCESS"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("SN-SHOULD-NOT-SHOW")), qPrintable(text));
            QVERIFY(
                !text.contains(QLatin1String("TOTAL BAYAR")) && !text.contains(QLatin1String("TOTAL PAID")));
            const bool pending
                = SaleStatus(status) == SaleStatus::Pending || SaleStatus(status) == SaleStatus::Paying;
            if (pending) {
                QVERIFY(text.contains(language == QLatin1String("id") ? QLatin1String("DALAM PROSES")
                                                                      : QLatin1String("IN PROCESS")));
                QVERIFY(text.contains(
                    language == QLatin1String("id") ? QLatin1String("JANGAN") : QLatin1String("Do NOT")));
            } else {
                QVERIFY(
                    text.contains(language == QLatin1String("id") ? QLatin1String("Tidak ada biaya")
                                                                  : QLatin1String("Nothing was charged")));
            }
        }
    }
}

void tst_ReceiptLayout::linesFitAndAreAscii_data()
{
    addRows();
}

void tst_ReceiptLayout::linesFitAndAreAscii()
{
    QFETCH(int, status);
    QFETCH(int, columns);
    QFETCH(QString, language);
    QFETCH(int, copy);
    SaleRecord r = ReceiptSamples::sale(SaleStatus(status));
    r.cashier = QStringLiteral("Dédé Sürya 王");
    ReceiptOptions o = ReceiptSamples::options(columns, language, copy);
    o.storeName = QStringLiteral("Warung Ibu Siti — Pulsa & E-Wallet Murah Meriah Sejak 1998");
    const ReceiptLines lines = ReceiptLayout::layout(r, o);
    for (const ReceiptLine &line : lines) {
        QVERIFY2(line.text.size() <= columns, qPrintable(line.text));
        for (QChar c : line.text)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(line.text));
    }
    QVERIFY(ReceiptLayout::toText(lines).contains(QLatin1String("Dede Surya ?")));
}

void tst_ReceiptLayout::longValuesWrapNeverCut()
{
    SaleRecord r = ReceiptSamples::sale(SaleStatus::Success);
    r.serialNo = QStringLiteral("0123456789ABCDEFGHIJ0123456789ABCDEFGHIJ0123456789-END");
    const QString text = ReceiptLayout::toText(ReceiptLayout::layout(r, ReceiptSamples::options(32)));
    QString joined = text;
    joined.remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    QVERIFY2(joined.contains(r.serialNo), qPrintable(text));
    QVERIFY(joined.contains(r.reqId));
    QVERIFY(joined.contains(QStringLiteral("Rp52.500")));
}

void tst_ReceiptLayout::copyMarkedTopAndBottom()
{
    const ReceiptLines lines = ReceiptLayout::layout(
        ReceiptSamples::sale(SaleStatus::Success), ReceiptSamples::options(32, QStringLiteral("id"), 3));
    int marks = 0;
    for (const ReceiptLine &l : lines)
        marks += l.text.trimmed() == QLatin1String("SALINAN / COPY 3") ? 1 : 0;
    QCOMPARE(marks, 2);
    QVERIFY(lines.at(0).text.contains(QLatin1String("SUMBER REJEKI")));
    QCOMPARE(lines.at(lines.size() - 2).text.trimmed(), QStringLiteral("SALINAN / COPY 3"));
    const QString original = ReceiptLayout::toText(
        ReceiptLayout::layout(ReceiptSamples::sale(SaleStatus::Success), ReceiptSamples::options(32)));
    QVERIFY(!original.contains(QLatin1String("SALINAN")));
    QVERIFY(!original.contains(QLatin1String("COPY")));
}

void tst_ReceiptLayout::cashShortIsShownAsOwed()
{
    SaleRecord r = ReceiptSamples::sale(SaleStatus::Success);
    r.cashReceived = Money::fromRupiah(50000);
    r.settleCash();
    const ReceiptLines lines = ReceiptLayout::layout(r, ReceiptSamples::options(32));
    const QString text = ReceiptLayout::toText(lines);
    QVERIFY2(text.contains(QStringLiteral("KURANG BAYAR            Rp 2.500\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Kembali                     Rp 0\n")));
    bool bold = false;
    for (const ReceiptLine &l : lines)
        bold = bold
            || (l.text.startsWith(QLatin1String("KURANG BAYAR")) && l.style == ReceiptLine::Style::Bold);
    QVERIFY(bold);
    // Enough cash: no such line.
    QVERIFY(!ReceiptLayout::toText(
        ReceiptLayout::layout(ReceiptSamples::sale(SaleStatus::Success), ReceiptSamples::options(32)))
                 .contains(QLatin1String("KURANG")));
}

void tst_ReceiptLayout::toAscii()
{
    QCOMPARE(ReceiptLayout::toAscii(QStringLiteral("Café Dédé")), QStringLiteral("Cafe Dede"));
    QCOMPARE(ReceiptLayout::toAscii(QStringLiteral("a\tb\nc")), QStringLiteral("a b c"));
    QCOMPARE(ReceiptLayout::toAscii(QStringLiteral("Rp\u00a052.500")), QStringLiteral("Rp 52.500"));
    QCOMPARE(ReceiptLayout::toAscii(QStringLiteral("x😀y")), QStringLiteral("x?y"));
}

void tst_ReceiptLayout::wrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fits") << QStringLiteral("abc def") << 10 << QStringList { QStringLiteral("abc def") };
    QTest::newRow("at space") << QStringLiteral("abc def ghi") << 7
                              << QStringList { QStringLiteral("abc def"), QStringLiteral("ghi") };
    QTest::newRow("long word") << QStringLiteral("abcdefghij") << 4
                               << QStringList { QStringLiteral("abcd"), QStringLiteral("efgh"),
                                      QStringLiteral("ij") };
    QTest::newRow("empty") << QString() << 5 << QStringList { QString() };
}

void tst_ReceiptLayout::wrap()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QStringList, expected);
    QCOMPARE(ReceiptLayout::wrap(text, width), expected);
}

QTEST_GUILESS_MAIN(tst_ReceiptLayout)
#include "tst_receiptlayout.moc"
