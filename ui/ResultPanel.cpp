#include "ResultPanel.h"

#include "Theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kasir {

namespace {
QLabel *makeLabel(const char *role, QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    Theme::setRole(label, role);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("dd-MM-yyyy HH:mm:ss"));
}
} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(makeLabel("resultTitlePending", this, "resultTitle"))
    , m_message(makeLabel("value", this, "resultMessage"))
    , m_proofBox(new QFrame(this))
    , m_serial(makeLabel("serial", m_proofBox, "resultSerial"))
    , m_refId(makeLabel("refId", m_proofBox, "resultRefId"))
    , m_details(makeLabel("details", this, "resultDetails"))
    , m_notice(makeLabel("warning", this, "resultNotice"))
    , m_printButton(new QPushButton(this))
    , m_printNote(makeLabel("hint", this, "printNote"))
    , m_newSaleButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("resultPanel"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    // Long words never widen the page: the text wraps inside the width the page has.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_title);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    Theme::setRole(m_proofBox, "card");
    auto *proof = new QGridLayout(m_proofBox);
    proof->setContentsMargins(16, 10, 16, 10);
    auto *snCaption = new QLabel(tr("SN (serial number)"), m_proofBox);
    Theme::setRole(snCaption, "field");
    auto *refCaption = new QLabel(tr("Ref ID"), m_proofBox);
    Theme::setRole(refCaption, "field");
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    proof->addWidget(snCaption, 0, 0);
    proof->addWidget(m_serial, 0, 1);
    proof->addWidget(refCaption, 1, 0);
    proof->addWidget(m_refId, 1, 1);
    proof->setColumnStretch(1, 1);
    layout->addWidget(m_proofBox);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto *printRow = new QHBoxLayout;
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setText(tr("Print receipt — not available yet"));
    m_printButton->setEnabled(false);
    m_printButton->setToolTip(tr("Receipt printing comes with a later update."));
    m_printNote->setText(
        tr("Printing comes with a later update. Write the SN down for the customer if asked."));
    m_printNote->setWordWrap(true);
    printRow->addWidget(m_printButton);
    printRow->addWidget(m_printNote, 1);
    layout->addLayout(printRow);
    layout->addStretch(1);

    m_newSaleButton->setObjectName(QStringLiteral("newSaleButton"));
    m_newSaleButton->setText(tr("New sale (Enter / Esc)"));
    Theme::setRole(m_newSaleButton, "primary");
    m_newSaleButton->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_newSaleButton);
    connect(m_newSaleButton, &QPushButton::clicked, this, &ResultPanel::newSaleRequested);
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        if (m_printingAvailable && m_record.id > 0)
            emit printRequested(m_record.id);
    });
}

void ResultPanel::setPrintingAvailable(bool available)
{
    m_printingAvailable = available;
    m_printButton->setEnabled(available);
    m_printButton->setFocusPolicy(Qt::NoFocus);
    if (available) {
        m_printButton->setText(tr("Print receipt (F9)"));
        m_printButton->setToolTip(tr("Print the receipt; later prints are marked SALINAN / COPY."));
        m_printNote->setText(tr("F7: the last sales, to reprint or look up an SN."));
    }
    render();
}

void ResultPanel::showPrintNote(const QString &text, bool error)
{
    m_printNote->setText(text);
    Theme::setRole(m_printNote, error ? "error" : "ok");
}

void ResultPanel::showSale(const SaleRecord &record, const ApiResult &result, const QString &productName)
{
    m_record = record;
    m_productName = productName;
    m_fallbackReason = result.reason();
    m_notSent = result.notSent;
    m_resolvedLater = false;
    m_shown.start();
    if (m_printingAvailable) {
        m_printNote->setText(tr("F7: the last sales, to reprint or look up an SN."));
        Theme::setRole(m_printNote, "hint");
    }
    render();
}

void ResultPanel::updateSale(const SaleRecord &record)
{
    if (record.id != m_record.id)
        return;
    if (m_record.isUnresolved() && !record.isUnresolved())
        m_resolvedLater = true;
    m_record = record;
    render();
}

bool ResultPanel::canDismiss() const
{
    return !m_shown.isValid() || m_shown.elapsed() >= DismissGuardMs;
}

void ResultPanel::render()
{
    const SaleRecord &r = m_record;
    const QString reason = !r.description.isEmpty() ? r.description
        : !r.message.isEmpty()                      ? r.message
        : !r.lastError.isEmpty()                    ? r.lastError
                                                    : m_fallbackReason;
    QStringList details;
    details << tr("Receipt: %1").arg(r.receiptNo);
    details << tr("%1 · %2 · top-up %3").arg(m_productName, r.custId, r.amount.format());
    // A failed or rejected sale collected nothing: no totals that could be read as money kept.
    const bool charged = r.status != SaleStatus::Failed && r.status != SaleStatus::Rejected;
    if (charged && r.sellingPrice.rupiah() > 0)
        details << tr("Total collected: %1").arg(r.sellingPrice.format());
    if (charged && r.cashReceived && r.change)
        details << tr("Cash %1, change %2").arg(r.cashReceived->format(), r.change->format());
    details << tr("Time: %1").arg(localTime(r.createdUtc));
    // The server's own words (often English) are evidence, shown as such, never as the headline.
    const bool refused = r.status == SaleStatus::Failed || r.status == SaleStatus::Rejected;
    if (refused && !reason.isEmpty())
        details << (r.rc.isEmpty() ? tr("Server: %1").arg(reason)
                                   : tr("Server: %1 (rc %2)").arg(reason, r.rc));
    m_details->setText(details.join(QLatin1Char('\n')));

    QStringList notices;
    if (r.flagged)
        notices << tr("Flagged for the manager: %1").arg(r.flagReason);
    if (r.unitPrice && r.inquiryUnitPrice && *r.unitPrice != *r.inquiryUnitPrice)
        notices << tr("The cost price changed: confirmed %1, charged %2.")
                       .arg(r.inquiryUnitPrice->format(), r.unitPrice->format());

    const bool success = r.status == SaleStatus::Success;
    m_proofBox->setVisible(success);
    // Any outcome can be printed once printing exists: a GAGAL or DALAM PROSES receipt says so.
    m_printButton->setVisible(success || m_printingAvailable);
    m_printNote->setVisible(success || m_printingAvailable);

    switch (r.status) {
    case SaleStatus::Success:
        m_title->setText(tr("SUCCESS"));
        if (m_resolvedLater)
            notices.prepend(
                tr("Confirmed by checking again with the server: it is safe to give the customer the SN."));
        Theme::setRole(m_title, "resultTitleSuccess");
        m_message->setText(
            tr("The customer's %1 balance was topped up with %2.").arg(m_productName, r.amount.format()));
        m_serial->setText(r.serialNo.isEmpty() ? tr("(none sent)") : r.serialNo);
        m_refId->setText(r.refId.isEmpty() ? tr("(none sent)") : r.refId);
        break;
    case SaleStatus::Failed:
        m_title->setText(tr("FAILED — nothing charged"));
        Theme::setRole(m_title, "resultTitleFailed");
        m_message->setText(r.rc == QLatin1String("008")
                ? tr("The store's deposit at the merchant is too low for this top-up.\nNothing "
                     "was charged. Give the customer's money back.")
                : tr("The server refused this top-up.\nNothing was charged. Give the customer's "
                     "money back."));
        break;
    case SaleStatus::Rejected:
        m_title->setText(tr("REJECTED — nothing charged"));
        Theme::setRole(m_title, "resultTitleFailed");
        m_message->setText(tr("The server refused the request before processing it.\nNothing was charged. "
                              "Give the customer's money back."));
        break;
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        Theme::setRole(m_title, "resultTitlePending");
        if (m_notSent && r.attempts <= 1) {
            // Only a first send that never left is known to have charged nothing.
            m_title->setText(tr("NOT SENT — will be sent again by itself"));
            m_message->setText(
                tr("Nothing reached the server, so nothing was charged. The sale is kept and will "
                   "be sent again safely with the same req_id; it is in the list on the right. "
                   "No new sale is needed. Keep the money until the result is known."));
        } else {
            m_title->setText(tr("BEING CHECKED — do NOT repeat"));
            m_message->setText(
                tr("The outcome is not known yet and is being checked with the server automatically. "
                   "Do NOT repeat this sale: the customer may already have the top-up. "
                   "Keep the money until the result is known; the list on the right updates by itself."));
        }
        if (!reason.isEmpty())
            notices.prepend(tr("Last answer: %1").arg(reason));
        break;
    }
    const bool onlyGoodNews = success && m_resolvedLater && !r.flagged && notices.size() == 1;
    Theme::setRole(m_notice, onlyGoodNews ? "goodNews" : "warning");
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
}

void ResultPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        event->accept();
        if (canDismiss())
            emit newSaleRequested();
        return;
    case Qt::Key_F9:
        event->accept();
        if (m_printingAvailable && m_record.id > 0)
            emit printRequested(m_record.id);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Kasir
