#pragma once

#include <QList>
#include <QString>

namespace Kasir {

// One printed line of a receipt: plain ASCII, never longer than the paper's columns.
struct ReceiptLine
{
    enum class Style {
        Normal,
        Bold, // the total paid, the status banner, the copy mark
    };
    QString text;
    Style style = Style::Normal;

    bool operator==(const ReceiptLine &other) const { return text == other.text && style == other.style; }
};

using ReceiptLines = QList<ReceiptLine>;

} // namespace Kasir
