#pragma once

#include <QLatin1StringView>

namespace Kasir {

// The rc values the merchant documents. Any other rc is read as the server sent it.
namespace Rc {
inline constexpr QLatin1StringView Success("000"); // data.status SUCCESS
inline constexpr QLatin1StringView InsufficientBalance("008"); // FAILED: the deposit is too low
} // namespace Rc

// data.status values.
namespace ApiStatus {
inline constexpr QLatin1StringView Success("SUCCESS");
inline constexpr QLatin1StringView Failed("FAILED");
} // namespace ApiStatus

} // namespace Kasir
