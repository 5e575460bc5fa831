#include "WalletButton.h"

#include <QPainter>
#include <QPainterPath>

namespace Kasir {

WalletButton::WalletButton(const Product &product, QWidget *parent)
    : QAbstractButton(parent)
    , m_product(product)
{
    setCheckable(true);
    setAutoExclusive(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setText(product.name);
    setObjectName(QStringLiteral("wallet_") + product.code);
    setAccessibleName(
        keyLabel().isEmpty() ? product.name : QString(product.name + QLatin1Char(' ') + keyLabel()));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString WalletButton::keyLabel() const
{
    if (m_product.functionKey < 1 || m_product.functionKey > 12)
        return QString();
    return QStringLiteral("F%1").arg(m_product.functionKey);
}

QSize WalletButton::sizeHint() const
{
    return QSize(150, 92);
}

QSize WalletButton::minimumSizeHint() const
{
    return QSize(110, 84);
}

void WalletButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);

    const QColor fill = QColor::fromString(m_product.color).isValid() ? QColor::fromString(m_product.color)
                                                                      : QColor(0x37, 0x41, 0x51);
    const QColor ink = QColor::fromString(m_product.textColor).isValid()
        ? QColor::fromString(m_product.textColor)
        : QColor(Qt::white);
    const bool chosen = isChecked();
    const QRectF outer = QRectF(rect()).adjusted(3, 3, -3, -3);

    // The chosen wallet gets a thick black ring with a yellow inner ring: visible on any colour.
    if (chosen) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(Qt::black));
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
        p.setBrush(QColor(0xFF, 0xD6, 0x00));
        p.drawRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), 10, 10);
    }
    const QRectF body = chosen ? outer.adjusted(4, 4, -4, -4) : outer;
    QColor bodyFill = fill;
    if (!isEnabled())
        bodyFill = QColor(0x9C, 0xA3, 0xAF);
    else if (isDown())
        bodyFill = fill.darker(125);
    p.setBrush(bodyFill);
    p.setPen(QPen(QColor(0, 0, 0, 90), 1));
    p.drawRoundedRect(body, 9, 9);

    // Keyboard focus: a dashed ring inside the button.
    if (hasFocus()) {
        QPen focusPen(ink, 2, Qt::DashLine);
        p.setPen(focusPen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(body.adjusted(4, 4, -4, -4), 6, 6);
    }

    // The function key, in a white badge with black text in the top-left corner.
    const QString key = keyLabel();
    if (!key.isEmpty()) {
        QFont kf = font();
        kf.setPixelSize(15);
        kf.setBold(true);
        p.setFont(kf);
        const QFontMetrics fm(kf);
        const QRectF badge(body.left() + 7, body.top() + 6, fm.horizontalAdvance(key) + 12, fm.height() + 2);
        p.setPen(QPen(QColor(Qt::black), 1));
        p.setBrush(QColor(Qt::white));
        p.drawRoundedRect(badge, 4, 4);
        p.setPen(QColor(Qt::black));
        p.drawText(badge, Qt::AlignCenter, key);
    }

    // The wallet's name, as large as fits.
    QFont nf = font();
    nf.setBold(true);
    const QRectF textRect = body.adjusted(8, 24, -8, -6);
    int px = 24;
    for (; px > 11; --px) {
        nf.setPixelSize(px);
        if (QFontMetrics(nf).horizontalAdvance(m_product.name) <= textRect.width())
            break;
    }
    p.setFont(nf);
    p.setPen(isEnabled() ? ink : QColor(Qt::white));
    p.drawText(textRect, Qt::AlignCenter, m_product.name);

    if (chosen) {
        // A check mark in the top-right corner, black on white.
        const QRectF mark(body.right() - 28, body.top() + 6, 22, 22);
        p.setPen(QPen(QColor(Qt::black), 1));
        p.setBrush(QColor(Qt::white));
        p.drawEllipse(mark);
        QPainterPath tick;
        tick.moveTo(mark.left() + 5, mark.center().y());
        tick.lineTo(mark.left() + 9.5, mark.bottom() - 6);
        tick.lineTo(mark.right() - 5, mark.top() + 6);
        p.setPen(QPen(QColor(Qt::black), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    }
}

} // namespace Kasir
