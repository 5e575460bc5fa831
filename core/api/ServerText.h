#pragma once

#include <QString>

namespace Kasir {

// Text from the server (messages, descriptions, ids) is shown on screen, printed on receipts,
// written to the terminal and stored. It is cleaned once, when an answer is parsed.
class ServerText
{
public:
    static constexpr int MaxIdLength = 64; // ref_id, serial_no, req_id, product_id, cust_id, rc
    static constexpr int MaxMessageLength = 500; // message, description

    // Removes terminal escape sequences (ANSI CSI/OSC), control characters (CR, LF, TAB become a
    // space; NUL, ESC, DEL and the rest go), bidirectional overrides and line separators, then
    // cuts the text to maxLength characters (never inside a surrogate pair).
    static QString clean(const QString &text, int maxLength);
};

} // namespace Kasir
