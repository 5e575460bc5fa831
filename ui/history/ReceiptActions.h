#pragma once

#include "printer/PrintDestination.h"
#include "printer/ReceiptPrinter.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Kasir {

class SaleService;

// The window's receipt printing: where receipts go (a setting), who prints them (the cashier),
// the optional print after every SUCCESS, and the print preview. Prints run in the background;
// the result comes back as printFinished() and a message for the cashier.
class ReceiptActions : public QObject
{
    Q_OBJECT
public:
    ReceiptActions(
        ReceiptPrinter *printer, SaleService *sales, const QString &cashier, QObject *parent = nullptr);

    ReceiptPrinter *printer() const { return m_printer; }
    QString cashier() const { return m_cashier; }
    // The logged-in user, who prints from now on.
    void setCashier(const QString &cashier) { m_cashier = cashier; }
    void setDestination(const PrintDestination &destination) { m_destination = destination; }
    PrintDestination destination() const { return m_destination; }
    // Print the original by itself when a sale ends in SUCCESS.
    void setAutoPrint(bool on) { m_autoPrint = on; }
    bool autoPrint() const { return m_autoPrint; }

    // Asked before each print (and before the preview, whose Print button counts): false stops
    // it. The window asks for the manager's PIN here before a second reprint of a receipt.
    using PrintGuard = std::function<bool(qint64 saleId)>;
    void setPrintGuard(PrintGuard guard) { m_guard = std::move(guard); }

    // Starts printing (the original the first time, then SALINAN copies). False when it cannot
    // start (already printing it, unknown sale); message() says why.
    bool printSale(qint64 saleId);
    bool isPrinting(qint64 saleId) const { return m_printer->isPrinting(saleId); }
    // The system print preview of the next print of this sale (not counted as a print).
    void preview(const SaleRecord &record, QWidget *parent);

    QString outcomeText(const PrintOutcome &outcome) const;

signals:
    void printStarted(qint64 saleId);
    void printFinished(const Kasir::PrintOutcome &outcome);
    void message(const QString &text, bool error);

private:
    ReceiptPrinter *m_printer;
    QString m_cashier;
    PrintDestination m_destination;
    bool m_autoPrint = false;
    PrintGuard m_guard;
};

} // namespace Kasir
