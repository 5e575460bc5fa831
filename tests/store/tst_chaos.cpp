// Chaos: hundreds of top-ups through the real SaleService against the real sandbox process,
// about 30% of them hit by a random fault, then recovery; the money must add up exactly.

#include "SaleRig.h"
#include "SandboxProcess.h"
#include "api/MerchantApiClient.h"
#include "clock/Clock.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kasir;

namespace {

constexpr int Sales = 300;
constexpr int FaultPercent = 30;
constexpr int ClientTimeoutMs = 1500;
constexpr int DelayMs = 2500; // past the client timeout
constexpr qint64 StartBalance = 100000000;
constexpr int RecoveryEvery = 50;
constexpr int SequentialSales = 240;
constexpr int Concurrent = 3;
constexpr quint32 FixedSeed = 20261126;

const char *const faultKinds[] = {
    "delay",
    "drop_before",
    "drop_after",
    "error500_before",
    "error500_after",
    "malformed_json",
    "html502",
    "pending_then_success",
    "pending_then_failed",
};

QJsonObject faultFor(const QString &kind, QRandomGenerator &rng)
{
    QJsonObject f;
    if (kind == QLatin1String("delay")) {
        f = { { QStringLiteral("kind"), QStringLiteral("delay") }, { QStringLiteral("delay_ms"), DelayMs } };
    } else if (kind.startsWith(QLatin1String("pending"))) {
        f = { { QStringLiteral("kind"), QStringLiteral("pending") },
            { QStringLiteral("checks"), int(rng.bounded(1, 4)) },
            { QStringLiteral("then"),
                kind.endsWith(QLatin1String("success")) ? QStringLiteral("SUCCESS")
                                                        : QStringLiteral("FAILED") } };
    } else {
        // A payment is sent once per attempt (never re-sent by the network layer): one drop is
        // one attempt the client sees end unknown.
        f = { { QStringLiteral("kind"), kind } };
    }
    return f;
}

} // namespace

class tst_Chaos : public QObject
{
    Q_OBJECT
private slots:
    void chaos();
};

void tst_Chaos::chaos()
{
    qRegisterMetaType<SaleRecord>();
    qRegisterMetaType<ApiResult>();
    QElapsedTimer elapsed;
    elapsed.start();

    // CI runs one fixed seed, so that a failure replays exactly. KASIR_CHAOS_SEED=N runs seed N;
    // KASIR_CHAOS_SEED=random draws a new one (printed, to replay it).
    const QString seedText = qEnvironmentVariable("KASIR_CHAOS_SEED").trimmed();
    quint32 seed = FixedSeed;
    if (seedText.compare(QLatin1String("random"), Qt::CaseInsensitive) == 0) {
        seed = QRandomGenerator::system()->generate();
    } else if (!seedText.isEmpty()) {
        bool seedOk = false;
        seed = seedText.toUInt(&seedOk);
        QVERIFY2(seedOk, "KASIR_CHAOS_SEED must be a number or \"random\"");
    }
    qInfo("chaos seed: %u (set KASIR_CHAOS_SEED=%u to replay)", seed, seed);
    QRandomGenerator rng(seed);

    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QVERIFY(sandbox.reset(StartBalance));

    SaleServiceOptions options;
    options.autoRecovery = false; // recovery is driven below, at known points
    options.duplicateWindowSeconds = 0;
    SaleRig rig(&sandbox, nullptr, options, QString(), ClientTimeoutMs);
    QVERIFY2(rig.ok, qPrintable(rig.store->lastError()));
    ReceiptStore &store = *rig.store;
    SaleService &service = *rig.service;

    auto recoverOnce = [&]() -> int {
        QSignalSpy done(&service, &SaleService::recoveryFinished);
        service.recoverNow();
        if (!done.wait(20000) && done.isEmpty())
            return -1;
        return done.first().at(0).toInt();
    };

    const QStringList products { QStringLiteral("GOPAY"), QStringLiteral("OVO"), QStringLiteral("DANA"),
        QStringLiteral("SHOPEEPAY"), QStringLiteral("LINKAJA") };
    QMap<QString, int> faultsByKind;
    QMap<QString, int> firstOutcome;
    QSet<QString> reqIds;
    int faulted = 0;

    auto maybeFault = [&]() -> bool {
        if (int(rng.bounded(100)) >= FaultPercent)
            return true;
        const QString kind = QLatin1String(faultKinds[rng.bounded(int(std::size(faultKinds)))]);
        faultsByKind[kind] += 1;
        ++faulted;
        return sandbox.injectFault(faultFor(kind, rng));
    };
    auto randomDraft = [&]() {
        SaleDraft draft;
        draft.productId = products.at(rng.bounded(int(products.size())));
        // 08 + 9 digits, never ending in 0000 (the sandbox's "number not registered" case).
        draft.custId = QStringLiteral("08%1%2").arg(rng.bounded(10000000, 99999999)).arg(rng.bounded(1, 10));
        draft.amount = Money::fromRupiah(qint64(rng.bounded(1, 51)) * 2000);
        draft.storeFee = Money::fromRupiah(2000);
        draft.cashier = QStringLiteral("chaos");
        return draft;
    };

    // Phase 1: one sale at a time, each with its own fault (or none).
    for (int i = 0; i < SequentialSales; ++i) {
        QVERIFY(sandbox.clearFaults());
        QVERIFY(maybeFault());
        QSignalSpy finished(&service, &SaleService::saleFinished);
        const StartPaymentResult started = service.startPayment(randomDraft());
        QVERIFY2(started.ok, qPrintable(started.error));
        QVERIFY(!reqIds.contains(started.record.reqId));
        reqIds.insert(started.record.reqId);
        QVERIFY2(finished.wait(20000) || !finished.isEmpty(), qPrintable(started.record.reqId));
        firstOutcome[saleStatusName(finished.first().at(0).value<SaleRecord>().status)] += 1;

        if ((i + 1) % RecoveryEvery == 0) {
            QVERIFY(sandbox.clearFaults());
            QVERIFY(recoverOnce() >= 0);
        }
    }

    // Phase 2: three sales in flight at once, faults queued for whichever request comes first,
    // and recoverNow() called while they are in flight (it must wait for them, not re-send).
    for (int b = 0; b < (Sales - SequentialSales) / Concurrent; ++b) {
        QVERIFY(sandbox.clearFaults());
        for (int j = 0; j < Concurrent; ++j)
            QVERIFY(maybeFault());
        QSignalSpy finished(&service, &SaleService::saleFinished);
        QSignalSpy recovered(&service, &SaleService::recoveryFinished);
        QSet<qint64> batch;
        for (int j = 0; j < Concurrent; ++j) {
            const StartPaymentResult started = service.startPayment(randomDraft());
            QVERIFY2(started.ok, qPrintable(started.error));
            QVERIFY(!reqIds.contains(started.record.reqId));
            reqIds.insert(started.record.reqId);
            batch.insert(started.record.id);
        }
        service.recoverNow();
        QCOMPARE(service.inFlightCount(), service.unresolvedCount()); // one request per row
        QTRY_VERIFY_WITH_TIMEOUT(!recovered.isEmpty(), 30000);
        QSet<qint64> seen;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const SaleRecord r = args.at(0).value<SaleRecord>();
            if (batch.contains(r.id) && !seen.contains(r.id)) {
                seen.insert(r.id);
                firstOutcome[saleStatusName(r.status)] += 1;
            }
        }
        QCOMPARE(seen, batch);
    }

    QVERIFY(sandbox.clearFaults());
    int rounds = 0;
    int left = service.unresolvedCount();
    while (left > 0 && rounds < 10) {
        left = recoverOnce();
        ++rounds;
        QVERIFY(left >= 0);
    }

    // ---- The invariants ----
    const QJsonObject ledger = sandbox.ledger();
    const QJsonObject requests = ledger.value(QStringLiteral("requests")).toObject();
    const qint64 sandboxBalance = ledger.value(QStringLiteral("balance")).toString().toLongLong();

    SaleHistoryFilter all;
    all.limit = 0;
    const QList<SaleRecord> rows = store.history(all);
    QMap<QString, SaleRecord> byReq;
    for (const SaleRecord &r : rows)
        byReq.insert(r.reqId, r);

    int doubleCharges = 0;
    int lostReceipts = 0; // charged by the sandbox but not SUCCESS here
    int phantomSuccesses = 0; // SUCCESS here but never charged
    int unresolved = 0;
    int flagged = 0;
    qint64 sumUsed = 0;
    QMap<QString, int> finalStatus;
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
        const int charged = it.value().toObject().value(QStringLiteral("charged")).toInt();
        if (charged > 1) {
            ++doubleCharges;
            qWarning() << "double charge:" << it.key() << charged;
        }
        if (charged >= 1
            && (!byReq.contains(it.key()) || byReq.value(it.key()).status != SaleStatus::Success)) {
            ++lostReceipts;
            qWarning() << "charged but not SUCCESS locally:" << it.key()
                       << (byReq.contains(it.key()) ? saleStatusName(byReq.value(it.key()).status)
                                                    : QStringLiteral("no row"));
        }
    }
    for (const SaleRecord &r : rows) {
        finalStatus[saleStatusName(r.status)] += 1;
        if (r.isUnresolved())
            ++unresolved;
        if (r.flagged)
            ++flagged;
        if (r.status == SaleStatus::Success) {
            const int charged = requests.value(r.reqId).toObject().value(QStringLiteral("charged")).toInt();
            if (charged != 1) {
                ++phantomSuccesses;
                qWarning() << "SUCCESS but charged" << charged << "times:" << r.reqId;
            }
            sumUsed += r.balanceUsed.value_or(Money()).rupiah();
        }
    }

    qInfo("%s", "");
    qInfo("chaos summary (seed %u, %lld ms)", seed, qlonglong(elapsed.elapsed()));
    qInfo("  %-28s %6d", "sales", int(rows.size()));
    qInfo("  %-28s %6d (%d%%)", "sales hit by a fault", faulted, faulted * 100 / Sales);
    for (const char *k : faultKinds)
        qInfo("    %-26s %6d", k, faultsByKind.value(QLatin1String(k)));
    for (auto it = firstOutcome.constBegin(); it != firstOutcome.constEnd(); ++it)
        qInfo("  first answer %-15s %6d", qPrintable(it.key()), it.value());
    qInfo("  %-28s %6d", "recovery rounds at the end", rounds);
    for (auto it = finalStatus.constBegin(); it != finalStatus.constEnd(); ++it)
        qInfo("  final %-22s %6d", qPrintable(it.key()), it.value());
    qInfo("  %-28s %6d", "double charges", doubleCharges);
    qInfo("  %-28s %6d", "lost receipts", lostReceipts);
    qInfo("  %-28s %6d", "SUCCESS without a charge", phantomSuccesses);
    qInfo("  %-28s %6d", "unresolved", unresolved);
    qInfo("  %-28s %6d", "flagged", flagged);
    qInfo("  start %lld - local SUCCESS %lld = %lld; sandbox balance %lld", qlonglong(StartBalance),
        qlonglong(sumUsed), qlonglong(StartBalance - sumUsed), qlonglong(sandboxBalance));

    QCOMPARE(int(rows.size()), Sales);
    QVERIFY(faulted >= Sales * FaultPercent / 100 / 2); // the seed really produced faults
    QCOMPARE(doubleCharges, 0);
    QCOMPARE(lostReceipts, 0);
    QCOMPARE(phantomSuccesses, 0);
    QCOMPARE(unresolved, 0);
    QCOMPARE(flagged, 0);
    QCOMPARE(StartBalance - sumUsed, sandboxBalance);
    QCOMPARE(ledger.value(QStringLiteral("charged_total")).toString().toLongLong(), sumUsed);
    // Only a definitive PENDING-then-FAILED may end FAILED with this deposit; nothing is REJECTED.
    QVERIFY(finalStatus.value(QStringLiteral("FAILED"))
        <= faultsByKind.value(QStringLiteral("pending_then_failed")));
    QCOMPARE(finalStatus.value(QStringLiteral("REJECTED")), 0);
    QVERIFY2(elapsed.elapsed() < 240000, "chaos run took longer than 4 minutes");
}

QTEST_GUILESS_MAIN(tst_Chaos)
#include "tst_chaos.moc"
