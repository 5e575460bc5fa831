#pragma once

#include "store/SaleRecord.h"

#include <QColor>
#include <QString>

namespace Kasir {

// Words and colours for a sale's status, as the cashier reads them.
namespace StatusText {

QString label(SaleStatus status); // "BERHASIL", "GAGAL", ... (translated)
QColor color(SaleStatus status);

} // namespace StatusText
} // namespace Kasir
