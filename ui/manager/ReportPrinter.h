#pragma once

#include "report/CloseRecord.h"
#include "report/ReportFigures.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace Kasir {

// X and Z reports on paper: the receipt printer (a roll 58 or 80 mm wide, the text lines of
// ReportText in a monospaced font) and an A4 PDF with tables. Needs Qt Gui and Print Support.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Kasir::ReportPrinter)
public:
    enum class Roll { Mm58, Mm80 };
    static int columns(Roll roll) { return roll == Roll::Mm58 ? 32 : 48; }

    // Paints the lines on a device whose page is the roll (width 58/80 mm, height to fit).
    // Used for the receipt printer and for a PDF preview of the slip.
    static bool paintRoll(QPagedPaintDevice *device, const QStringList &lines, Roll roll, QString *error);
    static bool writeRollPdf(const QString &path, const QStringList &lines, Roll roll, QString *error);
    // The system printer (printerName empty: the default one).
    static bool printRoll(const QStringList &lines, Roll roll, const QString &printerName, QString *error);

    // A4 PDF: a title, header lines (terminal, period, printed/closed at), the figures as
    // tables, and the cash count of a close.
    static bool writeA4Pdf(const QString &path, const QString &title, const QStringList &header,
        const ReportFigures &figures, const CashCount *cash, QString *error);
    static QString html(
        const QString &title, const QStringList &header, const ReportFigures &figures, const CashCount *cash);
};

} // namespace Kasir
