#pragma once

#include "api/ApiResult.h"

#include <QStringList>

namespace Kasir {

// Judges a well-formed answer against what was asked and what the product may cost. An answer is
// evidence, not truth: a SUCCESS whose price is impossible, a FAILED that carries signs of a
// charge, or a top level that contradicts the data is not a definitive outcome. Pure.
class AnswerCheck
{
public:
    // Why the answer cannot be believed as it stands (one line per reason, for a person);
    // empty when it can. maxAdminFee bounds what a top-up may cost above its nominal; without
    // it (the parser does not know the product) there is no upper bound.
    static QStringList problems(Endpoint endpoint, const ApiRequest &request, const ApiResult &result,
                                std::optional<Money> maxAdminFee);
};

} // namespace Kasir
