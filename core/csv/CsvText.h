#pragma once

#include <QString>

namespace Kasir {

// Text cells of the CSV files the program writes (history export, reports): RFC 4180 quoting,
// and a cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
// carriage return) is kept text by a leading apostrophe. A cell that is a whole number, such as
// a negative margin, stays a number.
class CsvText
{
public:
    // Always quoted: "text".
    static QString quoted(const QString &text);
    // Quoted only when it holds a comma, a quote or a line break.
    static QString field(const QString &text);

private:
    static QString guarded(const QString &text);
};

} // namespace Kasir
