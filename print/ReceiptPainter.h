#pragma once

#include "receipt/ReceiptLine.h"

#include <QPageSize>

class QPagedPaintDevice;

namespace Kasir {

// Draws receipt lines as a roll of paper: one page as wide as the roll (58 or 80 mm) and as long
// as the receipt, in a monospaced font sized so that a full line fills the printable width.
class ReceiptPainter
{
public:
    static constexpr double MarginMm = 3.0;

    static QPageSize pageSize(const ReceiptLines &lines, int paperMm);
    // Paints on a device whose page size is pageSize(); false when painting could not start.
    static bool paint(QPagedPaintDevice *device, const ReceiptLines &lines, int paperMm);
};

} // namespace Kasir
