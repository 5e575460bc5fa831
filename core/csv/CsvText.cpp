#include "csv/CsvText.h"

namespace Kasir {

namespace {

bool isWholeNumber(const QString &text)
{
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i >= text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

QString CsvText::guarded(const QString &text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()) && !isWholeNumber(text))
        return QLatin1Char('\'') + text;
    return text;
}

QString CsvText::quoted(const QString &text)
{
    QString t = guarded(text);
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString CsvText::field(const QString &text)
{
    QString t = guarded(text);
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r')))
        return quoted(t);
    return t;
}

} // namespace Kasir
