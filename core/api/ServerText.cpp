#include "api/ServerText.h"

#include <QRegularExpression>

namespace Kasir {

namespace {

bool isDropped(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Other_Format: // bidi overrides, zero-width joiners
    case QChar::Separator_Line: // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

} // namespace

QString ServerText::clean(const QString &text, int maxLength)
{
    if (text.isEmpty())
        return text;
    // ESC [ ... final byte (CSI), ESC ] ... BEL or ESC \ (OSC), and two-byte ESC sequences;
    // the 8-bit CSI (U+009B) too. Removing only ESC would leave "[31m" behind.
    static const QRegularExpression escapes(
        QStringLiteral("(?:\\x{1B}\\[|\\x{9B})[0-?]*[ -/]*[@-~]?" // CSI
                       "|\\x{1B}\\][^\\x{07}\\x{1B}]*(?:\\x{07}|\\x{1B}\\\\)?" // OSC
                       "|\\x{1B}[@-Z\\\\-_]?")); // two-byte escapes
    QString s = text;
    s.remove(escapes);
    QString out;
    out.reserve(qMin(s.size(), qsizetype(maxLength) + 1));
    for (const QChar c : std::as_const(s)) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\v' || c == u'\f')
            out.append(u' ');
        else if (!isDropped(c))
            out.append(c);
        if (out.size() > maxLength)
            break;
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

} // namespace Kasir
