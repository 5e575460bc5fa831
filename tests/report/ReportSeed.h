#pragma once

#include "store/ReceiptStore.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

// Writes realistic generated days into a journal through ReceiptStore::insertSale: several
// wallets, cashiers and terminals, every status, store fees, cash with change, customers who
// still owe, flagged sales, and a deposit chain in which every reported balance follows from
// the previous one minus the sale's charge (no outside movement).
struct ReportSeed
{
    quint32 seed = 7;
    qint64 startBalance = 50000000;
    qint64 balance = 0;
    QList<Kasir::SaleRecord> written;

    // perDay sales on each day in [first, last], at times spread over the local day.
    bool fill(Kasir::ReceiptStore *store, const QDate &first, const QDate &last, int perDay,
        const QString &terminal = QStringLiteral("K01"))
    {
        QRandomGenerator rng(seed);
        if (balance == 0)
            balance = startBalance;
        const QStringList wallets { QStringLiteral("GOPAY"), QStringLiteral("OVO"), QStringLiteral("DANA"),
            QStringLiteral("SHOPEEPAY"), QStringLiteral("LINKAJA") };
        const QStringList cashiers { QStringLiteral("ani"), QStringLiteral("budi"), QStringLiteral("citra") };
        const QList<qint64> amounts { 10000, 20000, 25000, 50000, 100000, 150000, 200000 };
        int n = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            for (int i = 0; i < perDay; ++i, ++n) {
                Kasir::SaleRecord r;
                const qint64 amount = amounts.at(int(rng.bounded(amounts.size())));
                const qint64 admin = 500 + 500 * qint64(rng.bounded(4));
                const qint64 fee = 1000 * qint64(rng.bounded(4));
                r.reqId = QStringLiteral("SEED-%1-%2-%3").arg(terminal).arg(seed).arg(n);
                r.productId = wallets.at(int(rng.bounded(wallets.size())));
                r.custId = QStringLiteral("0812%1").arg(10000000 + int(rng.bounded(89999999)));
                r.amount = Kasir::Money::fromRupiah(amount);
                r.storeFee = Kasir::Money::fromRupiah(fee);
                r.cashier = cashiers.at(int(rng.bounded(cashiers.size())));
                // Spread over the day: 06:00 + i * (16 h / perDay) local time.
                const int secs
                    = 6 * 3600 + int(qint64(i) * 16 * 3600 / qMax(perDay, 1)) + int(rng.bounded(30));
                r.createdUtc = QDateTime(d, QTime(0, 0), Qt::LocalTime).addSecs(secs).toUTC();
                r.updatedUtc = r.createdUtc;
                const quint32 roll = rng.bounded(100);
                const qint64 price = amount + admin;
                r.inquiryUnitPrice = Kasir::Money::fromRupiah(price);
                r.sellingPrice = Kasir::Money::fromRupiah(price + fee);
                if (roll < 70) {
                    r.status = Kasir::SaleStatus::Success;
                    r.unitPrice = Kasir::Money::fromRupiah(price);
                    r.balanceUsed = Kasir::Money::fromRupiah(price);
                    balance -= price;
                    r.balanceAfter = Kasir::Money::fromRupiah(balance);
                    r.completedUtc = r.createdUtc.addSecs(2);
                    r.serialNo = QStringLiteral("SN%1").arg(n);
                    const quint32 cash = rng.bounded(10);
                    if (cash < 5) {
                        const qint64 given = ((price + fee) / 50000 + 1) * 50000;
                        r.cashReceived = Kasir::Money::fromRupiah(given);
                        r.change = Kasir::Money::fromRupiah(given - price - fee);
                    } else if (cash == 5) {
                        // Paid short: the customer still owes the rest.
                        r.cashReceived = Kasir::Money::fromRupiah(price + fee - 2000);
                        r.change = Kasir::Money::fromRupiah(0);
                    }
                } else if (roll < 82) {
                    r.status = Kasir::SaleStatus::Failed;
                    r.balanceAfter = Kasir::Money::fromRupiah(balance); // FAILED reports the balance
                    r.completedUtc = r.createdUtc.addSecs(2);
                } else if (roll < 90) {
                    r.status = Kasir::SaleStatus::Rejected;
                    r.completedUtc = r.createdUtc.addSecs(1);
                } else if (roll < 97) {
                    r.status = Kasir::SaleStatus::Pending;
                    r.lastError = QStringLiteral("timeout");
                } else {
                    // A held answer: charged by the server, flagged for the manager.
                    r.status = Kasir::SaleStatus::Pending;
                    r.flagged = true;
                    r.flagReason = QStringLiteral("price changed");
                    r.balanceUsed = Kasir::Money::fromRupiah(price);
                    balance -= price;
                    r.balanceAfter = Kasir::Money::fromRupiah(balance);
                }
                if (!store->insertSale(&r, terminal))
                    return false;
                written.append(r);
            }
        }
        return true;
    }
};
