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

private:
    // A money field of a SUCCESS: present, digits, more than zero, not below the nominal and
    // not above the nominal plus the product's largest admin fee.
    static void checkCharge(const char *name, const QString &text, Money nominal,
        std::optional<Money> maxAdminFee, QStringList *problems);
};

} // namespace Kasir
