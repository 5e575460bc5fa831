#pragma once

#include "api/ApiResult.h"
#include "store/SaleRecord.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kasir {

// Last step: what happened to the payment, in plain words. SUCCESS shows the SN and ref id large;
// FAILED/REJECTED say why and that nothing was charged; PENDING says the outcome is being
// checked and that the sale must not be repeated. The panel follows the journal: when the row
// shown here is resolved by recovery, updateSale() redraws it. Enter or Esc starts a new sale.
class ResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void showSale(const SaleRecord &record, const ApiResult &result, const QString &productName);
    // The same row changed in the journal (recovery resolved it, or it was flagged).
    void updateSale(const SaleRecord &record);

    const SaleRecord &record() const { return m_record; }
    // Enter/Esc are ignored for a moment after the result appears, so that a key meant for the
    // previous screen does not wipe the result before the cashier has read it.
    bool canDismiss() const;
    static constexpr int DismissGuardMs = 600;

    // Receipt printing is set up: the print button (and F9) asks for printRequested().
    void setPrintingAvailable(bool available);
    // How the last print of the sale shown went.
    void showPrintNote(const QString &text, bool error);

signals:
    void newSaleRequested();
    void printRequested(qint64 saleId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void render();

    SaleRecord m_record;
    QString m_fallbackReason;
    QString m_productName;
    bool m_resolvedLater = false;
    bool m_notSent = false; // the first send never reached the server
    bool m_printingAvailable = false;
    QElapsedTimer m_shown;

    QLabel *m_title;
    QLabel *m_message;
    QWidget *m_proofBox;
    QLabel *m_serial;
    QLabel *m_refId;
    QLabel *m_details;
    QLabel *m_notice;
    QPushButton *m_printButton;
    QLabel *m_printNote;
    QPushButton *m_newSaleButton;
};

} // namespace Kasir
