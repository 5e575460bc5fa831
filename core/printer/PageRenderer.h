#pragma once

#include "receipt/ReceiptLine.h"

#include <QString>

namespace Kasir {

// Draws receipt lines on pages: a PDF file or a system printer. Core only knows this interface;
// the print library implements it with Qt Gui and Print Support, so core stays free of Gui.
class PageRenderer
{
public:
    virtual ~PageRenderer() = default;
    virtual bool writePdf(const ReceiptLines &lines, int paperMm, const QString &file, QString *error) = 0;
    // printerName empty: the default printer.
    virtual bool printOnPrinter(
        const ReceiptLines &lines, int paperMm, const QString &printerName, QString *error)
        = 0;
};

} // namespace Kasir
