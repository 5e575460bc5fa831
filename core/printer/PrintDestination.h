#pragma once

#include <QString>

#include <optional>

namespace Kasir {

// Where a receipt goes, parsed from a setting or a command line:
//   "system"               the default system printer (CUPS)
//   "printer:NAME"         a named system printer
//   "pdf:FILE" / "pdf:DIR/" a PDF file, or a folder that gets RECEIPTNO[-copyN].pdf
//   "escpos:/dev/usb/lp0"  raw ESC/POS bytes to a device or file
//   "escpos:HOST:PORT"     raw ESC/POS bytes to a network printer (usually port 9100)
struct PrintDestination
{
    enum class Kind { SystemPrinter, Pdf, EscPosDevice, EscPosNetwork };

    Kind kind = Kind::SystemPrinter;
    QString printerName; // SystemPrinter: empty = the default printer
    QString path; // Pdf (file or folder), EscPosDevice
    QString host; // EscPosNetwork
    quint16 port = 0; // EscPosNetwork

    static std::optional<PrintDestination> parse(const QString &text, QString *error = nullptr);
    // "HOST:PORT" or a path, for --escpos TARGET.
    static std::optional<PrintDestination> escPos(const QString &target, QString *error = nullptr);
    static PrintDestination pdf(const QString &path);
    static PrintDestination systemPrinter(const QString &name = QString());

    // For the print log and messages: "pdf:/tmp/a.pdf", "escpos:10.0.0.5:9100", "printer:(default)".
    QString describe() const;
    // The PDF file for a receipt: path itself, or a file in the folder path.
    QString pdfFileFor(const QString &receiptNo, int copyNumber) const;
};

} // namespace Kasir
