#include "ReceiptActions.h"

#include "ReceiptPainter.h"
#include "sale/SaleService.h"

#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Kasir {

ReceiptActions::ReceiptActions(
    ReceiptPrinter *printer, SaleService *sales, const QString &cashier, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_cashier(cashier)
{
    connect(m_printer, &ReceiptPrinter::started, this, &ReceiptActions::printStarted);
    connect(m_printer, &ReceiptPrinter::finished, this, [this](const PrintOutcome &outcome) {
        emit printFinished(outcome);
        emit message(outcomeText(outcome), !outcome.ok || !outcome.recorded);
    });
    if (sales) {
        connect(sales, &SaleService::saleFinished, this, [this](const SaleRecord &record, const ApiResult &) {
            if (m_autoPrint && record.status == SaleStatus::Success && record.printedCount == 0)
                printSale(record.id);
        });
    }
}

bool ReceiptActions::printSale(qint64 saleId)
{
    QString error;
    if (m_printer->isPrinting(saleId)) {
        emit message(tr("This receipt is already being printed."), false);
        return false;
    }
    if (m_guard && !m_guard(saleId)) {
        emit message(tr("Not printed: a second reprint of a receipt needs the manager's PIN."), true);
        return false;
    }
    if (!m_printer->print(saleId, m_destination, m_cashier, &error)) {
        emit message(error, true);
        return false;
    }
    emit message(tr("Printing the receipt…"), false);
    return true;
}

QString ReceiptActions::outcomeText(const PrintOutcome &o) const
{
    if (!o.ok)
        return tr("Receipt %1 was NOT printed: %2 The sale itself is unchanged; print it again when the "
                  "printer is ready.")
            .arg(o.receiptNo, o.message);
    QString text = o.copyNumber == 0
        ? tr("Receipt %1 printed.").arg(o.receiptNo)
        : tr("Receipt %1 printed as COPY %2.").arg(o.receiptNo).arg(o.copyNumber);
    if (!o.recorded)
        text += QLatin1Char(' ') + o.message;
    return text;
}

void ReceiptActions::preview(const SaleRecord &record, QWidget *parent)
{
    if (m_guard && !m_guard(record.id)) {
        emit message(tr("Not shown: a second reprint of a receipt needs the manager's PIN."), true);
        return;
    }
    const ReceiptLines lines = m_printer->previewLines(record, m_cashier);
    const int paperMm = m_printer->paperMm();
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setPageLayout(
        QPageLayout(ReceiptPainter::pageSize(lines, paperMm), QPageLayout::Portrait, QMarginsF()));
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("receiptPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Receipt %1 — preview").arg(record.receiptNo));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [lines, paperMm](QPrinter *p) { ReceiptPainter::paint(p, lines, paperMm); });
    connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    // The preview's Print button prints what it shows: that is a print like any other.
    const int copy = record.printedCount;
    connect(dialog, &QDialog::accepted, this, [this, record, copy, printer] {
        m_printer->countPrint(record, copy, m_cashier, QStringLiteral("printer:") + printer->printerName());
    });
    dialog->open();
}

} // namespace Kasir
