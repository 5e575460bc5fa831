#pragma once

#include <QDateTime>
#include <QString>

namespace Kasir {

// One print of a sale's receipt, as kept in the journal's print log.
struct ReceiptPrint
{
    qint64 id = 0;
    qint64 saleId = 0;
    int copyNumber = 0; // 0: the original; n >= 1: "SALINAN / COPY n"
    QDateTime printedUtc;
    QString printedBy; // the cashier's name
    QString target; // "pdf:/path", "escpos:192.168.1.50:9100", "printer:NAME"
};

} // namespace Kasir
