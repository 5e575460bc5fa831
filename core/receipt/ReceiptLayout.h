#pragma once

#include "receipt/ReceiptLine.h"
#include "receipt/ReceiptOptions.h"
#include "store/SaleRecord.h"

#include <QStringList>

namespace Kasir {

// Lays a journal row out as receipt lines for a roll of 32 or 48 columns. Pure: no widgets, no
// files, no clock (the time zone and the print time come in ReceiptOptions).
//
// Plain ASCII only (cheap printers have no code page for anything else); long values wrap onto
// the next lines and are never cut. A FAILED or REJECTED receipt says that nothing was charged
// and shows no total; a PENDING (or PAYING) one says the outcome is being checked and that the
// sale must not be repeated. Neither says BERHASIL / SUCCESS. A copy (copyNumber >= 1) carries
// "SALINAN / COPY n" at its top and bottom.
class ReceiptLayout
{
public:
    static ReceiptLines layout(const SaleRecord &record, const ReceiptOptions &options);

    // The lines joined with '\n', ending with '\n'.
    static QString toText(const ReceiptLines &lines);

    // Transliterates to printable ASCII: accents dropped ("é" -> "e"), control characters become
    // spaces, anything else without an ASCII form becomes '?'.
    static QString toAscii(const QString &text);

    // Splits text into lines of at most width characters, at spaces where possible; a word longer
    // than width is broken across lines. Never drops a character other than the spaces it breaks at.
    static QStringList wrap(const QString &text, int width);
};

} // namespace Kasir
