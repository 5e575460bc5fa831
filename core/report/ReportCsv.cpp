#include "report/ReportCsv.h"

#include "csv/CsvText.h"

namespace Kasir {

namespace {

QString num(Money m)
{
    return QString::number(m.rupiah());
}

QString line(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << CsvText::field(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString figure(const QString &section, const QString &key, const FigureLine &l)
{
    return line({ section, key, QString::number(l.count), num(l.nominal), num(l.cost), num(l.collected),
        num(l.margin()) });
}

} // namespace

QByteArray ReportCsv::write(const ReportFigures &f)
{
    QString out = line({ QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("count"),
        QStringLiteral("nominal"), QStringLiteral("cost"), QStringLiteral("collected"),
        QStringLiteral("margin") });
    out += line({ QStringLiteral("period"),
        ReportPeriod::dateText(f.from) + QStringLiteral("..") + ReportPeriod::dateText(f.to), QString(),
        QString(), QString(), QString(), QString() });
    out += figure(QStringLiteral("totals"), QStringLiteral("SUCCESS"), f.totals);
    for (auto it = f.byWallet.cbegin(); it != f.byWallet.cend(); ++it)
        out += figure(QStringLiteral("wallet"), it.key(), it.value());
    for (auto it = f.byCashier.cbegin(); it != f.byCashier.cend(); ++it)
        out += figure(QStringLiteral("cashier"), it.key(), it.value());
    for (const QString &status : ReportFigures::statusOrder()) {
        const StatusLine s = f.byStatus.value(status);
        out += line({ QStringLiteral("status"), status, QString::number(s.count), num(s.nominal), QString(),
            QString(), QString() });
    }
    out += line({ QStringLiteral("cash"), QStringLiteral("received"), QString::number(f.cash.cashSales),
        num(f.cash.received), QString(), QString(), QString() });
    out += line({ QStringLiteral("cash"), QStringLiteral("change"), QString(), num(f.cash.change), QString(),
        QString(), QString() });
    out += line({ QStringLiteral("cash"), QStringLiteral("owing"), QString(), num(f.cash.owing), QString(),
        QString(), QString() });
    auto opt = [](const std::optional<Money> &m) { return m ? num(*m) : QString(); };
    out += line({ QStringLiteral("deposit"), QStringLiteral("first"), QString(), opt(f.deposit.first),
        QString(), QString(), QString() });
    out += line({ QStringLiteral("deposit"), QStringLiteral("last"), QString(), opt(f.deposit.last),
        QString(), QString(), QString() });
    for (const DepositGap &g : f.deposit.gaps)
        out += line({ QStringLiteral("deposit_gap"), g.fromReceipt + QStringLiteral("->") + g.toReceipt,
            QString(), num(g.amount), QString(), QString(), g.marked ? g.note : QString() });
    for (const PendingSale &p : f.pending)
        out += line({ QStringLiteral("pending"), p.receiptNo, QString(), num(p.amount), QString(), QString(),
            saleStatusName(p.status) + (p.flagged ? QStringLiteral(" flagged") : QString()) });
    return out.toUtf8();
}

} // namespace Kasir
