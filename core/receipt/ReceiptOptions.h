#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Kasir {

// Everything a receipt needs besides the journal row: the store's header and footer, the paper,
// the language, and whether this print is the original or a copy.
struct ReceiptOptions
{
    QString storeName;
    QStringList addressLines;
    QString footer;
    int columns = 32; // 32 for 58 mm paper, 48 for 80 mm
    QString language = QStringLiteral("id"); // "id" or "en"
    QString productName; // "GoPay"; empty: the product code
    int copyNumber = 0; // 0: the original; n >= 1: "SALINAN / COPY n"
    QDateTime printedUtc; // when this copy is printed (shown on copies only)
    QString printedBy; // who prints this copy (shown on copies only)
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the counter's local time

    static constexpr int NarrowColumns = 32; // 58 mm
    static constexpr int WideColumns = 48; // 80 mm

    // 58 -> 32, 80 -> 48; anything else -> 0.
    static int columnsForPaperMm(int paperMm)
    {
        return paperMm == 58 ? NarrowColumns : paperMm == 80 ? WideColumns : 0;
    }
};

} // namespace Kasir
