#pragma once

#include "printer/PrintDestination.h"
#include "receipt/ReceiptLine.h"
#include "receipt/ReceiptOptions.h"
#include "store/SaleRecord.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Kasir {

class Clock;
class PageRenderer;
class ReceiptStore;

// How one print ended.
struct PrintOutcome
{
    bool ok = false;
    qint64 saleId = 0;
    QString receiptNo;
    int copyNumber = 0; // 0: the original
    QString target; // PrintDestination::describe()
    QString file; // the PDF written, for a PDF destination
    QString message; // why it failed, or a warning (printed but not recorded)
    bool recorded = false; // the print is in the journal's print log
};

// Prints a journal row's receipt to a destination and keeps the print log. Used by the window and
// the CLI alike. The first print is the original; every later one is "SALINAN / COPY n". A print
// never calls the API and never changes the sale's status; only a print that reached its
// destination is counted (printed_count and the print log), so a failed one leaves the sale
// "not printed". Results always arrive through finished(), from the event loop.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    ReceiptPrinter(ReceiptStore *store, Clock *clock, QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    // Store name, address, footer, language, time zone. columns is set from the paper.
    void setOptions(const ReceiptOptions &options);
    ReceiptOptions options() const { return m_options; }
    void setPaperMm(int paperMm); // 58 or 80
    int paperMm() const { return m_paperMm; }
    void setProductNames(const QHash<QString, QString> &codeToName);
    // Not owned; needed for PDF and system printer destinations.
    void setPageRenderer(PageRenderer *renderer) { m_renderer = renderer; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // The lines of the receipt as it would print now as copyNumber (0 = the original).
    ReceiptLines lines(const SaleRecord &record, int copyNumber, const QString &printedBy) const;
    // A preview of the next print: not counted.
    ReceiptLines previewLines(const SaleRecord &record, const QString &printedBy) const;

    // Starts a print. False (and no finished()) when the sale is unknown or already printing;
    // error then says why.
    bool print(qint64 saleId, const PrintDestination &destination, const QString &printedBy,
        QString *error = nullptr);
    bool isPrinting(qint64 saleId) const { return m_printing.contains(saleId); }
    // A print made elsewhere (the print preview's own Print button) of the lines from
    // lines(record, copyNumber, ...): counted and logged like any other; finished() follows.
    void countPrint(
        const SaleRecord &record, int copyNumber, const QString &printedBy, const QString &target);

signals:
    void started(qint64 saleId);
    void finished(const Kasir::PrintOutcome &outcome);

private:
    void complete(PrintOutcome outcome, const QString &printedBy);

    ReceiptStore *m_store;
    Clock *m_clock;
    ReceiptOptions m_options;
    int m_paperMm = 58;
    QHash<QString, QString> m_productNames;
    PageRenderer *m_renderer = nullptr;
    int m_timeoutMs;
    QSet<qint64> m_printing;
};

} // namespace Kasir

Q_DECLARE_METATYPE(Kasir::PrintOutcome)
