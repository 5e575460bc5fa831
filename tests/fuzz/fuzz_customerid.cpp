// libFuzzer target: customer numbers as cashiers type them.
// Invariants: an accepted number is 08 followed by 8 to 11 digits, and normalising it again
// gives the same number; a refusal always says why.

#include "FuzzSupport.h"
#include "customer/CustomerId.h"

#include <QRegularExpression>

using namespace Kasir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KasirFuzz::ensureApplication();
    static const QRegularExpression phone(QStringLiteral("^08[0-9]{8,11}$"));
    const QString input = KasirFuzz::textFrom(data, size);

    const CustomerIdResult result = normalizeCustomerId(input);
    if (result.ok) {
        if (!phone.match(result.normalized).hasMatch())
            KasirFuzz::broken("accepted number is not 08 + 8..11 digits", result.normalized);
        const CustomerIdResult again = normalizeCustomerId(result.normalized);
        if (!again.ok || again.normalized != result.normalized)
            KasirFuzz::broken("normalising twice changes the number", result.normalized);
    } else if (result.error.isEmpty()) {
        KasirFuzz::broken("refused number without a message", input);
    }

    CustomerIdRule account;
    account.kind = CustomerIdRule::Kind::Account;
    account.accountPattern = QStringLiteral("[0-9A-Za-z]{4,20}");
    const CustomerIdResult acc = normalizeCustomerId(input, account);
    if (acc.ok && acc.normalized.size() > 20)
        KasirFuzz::broken("account id longer than its pattern allows", acc.normalized);
    return 0;
}
