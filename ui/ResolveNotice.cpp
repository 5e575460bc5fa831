#include "ResolveNotice.h"

#include "StatusText.h"
#include "Theme.h"
#include "sale/SaleService.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Kasir {

ResolveNotice::ResolveNotice(SaleService *sales, const ProductCatalog &catalog, bool sound, QWidget *parent)
    : QFrame(parent)
    , m_catalog(catalog)
    , m_sound(sound)
    , m_label(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("resolveNotice"));
    Theme::setRole(this, "resolveNotice");
    m_label->setObjectName(QStringLiteral("resolveNoticeText"));
    m_label->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("resolveNoticeClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close"));
    m_close->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the sale
    m_close->setFixedWidth(36);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(false);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    // Sales already unresolved in the journal (for example after a restart) are watched too.
    for (const SaleRecord &r : sales->unresolvedSales())
        m_watching.insert(r.id);
    connect(sales, &SaleService::saleChanged, this, &ResolveNotice::onSaleChanged);
}

QString ResolveNotice::text() const
{
    return m_label->text();
}

QString ResolveNotice::productName(const QString &code) const
{
    const Product *p = m_catalog.find(code);
    return p ? p->name : code;
}

void ResolveNotice::onSaleChanged(const SaleRecord &record)
{
    // A payment that answers at once is shown by its result page; only a sale whose outcome
    // was unknown (PENDING) or left from before (PAYING at start-up) is announced here.
    if (record.status == SaleStatus::Pending) {
        m_watching.insert(record.id);
        return;
    }
    if (record.isUnresolved() || !m_watching.remove(record.id))
        return;
    m_last = record;
    QString line = tr("%1: %2 %3 to %4 is now %5.")
                       .arg(record.receiptNo, productName(record.productId), record.amount.format(),
                           record.custId, StatusText::label(record.status));
    if (record.status == SaleStatus::Success) {
        line += QLatin1Char(' ') + tr("Give the customer the SN %1.").arg(record.serialNo);
        Theme::setRole(m_label, "ok");
    } else {
        line += QLatin1Char(' ') + tr("Nothing was charged: give the customer's money back.");
        Theme::setRole(m_label, "error");
    }
    m_label->setText(line);
    show();
    if (m_sound) {
        ++m_sounds;
        QApplication::beep();
    }
    emit saleResolved(record);
}

} // namespace Kasir
