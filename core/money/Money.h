#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Kasir {

// Whole rupiah. The API sends every money figure as a digit string; cashiers type
// "50000", "50.000" or "Rp 50.000". Nothing in the program holds money in a double.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromRupiah(qint64 rupiah) { return Money(rupiah); }

    constexpr qint64 rupiah() const { return m_rupiah; }
    constexpr bool isZero() const { return m_rupiah == 0; }

    // "51500": what the API expects in a request.
    QString toApiString() const;
    // "Rp 51.500": what a person reads.
    QString format() const;
    // "51.500": grouped the Indonesian way, without the currency.
    QString formatGrouped() const;

    // Digits only, as the API sends them ("51500"). Anything else is nullopt.
    static std::optional<Money> fromApiString(const QString &digits);

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_rupiah + b.m_rupiah); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_rupiah - b.m_rupiah); }
    friend constexpr bool operator==(Money a, Money b) { return a.m_rupiah == b.m_rupiah; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_rupiah != b.m_rupiah; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_rupiah < b.m_rupiah; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_rupiah <= b.m_rupiah; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_rupiah > b.m_rupiah; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_rupiah >= b.m_rupiah; }

private:
    constexpr explicit Money(qint64 rupiah)
        : m_rupiah(rupiah)
    { }
    qint64 m_rupiah = 0;
};

struct AmountLimits
{
    Money minimum = Money::fromRupiah(1000);
    Money maximum = Money::fromRupiah(10000000);
};

struct AmountParseResult
{
    bool ok = false;
    Money value;
    QString error; // translated, empty when ok
};

// Parses what a cashier typed: "50000", "50.000", "Rp 50.000", "Rp50.000".
// Rejects empty input, letters, signs, exponents, decimals and amounts outside the limits.
AmountParseResult parseCashierAmount(const QString &input, const AmountLimits &limits = {});

} // namespace Kasir
