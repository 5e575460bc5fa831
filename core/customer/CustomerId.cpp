#include "customer/CustomerId.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kasir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::CustomerId", text);
}

// Separators people type or paste inside a number.
bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == QChar(0x00A0);
}

CustomerIdResult normalizePhone(const QString &input)
{
    CustomerIdResult result;
    QString digits;
    digits.reserve(input.size());
    const QString trimmed = input.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isSeparator(c))
            continue;
        if (c == u'+' && digits.isEmpty() && i == 0)
            continue; // the leading + of +62
        if (c < u'0' || c > u'9') {
            result.error = tr("A phone number contains digits only.");
            return result;
        }
        digits.append(c);
    }
    if (digits.isEmpty()) {
        result.error = tr("Enter the customer's phone number.");
        return result;
    }
    if (digits.startsWith(QLatin1String("62")))
        digits = QLatin1Char('0') + digits.mid(2);
    else if (digits.startsWith(u'8'))
        digits.prepend(u'0');

    if (!digits.startsWith(QLatin1String("08"))) {
        result.error = tr("An Indonesian mobile number starts with 08, 62 or +62.");
        return result;
    }
    const qsizetype rest = digits.size() - 2;
    if (rest < 8) {
        result.error = tr("The phone number is too short (08 followed by 8 to 11 digits).");
        return result;
    }
    if (rest > 11) {
        result.error = tr("The phone number is too long (08 followed by 8 to 11 digits).");
        return result;
    }
    result.ok = true;
    result.normalized = digits;
    return result;
}

CustomerIdResult normalizeAccount(const QString &input, const QString &pattern)
{
    CustomerIdResult result;
    QString id = input.trimmed();
    id.remove(u' ');
    if (id.isEmpty()) {
        result.error = tr("Enter the customer's account id.");
        return result;
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (!re.isValid() || !re.match(id).hasMatch()) {
        result.error = tr("This account id is not valid for the product.");
        return result;
    }
    result.ok = true;
    result.normalized = id;
    return result;
}

} // namespace

CustomerIdResult normalizeCustomerId(const QString &input, const CustomerIdRule &rule)
{
    if (rule.kind == CustomerIdRule::Kind::Account)
        return normalizeAccount(input, rule.accountPattern);
    return normalizePhone(input);
}

} // namespace Kasir
