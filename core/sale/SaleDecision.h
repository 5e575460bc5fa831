#pragma once

#include "api/ApiResult.h"
#include "store/SaleRecord.h"

#include <QDateTime>

namespace Kasir {

// What the decision needs besides the row and the answer. No clock, no randomness inside.
struct DecisionContext
{
    QDateTime now; // UTC
    bool firstSend = false; // this answer is to the row's first request
    Money maxAdminFee; // the product's largest admin fee above the nominal
    double jitter01 = 0.5; // where inside the re-check range the next check falls
};

// "Answer + row -> new row": the state machine of one payment attempt, as a pure function.
// The row's attempt counter already counts the attempt being answered (it is claimed before the
// request is sent); the decision never changes it.
class SaleDecision
{
public:
    static SaleRecord apply(const SaleRecord &row, const ApiResult &result, const DecisionContext &ctx);
};

} // namespace Kasir
