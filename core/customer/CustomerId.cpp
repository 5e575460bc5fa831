#include "customer/CustomerId.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Kasir {

namespace {

// The messages' translation context. lupdate files them under the argument of
// Q_DECLARE_TR_FUNCTIONS, and CustomerIdText::tr() looks them up under the same name; a file-local
// tr() function is filed by lupdate under "Kasir" instead, and never found (tst_ui_coremessages).
struct CustomerIdText
{
    Q_DECLARE_TR_FUNCTIONS(Kasir::CustomerId)
};

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
            result.error = CustomerIdText::tr("A phone number contains digits only.");
            return result;
        }
        digits.append(c);
    }
    if (digits.isEmpty()) {
        result.error = CustomerIdText::tr("Enter the customer's phone number.");
        return result;
    }
    if (digits.startsWith(QLatin1String("62")))
        digits = QLatin1Char('0') + digits.mid(2);
    else if (digits.startsWith(u'8'))
        digits.prepend(u'0');

    if (!digits.startsWith(QLatin1String("08"))) {
        result.error = CustomerIdText::tr("An Indonesian mobile number starts with 08, 62 or +62.");
        return result;
    }
    const qsizetype rest = digits.size() - 2;
    if (rest < 8) {
        result.error = CustomerIdText::tr("The phone number is too short (08 followed by 8 to 11 digits).");
        return result;
    }
    if (rest > 11) {
        result.error = CustomerIdText::tr("The phone number is too long (08 followed by 8 to 11 digits).");
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
        result.error = CustomerIdText::tr("Enter the customer's account id.");
        return result;
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (!re.isValid() || !re.match(id).hasMatch()) {
        result.error = CustomerIdText::tr("This account id is not valid for the product.");
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
