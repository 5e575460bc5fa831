#include "api/AnswerCheck.h"

#include "api/ResponseCode.h"

#include <QCoreApplication>

namespace Kasir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::AnswerCheck", text);
}

} // namespace

void AnswerCheck::checkCharge(const char *name, const QString &text, Money nominal,
    std::optional<Money> maxAdminFee, QStringList *problems)
{
    const QString field = QLatin1String(name);
    const auto value = Money::fromApiString(text);
    if (!value) {
        problems->append(tr("%1 \"%2\" is not an amount").arg(field, text));
        return;
    }
    if (value->isZero())
        problems->append(tr("%1 is zero").arg(field));
    else if (*value < nominal)
        problems->append(tr("%1 %2 is below the nominal %3").arg(field, value->format(), nominal.format()));
    else if (maxAdminFee && *value > nominal + *maxAdminFee)
        problems->append(tr("%1 %2 is more than the nominal %3 plus the largest admin fee %4")
                             .arg(field, value->format(), nominal.format(), maxAdminFee->format()));
}

QStringList AnswerCheck::problems(
    Endpoint endpoint, const ApiRequest &request, const ApiResult &result, std::optional<Money> maxAdminFee)
{
    QStringList out;
    const bool success = result.status == ApiStatus::Success;
    const bool failed = result.status == ApiStatus::Failed;
    if (!success && !failed)
        return out; // not a definitive answer: it stays pending anyway

    // The top level and the data must tell the same story. The documented insufficient-balance
    // answer has success:true with rc 008 at both levels: success:true is not the outcome.
    if (success && !result.successFlag)
        out << tr("the data says SUCCESS but the top level says success false");
    if (!result.topRc.isEmpty() && !result.rc.isEmpty() && result.topRc != result.rc)
        out << tr("the top-level rc %1 contradicts the data's rc %2").arg(result.topRc, result.rc);

    if (success) {
        checkCharge("unit_price", result.unitPrice, request.amount, maxAdminFee, &out);
        if (endpoint == Endpoint::Payment) {
            checkCharge("balance_used", result.balanceUsed, request.amount, maxAdminFee, &out);
            const auto price = Money::fromApiString(result.unitPrice);
            const auto used = Money::fromApiString(result.balanceUsed);
            if (price && used && *price != *used)
                out << tr("balance_used %1 differs from unit_price %2").arg(used->format(), price->format());
        }
        return out;
    }

    // A FAILED is final only when nothing in it says money moved.
    if (result.rc == Rc::Success)
        out << tr("a FAILED answer with rc %1").arg(result.rc);
    if (!result.serialNo.isEmpty())
        out << tr("a FAILED answer with serial number %1").arg(result.serialNo);
    if (!result.balanceUsed.isEmpty() && result.balanceUsed != QLatin1String("0"))
        out << tr("a FAILED answer with balance_used %1").arg(result.balanceUsed);
    return out;
}

} // namespace Kasir
