// The simulator keeps its world across a restart (ppob-sandbox --ledger FILE, and the window's
// demo mode with SandboxOptions::ledgerPath): a req_id answered before the restart is answered
// the same way after it, without a second charge, and a sticky PENDING stays pending.

#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kTransaction = QStringLiteral("/api/v1/merchant/ppob/ewallet/transaction");

QByteArray payment(const QString &reqId)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("req_id"), reqId },
                             { QStringLiteral("product_id"), QStringLiteral("GOPAY") },
                             { QStringLiteral("cust_id"), QStringLiteral("08123456789") },
                             { QStringLiteral("amount"), QStringLiteral("50000") } })
        .toJson(QJsonDocument::Compact);
}

QString dataField(const QByteArray &body, const char *field)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QLatin1String(field))
        .toString();
}

} // namespace

class SandboxLedgerFileTest : public QObject
{
    Q_OBJECT

private slots:
    void restartKeepsLedger();
    void damagedLedgerRefusesToStart();
};

void SandboxLedgerFileTest::restartKeepsLedger()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("demo.sqlite.sandbox-ledger.json"));
    QByteArray firstBody;
    QByteArray pendingBody;
    {
        SandboxProcess first({ QStringLiteral("--ledger"), ledger });
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QCOMPARE(first.post(kTransaction, payment(QStringLiteral("keep-1")), &firstBody), 200);
        QCOMPARE(dataField(firstBody, "status"), QStringLiteral("SUCCESS"));
        // A sale the simulator keeps PENDING for five more checks.
        QVERIFY(first.injectFault(QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("pending") }, { QStringLiteral("checks"), 5 } }));
        QCOMPARE(first.post(kTransaction, payment(QStringLiteral("keep-2")), &pendingBody), 200);
        QCOMPARE(dataField(pendingBody, "status"), QStringLiteral("PENDING"));
        QCOMPARE(first.balance(), qint64(500000 - 2 * 51500));
    } // the process stops here

    SandboxProcess second({ QStringLiteral("--ledger"), ledger });
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    QCOMPARE(second.balance(), qint64(500000 - 2 * 51500));
    QCOMPARE(second.chargedCount(QStringLiteral("keep-1")), 1);

    QByteArray again;
    QCOMPARE(second.post(kTransaction, payment(QStringLiteral("keep-1")), &again), 200);
    QCOMPARE(dataField(again, "status"), QStringLiteral("SUCCESS"));
    QCOMPARE(dataField(again, "serial_no"), dataField(firstBody, "serial_no"));
    QCOMPARE(dataField(again, "ref_id"), dataField(firstBody, "ref_id"));
    QCOMPARE(second.chargedCount(QStringLiteral("keep-1")), 1);
    QCOMPARE(second.receivedCount(QStringLiteral("keep-1")), 2);

    QCOMPARE(second.post(kTransaction, payment(QStringLiteral("keep-2")), &again), 200);
    QCOMPARE(dataField(again, "status"), QStringLiteral("PENDING"));
    QCOMPARE(second.chargedCount(QStringLiteral("keep-2")), 1);
    QCOMPARE(second.balance(), qint64(500000 - 2 * 51500));
}

void SandboxLedgerFileTest::damagedLedgerRefusesToStart()
{
    QTemporaryDir dir;
    const QString ledger = dir.filePath(QStringLiteral("ledger.json"));
    QFile f(ledger);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\":1,\"start_balance\":\"500000\",\"balance\":\"1\",\"charged_total\":\"0\","
            "\"entries\":[]}");
    f.close();
    SandboxProcess sandbox({ QStringLiteral("--ledger"), ledger });
    QString error;
    QVERIFY(!sandbox.start(&error));
}

QTEST_GUILESS_MAIN(SandboxLedgerFileTest)
#include "tst_sandbox_ledgerfile.moc"
