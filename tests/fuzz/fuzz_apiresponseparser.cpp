// libFuzzer target: the classification of a merchant API answer.
// The first byte picks the endpoint and the HTTP status; the rest is the body.
// Invariants: a SUCCESS is only ever a documented SUCCESS that echoes the request, a FAILED
// only a data status FAILED, and no answer is ever classified without a reason to show.

#include "FuzzSupport.h"
#include "api/ApiResponseParser.h"

using namespace Kasir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KasirFuzz::ensureApplication();
    if (size < 1)
        return 0;
    static const int statuses[] = { 200, 200, 200, 200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 408, 409,
        422, 429, 500, 502, 503, 504, 0, 199, 600 };
    const uint8_t selector = data[0];
    const Endpoint endpoint = (selector & 0x80) ? Endpoint::Inquiry : Endpoint::Payment;
    const int httpStatus = statuses[(selector & 0x7f) % (sizeof(statuses) / sizeof(statuses[0]))];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ApiRequest request;
    request.productId = QStringLiteral("GOPAY");
    request.custId = QStringLiteral("08123456789");
    request.amount = Money::fromRupiah(50000);
    request.reqId = QStringLiteral("KSR-K01-20261126080000-0123456789abcdef");

    const ApiResult result = ApiResponseParser::parse(endpoint, request, httpStatus, body);

    if (result.httpStatus != httpStatus)
        KasirFuzz::broken("HTTP status not kept");
    if (result.endpoint != endpoint)
        KasirFuzz::broken("endpoint not kept");
    switch (result.outcome) {
    case Outcome::Success:
        if (httpStatus < 200 || httpStatus >= 300)
            KasirFuzz::broken("SUCCESS from a non-2xx answer");
        if (result.status != QLatin1String("SUCCESS") || result.rc != QLatin1String("000"))
            KasirFuzz::broken("SUCCESS without data status SUCCESS and rc 000", result.status + result.rc);
        if (result.productId != request.productId || result.custId != request.custId
            || result.amount != request.amount.toApiString())
            KasirFuzz::broken("SUCCESS that does not echo the request");
        if (!Money::fromApiString(result.unitPrice))
            KasirFuzz::broken("SUCCESS without a readable unit_price", result.unitPrice);
        if (result.echoMismatch)
            KasirFuzz::broken("SUCCESS flagged as an echo mismatch");
        break;
    case Outcome::Failed:
        if (result.status != QLatin1String("FAILED"))
            KasirFuzz::broken("FAILED without data status FAILED", result.status);
        break;
    case Outcome::Rejected:
        if (httpStatus < 400 || httpStatus >= 500)
            KasirFuzz::broken("REJECTED from an answer that is not 4xx");
        break;
    case Outcome::Pending:
        if (result.error.isEmpty())
            KasirFuzz::broken("PENDING without a reason");
        break;
    }
    if (result.reason().isEmpty() && result.outcome != Outcome::Success)
        KasirFuzz::broken("an outcome without a reason to show");
    return 0;
}
