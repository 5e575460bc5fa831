#include "sale/SaleDecision.h"

#include "api/AnswerCheck.h"
#include "sale/RecheckSchedule.h"

#include <QCoreApplication>

namespace Kasir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::SaleDecision", text);
}

std::optional<Money> parseMoney(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    return Money::fromApiString(s);
}

void keep(QString &field, const QString &value)
{
    if (!value.isEmpty())
        field = value;
}

} // namespace

SaleRecord SaleDecision::apply(const SaleRecord &row, const ApiResult &result, const DecisionContext &ctx)
{
    SaleRecord r = row;
    r.updatedUtc = ctx.now;

    const ApiRequest request { r.productId, r.custId, r.amount, r.reqId };
    QStringList problems;
    if (result.echoMismatch)
        problems << tr("the answer does not echo the request (%1)").arg(result.error);
    if (!result.reqId.isEmpty() && result.reqId != r.reqId)
        problems << tr("the answer names req_id %1").arg(result.reqId);
    problems << AnswerCheck::problems(Endpoint::Payment, request, result, ctx.maxAdminFee);
    const bool believed = problems.isEmpty();

    // Keep what the server said; an attempt without an answer does not erase an earlier one.
    keep(r.rc, result.rc.isEmpty() ? result.topRc : result.rc);
    keep(r.description, result.description);
    keep(r.message, result.message.isEmpty() ? result.topMessage : result.message);
    keep(r.refId, result.refId);
    keep(r.serialNo, result.serialNo);
    if (const auto v = parseMoney(result.balance))
        r.balanceAfter = v;
    // Figures from an answer that is not believed stay out of the money columns (the flag
    // reason quotes them): nothing is ever priced from them.
    if (believed) {
        if (const auto v = parseMoney(result.unitPrice))
            r.unitPrice = v;
        if (const auto v = parseMoney(result.balanceUsed))
            r.balanceUsed = v;
    }

    auto settle = [&](SaleStatus status, const QString &lastError) {
        r.status = status;
        r.completedUtc = ctx.now;
        r.nextCheckUtc = QDateTime();
        r.lastError = lastError;
    };
    auto keepPending = [&](const QString &why) {
        r.status = SaleStatus::Pending;
        r.lastError = why;
        r.nextCheckUtc = ctx.now.addMSecs(RecheckSchedule::delayMs(r.attempts, ctx.jitter01));
    };
    auto flag = [&](const QStringList &reasons) {
        r.flagged = true;
        r.flagReason = reasons.join(QLatin1String("; "));
    };

    switch (result.outcome) {
    case Outcome::Success: {
        const auto unitPrice = parseMoney(result.unitPrice);
        if (unitPrice && r.inquiryUnitPrice && *unitPrice != *r.inquiryUnitPrice)
            problems << tr("price changed: confirmed %1, charged %2")
                            .arg(r.inquiryUnitPrice->format(), unitPrice->format());
        if (!problems.isEmpty() || !unitPrice) {
            if (!unitPrice && problems.isEmpty())
                problems << tr("SUCCESS without a readable unit_price (\"%1\")").arg(result.unitPrice);
            // Money may well have moved, but this is not a success to show: the manager decides.
            flag(problems);
            keepPending(tr("SUCCESS answer held for the manager: %1").arg(r.flagReason));
            break;
        }
        settle(SaleStatus::Success, QString());
        if (!r.inquiryUnitPrice) {
            r.sellingPrice = *unitPrice + r.storeFee;
            r.settleCash(); // change never below zero; the rest is what the customer still owes
        }
        break;
    }
    case Outcome::Failed:
        if (!problems.isEmpty()) {
            flag(problems);
            keepPending(tr("FAILED answer held for the manager: %1").arg(r.flagReason));
            break;
        }
        settle(SaleStatus::Failed, QString());
        break;
    case Outcome::Rejected:
        if (ctx.firstSend) {
            // Refused before processing on the first send: nothing charged, not retried.
            settle(SaleStatus::Rejected, result.reason());
        } else if (result.httpStatus == 409) {
            // 409 says the server holds different data under this req_id. On a re-check our
            // body is the one sent before, so either the earlier send never reached the server
            // (nothing charged) or the server or the journal is inconsistent and the earlier
            // send may have been charged. Only a person can tell: keep it pending and flagged.
            flag({ tr("the server reports a req_id conflict (HTTP 409) on a re-check: %1")
                       .arg(result.reason()) });
            keepPending(tr("re-check refused (HTTP 409): %1; the earlier attempt is still unknown")
                            .arg(result.reason()));
        } else {
            // A refusal of a re-check says nothing about the earlier attempt, which may have
            // been charged: keep asking.
            keepPending(tr("re-check refused (HTTP %1): %2; the earlier attempt is still unknown")
                            .arg(result.httpStatus)
                            .arg(result.reason()));
        }
        break;
    case Outcome::Pending: {
        const QString why = result.error.isEmpty() ? result.reason() : result.error;
        if (problems.isEmpty()) {
            keepPending(why);
            break;
        }
        flag(problems);
        keepPending(tr("%1; held for the manager: %2").arg(why, r.flagReason));
        break;
    }
    }
    return r;
}

} // namespace Kasir
