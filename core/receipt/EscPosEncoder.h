#pragma once

#include "receipt/ReceiptLine.h"

#include <QByteArray>

namespace Kasir {

// Turns receipt lines into the byte stream of an ESC/POS thermal printer: initialise (ESC @),
// each line in ASCII ending with LF, bold lines between ESC E 1 and ESC E 0, a paper feed
// (ESC d n) and a partial cut (GS V 1). Pure.
class EscPosEncoder
{
public:
    static constexpr int DefaultFeedLines = 4;

    static QByteArray encode(const ReceiptLines &lines, int feedLines = DefaultFeedLines);

    // DLE EOT 1: "send the printer status". A printer answers with one byte at once; the answer
    // is how a network printer proves it is reading what it was sent.
    static QByteArray statusRequest();
    // The status byte says the printer is offline (bit 3).
    static bool statusIsOffline(char status);
};

} // namespace Kasir
