// libFuzzer target: what a cashier types as an amount, and the API's digit strings.
// Invariants: an accepted amount lies within the limits, formats and parses back to itself,
// and an API string is accepted only when it is plain digits.

#include "FuzzSupport.h"
#include "money/Money.h"

using namespace Kasir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KasirFuzz::ensureApplication();
    const QString input = KasirFuzz::textFrom(data, size);

    const AmountLimits limits;
    const AmountParseResult parsed = parseCashierAmount(input, limits);
    if (parsed.ok) {
        if (parsed.value < limits.minimum || parsed.value > limits.maximum)
            KasirFuzz::broken("accepted amount outside the limits", input);
        if (!parsed.error.isEmpty())
            KasirFuzz::broken("accepted amount with an error message", input);
        const AmountParseResult again = parseCashierAmount(parsed.value.format(), limits);
        if (!again.ok || again.value != parsed.value)
            KasirFuzz::broken("formatted amount does not parse back", parsed.value.format());
        if (Money::fromApiString(parsed.value.toApiString()) != parsed.value)
            KasirFuzz::broken("API string does not parse back", parsed.value.toApiString());
    } else if (parsed.error.isEmpty()) {
        KasirFuzz::broken("refused amount without a message", input);
    }

    if (const std::optional<Money> api = Money::fromApiString(input)) {
        for (const QChar c : input) {
            if (c < u'0' || c > u'9')
                KasirFuzz::broken("API money with a non-digit", input);
        }
        if (api->rupiah() < 0)
            KasirFuzz::broken("negative API money", input);
    }
    return 0;
}
