#pragma once

#include "money/Money.h"

#include <QMetaType>
#include <QString>

namespace Kasir {

enum class Outcome {
    Success, // data.status SUCCESS, rc 000, request echoed: the customer is topped up
    Failed, // data.status FAILED: definitive, nothing charged
    Pending, // unknown: the deposit may have been charged; re-send the same req_id later
    Rejected, // refused before processing (4xx, or refused locally): nothing charged, not retried
};

QString outcomeName(Outcome outcome); // "SUCCESS", "FAILED", "PENDING", "REJECTED"

enum class Endpoint { Inquiry, Payment };

// What we send. Both calls carry the same body fields; req_id is optional on inquiry.
struct ApiRequest
{
    QString productId;
    QString custId; // normalised
    Money amount;
    QString reqId;
};

// What came back, as values. Every field from the API is kept as the exact string received.
struct ApiResult
{
    Outcome outcome = Outcome::Pending;
    Endpoint endpoint = Endpoint::Payment;
    int httpStatus = 0; // 0 when no HTTP response arrived

    // Top-level fields.
    bool successFlag = false;
    QString topMessage;
    QString topRc;

    // data.* fields, exactly as received ("" when absent).
    QString status;
    QString rc;
    QString description;
    QString message;
    QString reqId;
    QString refId;
    QString productId;
    QString custId;
    QString amount;
    QString unitPrice;
    QString balanceUsed;
    QString balance;
    QString serialNo;

    // Why the outcome is what it is when the server did not say so itself: a timeout, a
    // dropped connection, a 5xx, an unparseable body, a request not echoed. Never holds the key.
    QString error;
    bool echoMismatch = false;
    bool timedOut = false;
    bool cancelled = false; // abandoned by ApiCall::abort(): says nothing about the server
    // Nothing reached the server (connection refused, name not resolved, TLS handshake failed,
    // no connection before the deadline): nothing can have been charged, and the sale is
    // re-sent safely with the same req_id. Still Pending: the row's earlier attempts may not be.
    bool notSent = false;
    bool tooLarge = false; // the reply passed MerchantApiClient::MaxReplyBytes and was cut off

    // The text to show a person: description/message from the server, else error.
    QString reason() const;
};

} // namespace Kasir

Q_DECLARE_METATYPE(Kasir::ApiResult)
