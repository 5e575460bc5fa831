#include "HistoryDetailDialog.h"

#include "ReceiptActions.h"
#include "StatusText.h"
#include "Theme.h"
#include "receipt/ReceiptLayout.h"
#include "store/ReceiptStore.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kasir {

HistoryDetailDialog::HistoryDetailDialog(
    const ReceiptStore *store, ReceiptActions *actions, qint64 saleId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actions(actions)
    , m_saleId(saleId)
    , m_summary(new QLabel(this))
    , m_receipt(new QPlainTextEdit(this))
    , m_log(new QListWidget(this))
    , m_note(new QLabel(this))
    , m_print(new QPushButton(tr("Print (F9)"), this))
    , m_preview(new QPushButton(tr("Preview…"), this))
{
    setObjectName(QStringLiteral("historyDetail"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *row = new QHBoxLayout;
    m_receipt->setObjectName(QStringLiteral("detailReceipt"));
    m_receipt->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setPixelSize(13);
    m_receipt->setFont(mono);
    m_receipt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_receipt->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(50, QLatin1Char('M'))));
    row->addWidget(m_receipt, 3);
    auto *side = new QVBoxLayout;
    auto *logTitle = new QLabel(tr("Print log"), this);
    Theme::setRole(logTitle, "field");
    side->addWidget(logTitle);
    m_log->setObjectName(QStringLiteral("detailPrintLog"));
    side->addWidget(m_log, 1);
    row->addLayout(side, 2);
    layout->addLayout(row, 1);

    m_note->setObjectName(QStringLiteral("detailNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_print->setObjectName(QStringLiteral("detailPrint"));
    Theme::setRole(m_print, "primary");
    m_preview->setObjectName(QStringLiteral("detailPreview"));
    auto *close = new QPushButton(tr("Close (Esc)"), this);
    buttons->addWidget(m_print);
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_print, &QPushButton::clicked, this, [this] { m_actions->printSale(m_saleId); });
    connect(m_preview, &QPushButton::clicked, this, [this] { m_actions->preview(m_record, this); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_actions, &ReceiptActions::printFinished, this, &HistoryDetailDialog::onPrintFinished);
    connect(m_actions, &ReceiptActions::message, this, [this](const QString &text, bool error) {
        m_note->setText(text);
        Theme::setRole(m_note, error ? "error" : "ok");
    });
    reload();
}

QString HistoryDetailDialog::receiptText() const
{
    return m_receipt->toPlainText();
}

void HistoryDetailDialog::reload()
{
    const auto record = m_store->findById(m_saleId);
    if (!record)
        return;
    m_record = *record;
    setWindowTitle(tr("Sale %1").arg(m_record.receiptNo));
    QStringList summary;
    summary << tr("Receipt %1 · %2 · %3")
                   .arg(m_record.receiptNo, StatusText::label(m_record.status), m_record.productId);
    if (m_record.printedCount == 0)
        summary << tr("Not printed yet: the next print is the original.");
    else
        summary << tr(
            "Printed %n time(s): the next print is marked SALINAN / COPY.", nullptr, m_record.printedCount);
    if (m_record.flagged)
        summary << tr("Flagged for the manager: %1").arg(m_record.flagReason);
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_receipt->setPlainText(
        ReceiptLayout::toText(m_actions->printer()->previewLines(m_record, m_actions->cashier())));

    m_log->clear();
    const QList<ReceiptPrint> prints = m_store->prints(m_saleId);
    for (const ReceiptPrint &p : prints) {
        const QString when
            = QLocale().toString(p.printedUtc.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm:ss"));
        const QString which = p.copyNumber == 0 ? tr("original") : tr("copy %1").arg(p.copyNumber);
        m_log->addItem(tr("%1 — %2 by %3 (%4)")
                           .arg(when, which, p.printedBy.isEmpty() ? tr("unknown") : p.printedBy, p.target));
    }
    if (prints.isEmpty() && m_record.printedCount == 0)
        m_log->addItem(tr("Never printed."));
    else if (prints.size() < m_record.printedCount)
        m_log->addItem(tr("%n earlier print(s) without details (made before the print log was kept).",
            nullptr, m_record.printedCount - int(prints.size())));
    m_print->setText(m_record.printedCount == 0 ? tr("Print (F9)") : tr("Reprint copy (F9)"));
}

void HistoryDetailDialog::onPrintFinished(const PrintOutcome &outcome)
{
    if (outcome.saleId == m_saleId)
        reload();
}

void HistoryDetailDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F9) {
        event->accept();
        m_actions->printSale(m_saleId);
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Kasir
