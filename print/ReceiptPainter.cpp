#include "ReceiptPainter.h"

#include "receipt/ReceiptOptions.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Kasir {

namespace {

// DejaVu Sans Mono: advance 1233/2048 of the em; a line is about 1.2 em.
constexpr double AdvancePerEm = 0.602;
constexpr double LinePerEm = 1.2;

int columnsFor(const ReceiptLines &lines, int paperMm)
{
    int columns = ReceiptOptions::columnsForPaperMm(paperMm);
    if (columns <= 0)
        columns = ReceiptOptions::NarrowColumns;
    for (const ReceiptLine &l : lines)
        columns = qMax(columns, int(l.text.size()));
    return columns;
}

double emMm(const ReceiptLines &lines, int paperMm)
{
    const double printable = paperMm - 2 * ReceiptPainter::MarginMm;
    return printable / columnsFor(lines, paperMm) / AdvancePerEm;
}

QFont receiptFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

} // namespace

QPageSize ReceiptPainter::pageSize(const ReceiptLines &lines, int paperMm)
{
    const double height = 2 * MarginMm + (lines.size() + 1) * emMm(lines, paperMm) * LinePerEm;
    return QPageSize(
        QSizeF(paperMm, height), QPageSize::Millimeter, QStringLiteral("Receipt"), QPageSize::ExactMatch);
}

bool ReceiptPainter::paint(QPagedPaintDevice *device, const ReceiptLines &lines, int paperMm)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const double dotsPerMm = device->logicalDpiX() / 25.4;
    const double printableWidth = (paperMm - 2 * MarginMm) * dotsPerMm;
    const int columns = columnsFor(lines, paperMm);

    QFont font = receiptFont();
    font.setPixelSize(qMax(1, int(emMm(lines, paperMm) * dotsPerMm)));
    // Shrink until a full line fits: a line is never cut at the edge.
    for (int i = 0; i < 20; ++i) {
        const QFontMetricsF fm(font, device);
        if (fm.horizontalAdvance(QString(columns, QLatin1Char('M'))) <= printableWidth
            || font.pixelSize() <= 1)
            break;
        font.setPixelSize(font.pixelSize() - qMax(1, font.pixelSize() / 50));
    }
    QFont boldFont = font;
    boldFont.setBold(true);

    const double lineHeight = font.pixelSize() * LinePerEm;
    const double left = MarginMm * dotsPerMm;
    double baseline = MarginMm * dotsPerMm + QFontMetricsF(font, device).ascent();
    painter.setPen(Qt::black);
    for (const ReceiptLine &line : lines) {
        painter.setFont(line.style == ReceiptLine::Style::Bold ? boldFont : font);
        painter.drawText(QPointF(left, baseline), line.text);
        baseline += lineHeight;
    }
    return painter.end();
}

} // namespace Kasir
