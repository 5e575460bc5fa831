#include "ReportPrinter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>

namespace Kasir {

namespace {

constexpr qreal MarginMm = 3.0;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString &s, bool right = false)
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(right ? QStringLiteral(" align=\"right\"") : QString(), esc(s));
}

QString head(const QStringList &columns)
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < columns.size(); ++i)
        out += QStringLiteral("<th%1>%2</th>")
                   .arg(i == 0 ? QString() : QStringLiteral(" align=\"right\""), esc(columns.at(i)));
    return out + QStringLiteral("</tr>");
}

QString figureRow(const QString &name, const FigureLine &l, bool bold = false)
{
    const QString row = cell(name) + cell(QString::number(l.count), true) + cell(l.nominal.format(), true)
        + cell(l.cost.format(), true) + cell(l.collected.format(), true) + cell(l.margin().format(), true);
    return bold ? QStringLiteral("<tr style=\"font-weight:bold\">") + row + QStringLiteral("</tr>")
                : QStringLiteral("<tr>") + row + QStringLiteral("</tr>");
}

} // namespace

bool ReportPrinter::paintRoll(QPagedPaintDevice *device, const QStringList &lines, Roll roll, QString *error)
{
    const int cols = columns(roll);
    const qreal widthMm = roll == Roll::Mm58 ? 58.0 : 80.0;
    const qreal dpi = device->logicalDpiX();
    const qreal printable = (widthMm - 2 * MarginMm) / 25.4 * dpi;
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    // The largest size at which a full line fits the printable width.
    qreal size = 12;
    for (; size > 4; size -= 0.25) {
        font.setPointSizeF(size);
        if (QFontMetricsF(font, device).horizontalAdvance(QString(cols, QLatin1Char('M'))) <= printable)
            break;
    }
    const QFontMetricsF fm(font, device);
    // The page is the roll cut to the report's length.
    const qreal heightMm = 2 * MarginMm
        + (fm.lineSpacing() * qMax<qsizetype>(lines.size(), 1) + fm.descent()) / dpi * 25.4 + 2;
    device->setPageSize(QPageSize(
        QSizeF(widthMm, heightMm), QPageSize::Millimeter, QStringLiteral("roll"), QPageSize::ExactMatch));
    device->setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer could not be started.");
        return false;
    }
    const QRectF page = device->pageLayout().paintRectPixels(int(dpi));
    painter.setFont(font);
    qreal y = fm.ascent();
    for (const QString &line : lines) {
        if (y > page.height()) {
            device->newPage();
            y = fm.ascent();
        }
        painter.drawText(QPointF(0, y), line);
        y += fm.lineSpacing();
    }
    painter.end();
    return true;
}

bool ReportPrinter::writeRollPdf(const QString &path, const QStringList &lines, Roll roll, QString *error)
{
    QPdfWriter pdf(path);
    pdf.setResolution(300);
    pdf.setTitle(lines.value(1).trimmed());
    return paintRoll(&pdf, lines, roll, error);
}

bool ReportPrinter::printRoll(const QStringList &lines, Roll roll, const QString &printerName, QString *error)
{
    const QPrinterInfo info
        = printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        if (error)
            *error = tr("No receipt printer is set up on this computer.");
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setFullPage(false);
    return paintRoll(&printer, lines, roll, error);
}

QString ReportPrinter::html(
    const QString &title, const QStringList &header, const ReportFigures &f, const CashCount *cash)
{
    auto figureColumns = [](const QString &first) {
        return QStringList { first, tr("Sales"), tr("Nominal"), tr("Cost"), tr("Collected"), tr("Margin") };
    };
    QString h = QStringLiteral("<html><body style=\"font-family:'DejaVu Sans'; font-size:10pt\">");
    h += QStringLiteral("<h1 style=\"font-size:18pt\">%1</h1>").arg(esc(title));
    for (const QString &line : header)
        h += QStringLiteral("<div>%1</div>").arg(esc(line));
    const QString table
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                         "style=\"border-collapse:collapse; border-color:#999\">");

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(tr("Totals (SUCCESS sales)")));
    h += table + head(figureColumns(QString())) + figureRow(tr("Total"), f.totals, true)
        + QStringLiteral("</table>");

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(tr("Per wallet")));
    h += table + head(figureColumns(tr("Wallet")));
    for (auto it = f.byWallet.cbegin(); it != f.byWallet.cend(); ++it)
        h += figureRow(it.key(), it.value());
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(tr("Per cashier")));
    h += table + head(figureColumns(tr("Cashier")));
    for (auto it = f.byCashier.cbegin(); it != f.byCashier.cend(); ++it)
        h += figureRow(it.key(), it.value());
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(tr("Per status")));
    h += table + head({ tr("Status"), tr("Sales"), tr("Nominal") });
    for (const QString &status : ReportFigures::statusOrder()) {
        const StatusLine s = f.byStatus.value(status);
        h += QStringLiteral("<tr>") + cell(status) + cell(QString::number(s.count), true)
            + cell(s.nominal.format(), true) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(tr("Cash and deposit")));
    h += table;
    auto pair = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr>") + cell(label) + cell(value, true) + QStringLiteral("</tr>");
    };
    pair(tr("Cash received"), f.cash.received.format());
    pair(tr("Change given"), f.cash.change.format());
    pair(tr("Cash taken"), f.cash.taken().format());
    pair(tr("Customers still owe"), f.cash.owing.format());
    pair(tr("Deposit, first balance"), f.deposit.first ? f.deposit.first->format() : QStringLiteral("-"));
    pair(tr("Deposit, last balance"), f.deposit.last ? f.deposit.last->format() : QStringLiteral("-"));
    if (cash) {
        pair(tr("Opening float"), cash->openingFloat ? cash->openingFloat->format() : QStringLiteral("-"));
        pair(tr("Expected cash"), cash->expected.format());
        pair(tr("Counted cash"), cash->counted ? cash->counted->format() : QStringLiteral("-"));
        const auto diff = cash->difference();
        pair(tr("Difference"), diff ? diff->format() : QStringLiteral("-"));
    }
    h += QStringLiteral("</table>");

    if (!f.deposit.gaps.isEmpty()) {
        h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>")
                 .arg(esc(tr("Deposit gaps (moved outside this counter)")));
        h += table + head({ tr("Between"), tr("Amount"), tr("Note") });
        for (const DepositGap &g : f.deposit.gaps) {
            h += QStringLiteral("<tr>") + cell(g.fromReceipt + QStringLiteral(" → ") + g.toReceipt)
                + cell(g.amount.format(), true) + cell(g.marked ? tr("top-up: ") + g.note : QString())
                + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(tr("Pending or flagged")));
    if (f.pending.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += table + head({ tr("Receipt"), tr("Status"), tr("Nominal") });
        for (const PendingSale &p : f.pending)
            h += QStringLiteral("<tr>") + cell(p.receiptNo)
                + cell(saleStatusName(p.status) + (p.flagged ? tr(", flagged") : QString()), true)
                + cell(p.amount.format(), true) + QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

bool ReportPrinter::writeA4Pdf(const QString &path, const QString &title, const QStringList &header,
    const ReportFigures &figures, const CashCount *cash, QString *error)
{
    {
        QPdfWriter pdf(path); // the file is complete when the writer is gone
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(title);
        QTextDocument doc;
        doc.setHtml(html(title, header, figures, cash));
        doc.print(&pdf);
    }
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("Cannot write the PDF %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace Kasir
