#include "receipt/EscPosEncoder.h"

#include "receipt/ReceiptLayout.h"

namespace Kasir {

namespace {
constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
} // namespace

QByteArray EscPosEncoder::encode(const ReceiptLines &lines, int feedLines)
{
    QByteArray out;
    out.append(ESC).append('@'); // initialise: default font, no bold, left aligned
    bool bold = false;
    for (const ReceiptLine &line : lines) {
        const bool wantBold = line.style == ReceiptLine::Style::Bold;
        if (wantBold != bold) {
            out.append(ESC).append('E').append(char(wantBold ? 1 : 0));
            bold = wantBold;
        }
        // Lines are ASCII already; toAscii() again guards against a caller's own lines.
        out.append(ReceiptLayout::toAscii(line.text).toLatin1());
        out.append('\n');
    }
    if (bold)
        out.append(ESC).append('E').append(char(0));
    out.append(ESC).append('d').append(char(qBound(0, feedLines, 255)));
    out.append(GS).append('V').append(char(1)); // partial cut
    return out;
}

QByteArray EscPosEncoder::statusRequest()
{
    QByteArray out;
    out.append(DLE).append(EOT).append(char(1));
    return out;
}

bool EscPosEncoder::statusIsOffline(char status)
{
    return (static_cast<unsigned char>(status) & 0x08) != 0;
}

} // namespace Kasir
