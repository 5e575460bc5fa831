#pragma once

#include "catalog/ProductCatalog.h"
#include "store/SaleRecord.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QPushButton;

namespace Kasir {

class SaleService;

// "Sale K01-…-0003 (GoPay 0812…, Rp 50.000) is now SUCCESS": shown when a sale whose outcome
// was being checked gets its outcome, with a short sound unless the counter turned it off. It
// stays until closed or replaced by the next one; it never takes the keyboard from the sale.
class ResolveNotice : public QFrame
{
    Q_OBJECT
public:
    ResolveNotice(SaleService *sales, const ProductCatalog &catalog, bool sound, QWidget *parent = nullptr);

    QString text() const;
    const SaleRecord &lastResolved() const { return m_last; }
    int soundsPlayed() const { return m_sounds; }
    bool soundOn() const { return m_sound; }
    void setSound(bool on) { m_sound = on; }

signals:
    void saleResolved(const Kasir::SaleRecord &record);

private:
    void onSaleChanged(const SaleRecord &record);
    QString productName(const QString &code) const;

    ProductCatalog m_catalog;
    bool m_sound;
    int m_sounds = 0;
    QSet<qint64> m_watching; // sales seen PAYING from the journal or PENDING
    SaleRecord m_last;
    QLabel *m_label;
    QPushButton *m_close;
};

} // namespace Kasir
