#include "ElidingLabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace Kasir {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    updateElided();
    updateGeometry();
}

QSize ElidingLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    return QSize(0, full.height());
}

QSize ElidingLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    const int width = fontMetrics().horizontalAdvance(m_fullText) + m.left() + m.right() + 2 * margin() + 8;
    return QSize(width, QLabel::sizeHint().height());
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void ElidingLabel::updateElided()
{
    const int room = contentsRect().width() - 2 * margin() - 4;
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, qMax(0, room));
    if (shown != text())
        setText(shown);
}

} // namespace Kasir
