#pragma once

#include "money/Money.h"
#include "report/ReportPeriod.h"
#include "store/SaleRecord.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Kasir {

// SUCCESS sales summed: what the manager reads first.
struct FigureLine
{
    qint64 count = 0;
    Money nominal; // sum of amounts (what the customers' wallets received)
    Money cost; // sum of balance_used (what the merchant deposit paid)
    Money collected; // sum of selling prices (what the customers paid)
    Money margin() const { return collected - cost; }

    QJsonObject toJson() const;
    static FigureLine fromJson(const QJsonObject &o);
    bool operator==(const FigureLine &o) const
    {
        return count == o.count && nominal == o.nominal && cost == o.cost && collected == o.collected;
    }
};

struct StatusLine
{
    qint64 count = 0;
    Money nominal;
    bool operator==(const StatusLine &o) const { return count == o.count && nominal == o.nominal; }
};

// Cash at the counter, SUCCESS sales where the cash was recorded.
struct CashFigures
{
    qint64 cashSales = 0;
    Money received;
    Money change;
    Money owing; // customers still owe (total above the cash they gave)
    Money taken() const { return received - change; } // cash that stayed in the drawer

    QJsonObject toJson() const;
    static CashFigures fromJson(const QJsonObject &o);
};

// A sale still PENDING / PAYING, or flagged for the manager.
struct PendingSale
{
    qint64 id = 0;
    QString receiptNo;
    SaleStatus status = SaleStatus::Pending;
    bool flagged = false;
    QString flagReason;
    QString productId;
    Money amount;
    QString createdUtc; // stored text

    QJsonObject toJson() const;
    static PendingSale fromJson(const QJsonObject &o);
};

// The deposit moved outside this counter between two sales.
struct DepositGap
{
    qint64 fromSaleId = 0;
    qint64 toSaleId = 0;
    QString fromReceipt;
    QString toReceipt;
    Money amount; // reported balance minus expected balance: negative when money left
    bool marked = false; // the manager marked it as a deposit top-up
    QString note;

    QJsonObject toJson() const;
    static DepositGap fromJson(const QJsonObject &o);
};

struct DepositFigures
{
    std::optional<Money> first; // balance reported by the period's first sale that reported one
    std::optional<Money> last; // ... and by the last
    QList<DepositGap> gaps;

    QJsonObject toJson() const;
    static DepositFigures fromJson(const QJsonObject &o);
};

// Every figure of a report (X) or a close (Z). Money is integer rupiah throughout.
struct ReportFigures
{
    QDate from;
    QDate to;
    FigureLine totals;
    QMap<QString, FigureLine> byWallet;
    QMap<QString, FigureLine> byCashier;
    QMap<QString, StatusLine> byStatus; // all five statuses, zero when none
    CashFigures cash;
    QList<PendingSale> pending;
    DepositFigures deposit;

    // {"from","to","totals","by_wallet","by_cashier","by_status","pending","deposit","cash"}:
    // money as strings of integer rupiah, as in the API.
    QJsonObject toJson() const;
    static ReportFigures fromJson(const QJsonObject &o);

    static QStringList statusOrder(); // SUCCESS, FAILED, PENDING, PAYING, REJECTED
};

QString moneyJson(Money m);
Money moneyFromJson(const QJsonValue &v);

} // namespace Kasir
