#include "printer/ReceiptPrinter.h"

#include "clock/Clock.h"
#include "printer/EscPosSender.h"
#include "printer/PageRenderer.h"
#include "receipt/EscPosEncoder.h"
#include "receipt/ReceiptLayout.h"
#include "store/ReceiptStore.h"

#include <QTimer>

namespace Kasir {

ReceiptPrinter::ReceiptPrinter(ReceiptStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock ? clock : SystemClock::instance())
    , m_timeoutMs(EscPosSender::DefaultTimeoutMs)
{
    qRegisterMetaType<Kasir::PrintOutcome>();
    m_options.columns = ReceiptOptions::columnsForPaperMm(m_paperMm);
}

ReceiptPrinter::~ReceiptPrinter() = default;

void ReceiptPrinter::setOptions(const ReceiptOptions &options)
{
    m_options = options;
    m_options.columns = ReceiptOptions::columnsForPaperMm(m_paperMm);
}

void ReceiptPrinter::setPaperMm(int paperMm)
{
    m_paperMm = ReceiptOptions::columnsForPaperMm(paperMm) > 0 ? paperMm : 58;
    m_options.columns = ReceiptOptions::columnsForPaperMm(m_paperMm);
}

void ReceiptPrinter::setProductNames(const QHash<QString, QString> &codeToName)
{
    m_productNames = codeToName;
}

ReceiptLines ReceiptPrinter::lines(const SaleRecord &record, int copyNumber, const QString &printedBy) const
{
    ReceiptOptions o = m_options;
    o.copyNumber = copyNumber;
    o.printedBy = printedBy;
    o.printedUtc = m_clock->nowUtc();
    o.productName = m_productNames.value(record.productId.toUpper());
    return ReceiptLayout::layout(record, o);
}

ReceiptLines ReceiptPrinter::previewLines(const SaleRecord &record, const QString &printedBy) const
{
    return lines(record, record.printedCount, printedBy);
}

bool ReceiptPrinter::print(
    qint64 saleId, const PrintDestination &destination, const QString &printedBy, QString *error)
{
    if (m_printing.contains(saleId)) {
        if (error)
            *error = tr("This receipt is already being printed.");
        return false;
    }
    const std::optional<SaleRecord> record = m_store->findById(saleId);
    if (!record) {
        if (error)
            *error = tr("No sale with id %1 in the journal.").arg(saleId);
        return false;
    }
    m_printing.insert(saleId);
    emit started(saleId);

    PrintOutcome outcome;
    outcome.saleId = saleId;
    outcome.receiptNo = record->receiptNo;
    outcome.copyNumber = record->printedCount; // the first print is the original (0)
    outcome.target = destination.describe();
    const ReceiptLines receipt = lines(*record, outcome.copyNumber, printedBy);

    if (destination.kind == PrintDestination::Kind::EscPosDevice
        || destination.kind == PrintDestination::Kind::EscPosNetwork) {
        auto *sender = new EscPosSender(this);
        connect(sender, &EscPosSender::finished, this,
            [this, sender, outcome, printedBy](bool ok, const QString &message) mutable {
                sender->deleteLater();
                outcome.ok = ok;
                outcome.message = message;
                complete(outcome, printedBy);
            });
        sender->send(EscPosEncoder::encode(receipt), destination, m_timeoutMs);
        return true;
    }

    // PDF and the system printer: drawn from the event loop, so that the caller returns at once.
    QTimer::singleShot(0, this, [this, outcome, destination, receipt, printedBy]() mutable {
        QString message;
        if (!m_renderer) {
            message = tr("This program was built without PDF and printer support.");
        } else if (destination.kind == PrintDestination::Kind::Pdf) {
            outcome.file = destination.pdfFileFor(outcome.receiptNo, outcome.copyNumber);
            outcome.ok = m_renderer->writePdf(receipt, m_paperMm, outcome.file, &message);
        } else {
            outcome.ok = m_renderer->printOnPrinter(receipt, m_paperMm, destination.printerName, &message);
        }
        outcome.message = message;
        complete(outcome, printedBy);
    });
    return true;
}

void ReceiptPrinter::countPrint(
    const SaleRecord &record, int copyNumber, const QString &printedBy, const QString &target)
{
    PrintOutcome outcome;
    outcome.ok = true;
    outcome.saleId = record.id;
    outcome.receiptNo = record.receiptNo;
    outcome.copyNumber = copyNumber;
    outcome.target = target;
    m_printing.insert(record.id);
    QTimer::singleShot(0, this, [this, outcome, printedBy] { complete(outcome, printedBy); });
}

void ReceiptPrinter::complete(PrintOutcome outcome, const QString &printedBy)
{
    m_printing.remove(outcome.saleId);
    if (outcome.ok) {
        outcome.recorded = m_store->recordPrint(
            outcome.saleId, outcome.copyNumber, printedBy, outcome.target, m_clock->nowUtc());
        if (!outcome.recorded)
            outcome.message = tr("Printed, but the print could not be written to the journal: %1")
                                  .arg(m_store->lastError());
    }
    emit finished(outcome);
}

} // namespace Kasir
