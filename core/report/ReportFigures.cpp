#include "report/ReportFigures.h"

#include <QJsonArray>

namespace Kasir {

namespace {

const QString KCount = QStringLiteral("count");
const QString KNominal = QStringLiteral("nominal");

std::optional<Money> optionalMoney(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s.startsWith(QLatin1Char('-'))) {
        if (const auto m = Money::fromApiString(s.mid(1)))
            return Money::fromRupiah(-m->rupiah());
        return std::nullopt;
    }
    return Money::fromApiString(s);
}

QJsonValue optionalMoneyJson(const std::optional<Money> &m)
{
    return m ? QJsonValue(moneyJson(*m)) : QJsonValue(QJsonValue::Null);
}

template <typename Line> QJsonObject mapJson(const QMap<QString, Line> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

} // namespace

QString moneyJson(Money m)
{
    return QString::number(m.rupiah());
}

Money moneyFromJson(const QJsonValue &v)
{
    return optionalMoney(v).value_or(Money());
}

QJsonObject FigureLine::toJson() const
{
    return QJsonObject { { KCount, count }, { KNominal, moneyJson(nominal) },
        { QStringLiteral("cost"), moneyJson(cost) }, { QStringLiteral("collected"), moneyJson(collected) },
        { QStringLiteral("margin"), moneyJson(margin()) } };
}

FigureLine FigureLine::fromJson(const QJsonObject &o)
{
    FigureLine l;
    l.count = o.value(KCount).toInteger();
    l.nominal = moneyFromJson(o.value(KNominal));
    l.cost = moneyFromJson(o.value(QStringLiteral("cost")));
    l.collected = moneyFromJson(o.value(QStringLiteral("collected")));
    return l;
}

QJsonObject CashFigures::toJson() const
{
    return QJsonObject { { QStringLiteral("cash_sales"), cashSales },
        { QStringLiteral("received"), moneyJson(received) }, { QStringLiteral("change"), moneyJson(change) },
        { QStringLiteral("taken"), moneyJson(taken()) }, { QStringLiteral("owing"), moneyJson(owing) } };
}

CashFigures CashFigures::fromJson(const QJsonObject &o)
{
    CashFigures c;
    c.cashSales = o.value(QStringLiteral("cash_sales")).toInteger();
    c.received = moneyFromJson(o.value(QStringLiteral("received")));
    c.change = moneyFromJson(o.value(QStringLiteral("change")));
    c.owing = moneyFromJson(o.value(QStringLiteral("owing")));
    return c;
}

QJsonObject PendingSale::toJson() const
{
    QJsonObject o { { QStringLiteral("receipt_no"), receiptNo },
        { QStringLiteral("status"), saleStatusName(status) }, { QStringLiteral("flagged"), flagged },
        { QStringLiteral("product"), productId }, { QStringLiteral("amount"), moneyJson(amount) },
        { QStringLiteral("created_utc"), createdUtc } };
    if (flagged)
        o.insert(QStringLiteral("flag_reason"), flagReason);
    return o;
}

PendingSale PendingSale::fromJson(const QJsonObject &o)
{
    PendingSale p;
    p.receiptNo = o.value(QStringLiteral("receipt_no")).toString();
    p.status = saleStatusFromName(o.value(QStringLiteral("status")).toString()).value_or(SaleStatus::Pending);
    p.flagged = o.value(QStringLiteral("flagged")).toBool();
    p.flagReason = o.value(QStringLiteral("flag_reason")).toString();
    p.productId = o.value(QStringLiteral("product")).toString();
    p.amount = moneyFromJson(o.value(QStringLiteral("amount")));
    p.createdUtc = o.value(QStringLiteral("created_utc")).toString();
    return p;
}

QJsonObject DepositGap::toJson() const
{
    QJsonObject o { { QStringLiteral("from_receipt"), fromReceipt },
        { QStringLiteral("to_receipt"), toReceipt }, { QStringLiteral("amount"), moneyJson(amount) },
        { QStringLiteral("marked_topup"), marked } };
    if (marked)
        o.insert(QStringLiteral("note"), note);
    return o;
}

DepositGap DepositGap::fromJson(const QJsonObject &o)
{
    DepositGap g;
    g.fromReceipt = o.value(QStringLiteral("from_receipt")).toString();
    g.toReceipt = o.value(QStringLiteral("to_receipt")).toString();
    g.amount = moneyFromJson(o.value(QStringLiteral("amount")));
    g.marked = o.value(QStringLiteral("marked_topup")).toBool();
    g.note = o.value(QStringLiteral("note")).toString();
    return g;
}

QJsonObject DepositFigures::toJson() const
{
    QJsonArray gapList;
    for (const DepositGap &g : gaps)
        gapList.append(g.toJson());
    return QJsonObject { { QStringLiteral("first"), optionalMoneyJson(first) },
        { QStringLiteral("last"), optionalMoneyJson(last) }, { QStringLiteral("gaps"), gapList } };
}

DepositFigures DepositFigures::fromJson(const QJsonObject &o)
{
    DepositFigures d;
    d.first = optionalMoney(o.value(QStringLiteral("first")));
    d.last = optionalMoney(o.value(QStringLiteral("last")));
    for (const auto &v : o.value(QStringLiteral("gaps")).toArray())
        d.gaps.append(DepositGap::fromJson(v.toObject()));
    return d;
}

QStringList ReportFigures::statusOrder()
{
    return { QStringLiteral("SUCCESS"), QStringLiteral("FAILED"), QStringLiteral("PENDING"),
        QStringLiteral("PAYING"), QStringLiteral("REJECTED") };
}

QJsonObject ReportFigures::toJson() const
{
    QJsonObject status;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        status.insert(it.key(),
            QJsonObject { { KCount, it.value().count }, { KNominal, moneyJson(it.value().nominal) } });
    }
    QJsonArray pendingList;
    for (const PendingSale &p : pending)
        pendingList.append(p.toJson());
    return QJsonObject { { QStringLiteral("from"), ReportPeriod::dateText(from) },
        { QStringLiteral("to"), ReportPeriod::dateText(to) }, { QStringLiteral("totals"), totals.toJson() },
        { QStringLiteral("by_wallet"), mapJson(byWallet) },
        { QStringLiteral("by_cashier"), mapJson(byCashier) }, { QStringLiteral("by_status"), status },
        { QStringLiteral("cash"), cash.toJson() }, { QStringLiteral("pending"), pendingList },
        { QStringLiteral("deposit"), deposit.toJson() } };
}

ReportFigures ReportFigures::fromJson(const QJsonObject &o)
{
    ReportFigures f;
    f.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    f.totals = FigureLine::fromJson(o.value(QStringLiteral("totals")).toObject());
    const QJsonObject wallets = o.value(QStringLiteral("by_wallet")).toObject();
    for (auto it = wallets.constBegin(); it != wallets.constEnd(); ++it)
        f.byWallet.insert(it.key(), FigureLine::fromJson(it.value().toObject()));
    const QJsonObject cashiers = o.value(QStringLiteral("by_cashier")).toObject();
    for (auto it = cashiers.constBegin(); it != cashiers.constEnd(); ++it)
        f.byCashier.insert(it.key(), FigureLine::fromJson(it.value().toObject()));
    const QJsonObject status = o.value(QStringLiteral("by_status")).toObject();
    for (auto it = status.constBegin(); it != status.constEnd(); ++it) {
        const QJsonObject s = it.value().toObject();
        f.byStatus.insert(
            it.key(), StatusLine { s.value(KCount).toInteger(), moneyFromJson(s.value(KNominal)) });
    }
    f.cash = CashFigures::fromJson(o.value(QStringLiteral("cash")).toObject());
    for (const auto &v : o.value(QStringLiteral("pending")).toArray())
        f.pending.append(PendingSale::fromJson(v.toObject()));
    f.deposit = DepositFigures::fromJson(o.value(QStringLiteral("deposit")).toObject());
    return f;
}

} // namespace Kasir
