#pragma once

#include <QString>

namespace Kasir {

// How a product identifies the customer: a mobile number (normalised to 08...) or an
// account id matched by a pattern. It is data in the product catalogue, not code.
struct CustomerIdRule
{
    enum class Kind { Phone, Account };
    Kind kind = Kind::Phone;
    QString accountPattern; // regular expression for Kind::Account, anchored when used
};

struct CustomerIdResult
{
    bool ok = false;
    QString normalized; // "08123456789" when ok
    QString error; // translated reason when not ok
};

// Strips spaces, dashes, dots and brackets; turns +62 / 62 into 0; checks 08 + 8..11 digits.
CustomerIdResult normalizeCustomerId(const QString &input, const CustomerIdRule &rule = {});

} // namespace Kasir
