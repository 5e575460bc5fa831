#include "ReceiptSamples.h"
#include "receipt/EscPosEncoder.h"
#include "receipt/ReceiptLayout.h"

#include <QFile>
#include <QTest>

using namespace Kasir;

class tst_EscPosEncoder : public QObject
{
    Q_OBJECT
private slots:
    void goldenSample();
    void structure();
    void statusByte();
};

// The bytes for the sample SUCCESS receipt at 32 columns, against a golden file
// (KASIR_UPDATE_GOLDEN=1 rewrites it).
void tst_EscPosEncoder::goldenSample()
{
    const QByteArray bytes = EscPosEncoder::encode(
        ReceiptLayout::layout(ReceiptSamples::sale(SaleStatus::Success), ReceiptSamples::options(32)));
    const QString path = QStringLiteral(KASIR_GOLDEN_DIR "/success-32.escpos");
    if (qEnvironmentVariableIntValue("KASIR_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(bytes, in.readAll());
}

void tst_EscPosEncoder::structure()
{
    const ReceiptLines lines = { { QStringLiteral("HELLO"), ReceiptLine::Style::Normal },
        { QStringLiteral("TOTAL  Rp 52.500"), ReceiptLine::Style::Bold },
        { QStringLiteral("bye"), ReceiptLine::Style::Normal } };
    const QByteArray expected = QByteArray("\x1b@", 2) + "HELLO\n"
        + QByteArray("\x1b"
                     "E\x01",
            3)
        + "TOTAL  Rp 52.500\n"
        + QByteArray("\x1b"
                     "E\x00",
            3)
        + "bye\n"
        + QByteArray("\x1b"
                     "d\x04",
            3)
        + QByteArray("\x1dV\x01", 3);
    QCOMPARE(EscPosEncoder::encode(lines), expected);
    // A bold last line is switched off before the cut.
    const QByteArray boldEnd
        = EscPosEncoder::encode({ { QStringLiteral("X"), ReceiptLine::Style::Bold } }, 2);
    QVERIFY(boldEnd.endsWith(QByteArray("X\n\x1b"
                                        "E\x00\x1b"
                                        "d\x02\x1dV\x01",
        11)));
}

void tst_EscPosEncoder::statusByte()
{
    QCOMPARE(EscPosEncoder::statusRequest(), QByteArray("\x10\x04\x01", 3));
    QVERIFY(!EscPosEncoder::statusIsOffline(0x12)); // online, the two fixed bits
    QVERIFY(EscPosEncoder::statusIsOffline(0x1a));
}

QTEST_GUILESS_MAIN(tst_EscPosEncoder)
#include "tst_escposencoder.moc"
