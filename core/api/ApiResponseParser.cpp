#include "api/ApiResponseParser.h"

#include "api/AnswerCheck.h"
#include "api/ResponseCode.h"
#include "api/ServerText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kasir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::ApiResponseParser", text);
}

// Reads a string field; a field of another JSON type marks the body as not the documented one.
bool readString(const QJsonObject &object, const char *key, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool isMoneyOrEmpty(const QString &text)
{
    return text.isEmpty() || Money::fromApiString(text).has_value();
}

// 4xx answers that say "not processed, and do not retry as is".
bool isRejection(int httpStatus)
{
    switch (httpStatus) {
    case 408: // request timeout: may be retried
    case 425:
    case 429: // rate limited: retry later
        return false;
    default:
        return httpStatus >= 400 && httpStatus < 500;
    }
}

// Every text field is cleaned once, here: whatever the outcome, nothing the server wrote reaches
// a screen, a printer, a terminal or the journal with control characters or without a limit.
ApiResult cleaned(ApiResult r)
{
    auto id = [](QString &field) { field = ServerText::clean(field, ServerText::MaxIdLength); };
    auto text = [](QString &field) { field = ServerText::clean(field, ServerText::MaxMessageLength); };
    text(r.topMessage);
    id(r.topRc);
    id(r.status);
    id(r.rc);
    text(r.description);
    text(r.message);
    id(r.reqId);
    id(r.refId);
    id(r.productId);
    id(r.custId);
    id(r.amount);
    id(r.unitPrice);
    id(r.balanceUsed);
    id(r.balance);
    id(r.serialNo);
    text(r.error); // may quote the server (a 4xx message, a status name)
    return r;
}

ApiResult pending(ApiResult result, const QString &error)
{
    result.outcome = Outcome::Pending;
    result.error = error;
    return result;
}

} // namespace

ApiResult ApiResponseParser::parse(
    Endpoint endpoint, const ApiRequest &request, int httpStatus, const QByteArray &body)
{
    // Echo checks compare the raw text: an echoed number with a control character in it does
    // not match. Cleaning comes after.
    return cleaned(parseRaw(endpoint, request, httpStatus, body));
}

ApiResult ApiResponseParser::parseRaw(
    Endpoint endpoint, const ApiRequest &request, int httpStatus, const QByteArray &body)
{
    ApiResult result;
    result.endpoint = endpoint;
    result.httpStatus = httpStatus;
    result.outcome = Outcome::Pending;

    if (httpStatus <= 0)
        return pending(result, tr("No answer from the server."));
    if (httpStatus >= 300 && httpStatus < 400)
        return pending(result,
            tr("The server answered with a redirect (HTTP %1); redirects are not followed.").arg(httpStatus));

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject top = doc.object();

    if (httpStatus >= 400) {
        // Error bodies are not documented: take a message if there is one.
        QString serverMessage;
        readString(top, "message", &serverMessage);
        if (serverMessage.isEmpty())
            readString(top, "error", &serverMessage);
        result.topMessage = serverMessage;
        readString(top, "rc", &result.topRc);
        if (isRejection(httpStatus)) {
            result.outcome = Outcome::Rejected;
            result.error = serverMessage.isEmpty()
                ? tr("The server refused the request (HTTP %1).").arg(httpStatus)
                : tr("The server refused the request (HTTP %1): %2")
                      .arg(QString::number(httpStatus), serverMessage);
            return result;
        }
        return pending(result, tr("Server error (HTTP %1); the outcome is unknown.").arg(httpStatus));
    }

    if (!doc.isObject() || !top.value(QStringLiteral("data")).isObject())
        return pending(result, tr("The server's answer could not be read; the outcome is unknown."));

    result.successFlag = top.value(QStringLiteral("success")).toBool(false);
    const QJsonObject data = top.value(QStringLiteral("data")).toObject();
    const bool fieldsOk = readString(top, "message", &result.topMessage)
        && readString(top, "rc", &result.topRc) && readString(data, "status", &result.status)
        && readString(data, "rc", &result.rc) && readString(data, "description", &result.description)
        && readString(data, "message", &result.message) && readString(data, "req_id", &result.reqId)
        && readString(data, "ref_id", &result.refId) && readString(data, "product_id", &result.productId)
        && readString(data, "cust_id", &result.custId) && readString(data, "amount", &result.amount)
        && readString(data, "unit_price", &result.unitPrice)
        && readString(data, "balance_used", &result.balanceUsed)
        && readString(data, "balance", &result.balance) && readString(data, "serial_no", &result.serialNo);
    if (!fieldsOk)
        return pending(
            result, tr("The server's answer has fields of the wrong type; the outcome is unknown."));

    const bool moneyOk = isMoneyOrEmpty(result.amount) && isMoneyOrEmpty(result.unitPrice)
        && isMoneyOrEmpty(result.balanceUsed) && isMoneyOrEmpty(result.balance);

    // Fields that are present must echo what we sent. A SUCCESS must echo all three.
    const QString sentAmount = request.amount.toApiString();
    const bool isSuccess = result.status == ApiStatus::Success;
    auto echoes = [isSuccess](const QString &received, const QString &sent) {
        return received.isEmpty() ? !isSuccess : received == sent;
    };
    bool echoOk = echoes(result.productId, request.productId) && echoes(result.custId, request.custId)
        && echoes(result.amount, sentAmount);
    if (endpoint == Endpoint::Payment && !result.reqId.isEmpty() && result.reqId != request.reqId)
        echoOk = false;

    // A well-formed SUCCESS or FAILED that contradicts itself is not definitive. The sale's own
    // checks (SaleDecision) add what needs the product: the largest admin fee.
    const QStringList doubts = AnswerCheck::problems(endpoint, request, result, std::nullopt);
    if (!doubts.isEmpty() && echoOk) {
        return pending(result,
            tr("The answer contradicts itself (%1); kept for checking.")
                .arg(doubts.join(QLatin1String("; "))));
    }

    if (isSuccess) {
        if (!echoOk) {
            result.echoMismatch = true;
            return pending(result,
                tr("The answer does not match the request (product, number, amount or "
                   "req_id differ); kept for checking."));
        }
        if (result.rc != Rc::Success)
            return pending(
                result, tr("The answer says SUCCESS with rc %1; the outcome is unclear.").arg(result.rc));
        if (!moneyOk || result.unitPrice.isEmpty())
            return pending(result, tr("The answer's amounts could not be read; the outcome is unknown."));
        result.outcome = Outcome::Success;
        return result;
    }
    if (result.status == ApiStatus::Failed) {
        if (!echoOk) {
            result.echoMismatch = true;
            return pending(result, tr("A FAILED answer that does not match the request; kept for checking."));
        }
        result.outcome = Outcome::Failed;
        return result;
    }
    if (result.status.isEmpty())
        return pending(result, tr("The answer has no status; the outcome is unknown."));
    return pending(
        result, tr("The server reports status %1; the outcome is being checked.").arg(result.status));
}

} // namespace Kasir
