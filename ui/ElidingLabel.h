#pragma once

#include <QLabel>

namespace Kasir {

// A one-line label that shortens its text with "…" when it has less room than the text needs,
// and may shrink to nothing, so a status bar never pushes its other parts off the screen. The
// full text is the tooltip.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_fullText;
};

} // namespace Kasir
