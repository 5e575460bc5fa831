#include "money/Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace Kasir {

namespace {

// Enough digits for 999 trillion rupiah; more than that is never a real amount and
// would overflow qint64 arithmetic further on.
constexpr int MaxDigits = 15;

// The messages' translation context. lupdate files them under the argument of
// Q_DECLARE_TR_FUNCTIONS, and MoneyText::tr() looks them up under the same name; a file-local
// tr() function is filed by lupdate under "Kasir" instead, and never found (tst_ui_coremessages).
struct MoneyText
{
    Q_DECLARE_TR_FUNCTIONS(Kasir::Money)
};

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString Money::toApiString() const
{
    return QString::number(m_rupiah);
}

QString Money::formatGrouped() const
{
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    return indonesian.toString(m_rupiah);
}

QString Money::format() const
{
    if (m_rupiah < 0)
        return QStringLiteral("-Rp ") + Money(-m_rupiah).formatGrouped();
    return QStringLiteral("Rp ") + formatGrouped();
}

std::optional<Money> Money::fromApiString(const QString &digits)
{
    if (!allDigits(digits) || digits.size() > MaxDigits)
        return std::nullopt;
    return Money(digits.toLongLong());
}

AmountParseResult parseCashierAmount(const QString &input, const AmountLimits &limits)
{
    AmountParseResult result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = MoneyText::tr("Enter the amount.");
        return result;
    }
    if (text.startsWith(QLatin1String("rp"), Qt::CaseInsensitive)) {
        text = text.mid(2).trimmed();
        if (text.startsWith(u'.'))
            text = text.mid(1).trimmed();
    }
    if (text.contains(u',')) {
        result.error = MoneyText::tr("Amounts are whole rupiah: no decimals or commas (write 50.000).");
        return result;
    }
    if (text.startsWith(u'-')) {
        result.error = MoneyText::tr("The amount cannot be negative.");
        return result;
    }
    // Dots group thousands the Indonesian way: "50.000", "1.000.000". A dot elsewhere
    // ("5.00", "50.0000") is a typing mistake, not a number to guess at.
    const QStringList groups = text.split(u'.');
    if (groups.size() > 1) {
        bool groupsOk = allDigits(groups.first()) && groups.first().size() <= 3;
        for (qsizetype i = 1; groupsOk && i < groups.size(); ++i)
            groupsOk = allDigits(groups.at(i)) && groups.at(i).size() == 3;
        if (!groupsOk) {
            result.error
                = MoneyText::tr("Write the amount as digits, with dots only between thousands (50.000).");
            return result;
        }
        text = groups.join(QString());
    }
    if (!allDigits(text)) {
        result.error = MoneyText::tr("The amount must contain digits only (for example 50000 or 50.000).");
        return result;
    }
    if (text.size() > MaxDigits) {
        result.error = MoneyText::tr("The amount is too large.");
        return result;
    }
    const Money value = Money::fromRupiah(text.toLongLong());
    if (value < limits.minimum) {
        result.error = MoneyText::tr("The minimum top-up is %1.").arg(limits.minimum.format());
        return result;
    }
    if (value > limits.maximum) {
        result.error = MoneyText::tr("The maximum top-up is %1.").arg(limits.maximum.format());
        return result;
    }
    result.ok = true;
    result.value = value;
    return result;
}

} // namespace Kasir
