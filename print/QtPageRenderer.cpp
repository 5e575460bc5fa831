#include "QtPageRenderer.h"

#include "ReceiptPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSaveFile>

namespace Kasir {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::QtPageRenderer", text);
}
} // namespace

bool QtPageRenderer::writePdf(const ReceiptLines &lines, int paperMm, const QString &file, QString *error)
{
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // Written whole or not at all: a half-written PDF never replaces a good one.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&out);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("Receipt"));
        pdf.setCreator(QStringLiteral("Kasir E-Wallet"));
        pdf.setPageLayout(
            QPageLayout(ReceiptPainter::pageSize(lines, paperMm), QPageLayout::Portrait, QMarginsF()));
        if (!ReceiptPainter::paint(&pdf, lines, paperMm)) {
            *error = tr("Cannot draw the receipt into %1.").arg(QDir::toNativeSeparators(file));
            out.cancelWriting();
            return false;
        }
    }
    if (!out.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

bool QtPageRenderer::printOnPrinter(
    const ReceiptLines &lines, int paperMm, const QString &printerName, QString *error)
{
    const QPrinterInfo info
        = printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        *error = printerName.isEmpty()
            ? tr("No default printer is set up on this computer.")
            : tr("There is no printer called %1 on this computer.").arg(printerName);
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(QStringLiteral("Receipt"));
    printer.setPageLayout(
        QPageLayout(ReceiptPainter::pageSize(lines, paperMm), QPageLayout::Portrait, QMarginsF()));
    if (!ReceiptPainter::paint(&printer, lines, paperMm)) {
        *error = tr("The printer %1 did not accept the receipt.").arg(info.printerName());
        return false;
    }
    if (printer.printerState() == QPrinter::Error) {
        *error = tr("The printer %1 reported an error.").arg(info.printerName());
        return false;
    }
    return true;
}

} // namespace Kasir
