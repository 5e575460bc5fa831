#pragma once

#include "printer/PageRenderer.h"

namespace Kasir {

// PDF files through QPdfWriter and system printers (CUPS) through QPrinter. Needs a
// QGuiApplication (the offscreen platform is enough) but no widgets.
class QtPageRenderer final : public PageRenderer
{
public:
    bool writePdf(const ReceiptLines &lines, int paperMm, const QString &file, QString *error) override;
    bool printOnPrinter(
        const ReceiptLines &lines, int paperMm, const QString &printerName, QString *error) override;
};

} // namespace Kasir
