#pragma once

#include "store/SaleRecord.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kasir {

class ReceiptActions;
class ReceiptStore;
struct PrintOutcome;

// One sale in full: the receipt as it would print next (SALINAN when it was printed before),
// the print log (which copy, who, when, where), and Print (F9) / Preview buttons.
class HistoryDetailDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDetailDialog(
        const ReceiptStore *store, ReceiptActions *actions, qint64 saleId, QWidget *parent = nullptr);

    qint64 saleId() const { return m_saleId; }
    QString receiptText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void onPrintFinished(const Kasir::PrintOutcome &outcome);

    const ReceiptStore *m_store;
    ReceiptActions *m_actions;
    qint64 m_saleId;
    SaleRecord m_record;
    QLabel *m_summary;
    QPlainTextEdit *m_receipt;
    QListWidget *m_log;
    QLabel *m_note;
    QPushButton *m_print;
    QPushButton *m_preview;
};

} // namespace Kasir
