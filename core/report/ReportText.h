#pragma once

#include "report/CloseRecord.h"
#include "report/ReportFigures.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kasir {

// The X report and the close (Z) as plain text lines for the receipt printer: 32 columns on
// 58 mm paper, 48 on 80 mm. Pure: the same figures give the same lines. Labels are translated
// with the window's language when a translator is installed.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Kasir::ReportText)
public:
    static QStringList xReport(
        const ReportFigures &figures, const QString &terminalId, const QDateTime &printedUtc, int columns);
    static QStringList close(const CloseRecord &close, int columns);

    // "label ........ value" padded to the width (the value never cut; the label is).
    static QString row(const QString &label, const QString &value, int columns);
    // Words onto lines of at most `columns` characters.
    static QStringList wrap(const QString &text, int columns);
    static QString rule(int columns, QChar c = QLatin1Char('-'));
    static QString centered(const QString &text, int columns);

private:
    static void body(QStringList *out, const ReportFigures &figures, int columns);
};

} // namespace Kasir
