#include "Theme.h"

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace Kasir::Theme {

QString styleSheet()
{
    return QStringLiteral(R"(
QMainWindow, QWidget#topUpPage, QStackedWidget { background: #F2F4F7; }
QWidget { color: #111111; font-size: 15px; }
QLabel#demoBanner {
    background: #FFD600; color: #000000; font-size: 22px; font-weight: 800;
    padding: 8px; border-bottom: 4px solid #000000;
}
QPushButton[role="nav"] {
    font-size: 16px; font-weight: 700; padding: 8px 18px; border: 2px solid #1F2937;
    border-radius: 6px; background: #FFFFFF; color: #111111;
}
QPushButton[role="nav"]:checked { background: #1F2937; color: #FFFFFF; }
QPushButton[role="nav"]:disabled { color: #6B7280; border-color: #9CA3AF; background: #E5E7EB; }
QFrame[role="card"] { background: #FFFFFF; border: 1px solid #C7CDD4; border-radius: 8px; }
QLabel[role="heading"] { font-size: 19px; font-weight: 800; color: #111111; }
QLabel[role="field"] { font-size: 16px; font-weight: 700; color: #1F2937; }
QLabel[role="hint"] { font-size: 14px; color: #374151; }
QLabel[role="details"] { font-size: 16px; color: #1F2937; }
QLabel[role="ok"] { font-size: 16px; font-weight: 700; color: #14532D; }
QLabel[role="error"] { font-size: 16px; font-weight: 700; color: #B00020; }
QLabel[role="busy"] { font-size: 17px; font-weight: 700; color: #0B3D91; }
QLabel[role="value"] { font-size: 20px; font-weight: 700; color: #111111; }
QLabel[role="money"] { font-size: 24px; font-weight: 700; color: #111111; }
QLabel[role="total"] { font-size: 44px; font-weight: 900; color: #0B3D91; }
QLabel[role="totalCaption"] { font-size: 18px; font-weight: 800; color: #0B3D91; }
QLabel[role="change"] { font-size: 26px; font-weight: 800; color: #14532D; }
QLabel[role="amountPreview"] { font-size: 26px; font-weight: 800; color: #0B3D91; }
QLabel[role="resultTitleSuccess"] {
    font-size: 34px; font-weight: 900; color: #FFFFFF; background: #15803D; padding: 10px; border-radius: 8px;
}
QLabel[role="resultTitleFailed"] {
    font-size: 30px; font-weight: 900; color: #FFFFFF; background: #B91C1C; padding: 10px; border-radius: 8px;
}
QLabel[role="resultTitlePending"] {
    font-size: 30px; font-weight: 900; color: #000000; background: #FBBF24; padding: 10px; border-radius: 8px;
}
QLabel[role="serial"] { font-size: 34px; font-weight: 900; color: #111111; font-family: "DejaVu Sans Mono", monospace; }
QLabel[role="refId"] { font-size: 20px; font-weight: 700; color: #111111; font-family: "DejaVu Sans Mono", monospace; }
QLabel[role="goodNews"] { font-size: 18px; font-weight: 800; color: #14532D; background: #DCFCE7; border: 2px solid #15803D; border-radius: 6px; padding: 8px; }
QLabel[role="warning"] { font-size: 20px; font-weight: 800; color: #7C2D12; background: #FEF3C7; border: 2px solid #B45309; border-radius: 6px; padding: 8px; }
QLabel[role="depositShort"] { font-size: 20px; font-weight: 900; color: #FFFFFF; background: #B91C1C; border-radius: 6px; padding: 8px; }
QLabel[role="lastSale"] { font-size: 16px; font-weight: 700; color: #0B3D91; background: #E0ECFF; border-radius: 4px; padding: 2px 6px; }
QLabel[role="demoReason"] { background: #FFF3B0; color: #000000; font-size: 13px; padding: 3px 8px; border-bottom: 2px solid #000000; }
QLabel[role="detailsSmall"] { font-size: 13px; color: #4B5563; }
QFrame[role="resolveNotice"] { border-radius: 6px; border: 3px solid #1F2937; background: #FFFFFF; }
QFrame[role="resolveNotice"] QLabel { font-size: 15px; font-weight: 800; }
QLineEdit {
    font-size: 26px; padding: 5px 10px; border: 3px solid #6B7280; border-radius: 6px;
    background: #FFFFFF; color: #000000; selection-background-color: #0B5FFF;
}
QLineEdit:focus { border: 3px solid #0B5FFF; }
QLineEdit[invalid="true"] { border: 3px solid #B00020; background: #FFF1F2; }
QLineEdit:read-only { background: #E5E7EB; }
QPushButton {
    font-size: 16px; font-weight: 700; padding: 6px 12px; border: 2px solid #374151;
    border-radius: 6px; background: #FFFFFF; color: #111111;
}
QPushButton:focus { border: 3px solid #0B5FFF; }
QPushButton:disabled { color: #6B7280; border-color: #9CA3AF; background: #E5E7EB; }
QPushButton[role="quickAmount"] { font-size: 17px; min-height: 32px; }
QPushButton[role="primary"] {
    font-size: 20px; font-weight: 800; min-height: 48px; background: #0B5FFF; color: #FFFFFF;
    border: 2px solid #0A3FA8;
}
QPushButton[role="danger"] {
    font-size: 18px; font-weight: 800; min-height: 48px; background: #FFFFFF; color: #B91C1C;
    border: 3px solid #B91C1C;
}
QPushButton[role="primary"]:disabled { background: #9CA3AF; color: #F9FAFB; border-color: #6B7280; }
QProgressBar { border: 2px solid #0B3D91; border-radius: 5px; background: #FFFFFF; height: 14px; }
QProgressBar::chunk { background: #0B5FFF; }
QTableView { font-size: 14px; background: #FFFFFF; gridline-color: #D1D5DB; }
QHeaderView::section { font-size: 13px; font-weight: 700; background: #E5E7EB; padding: 4px; border: none; }
QMessageBox { background: #FFFFFF; border: 4px solid #B45309; }
QMessageBox QLabel { font-size: 16px; }
QStatusBar { background: #1F2937; color: #FFFFFF; }
QStatusBar QLabel { color: #FFFFFF; font-size: 15px; font-weight: 700; padding: 2px 8px; }
QStatusBar QLabel[role="demoMode"] { background: #FFD600; color: #000000; border-radius: 4px; }
QStatusBar QLabel[role="liveMode"] { background: #15803D; color: #FFFFFF; border-radius: 4px; }
QStatusBar QLabel[role="lowBalance"] { background: #B91C1C; color: #FFFFFF; border-radius: 4px; }
QStatusBar QLabel[role="offline"] { background: #B45309; color: #FFFFFF; border-radius: 4px; }
QStatusBar QLabel[role="pendingSome"] { background: #FBBF24; color: #000000; border-radius: 4px; }
)");
}

static void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void setRole(QWidget *widget, const char *role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    repolish(widget);
}

void setInvalid(QWidget *widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    repolish(widget);
}

QColor successColor()
{
    return QColor(0x15, 0x80, 0x3D);
}
QColor failureColor()
{
    return QColor(0xB9, 0x1C, 0x1C);
}
QColor pendingColor()
{
    return QColor(0xB4, 0x53, 0x09);
}

} // namespace Kasir::Theme
