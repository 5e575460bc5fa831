#include "StatusText.h"

#include "Theme.h"

#include <QCoreApplication>

namespace Kasir::StatusText {

QString label(SaleStatus status)
{
    switch (status) {
    case SaleStatus::Paying:
        return QCoreApplication::translate("StatusText", "SENDING");
    case SaleStatus::Success:
        return QCoreApplication::translate("StatusText", "SUCCESS");
    case SaleStatus::Failed:
        return QCoreApplication::translate("StatusText", "FAILED");
    case SaleStatus::Pending:
        return QCoreApplication::translate("StatusText", "CHECKING");
    case SaleStatus::Rejected:
        return QCoreApplication::translate("StatusText", "REJECTED");
    }
    return QString();
}

QColor color(SaleStatus status)
{
    switch (status) {
    case SaleStatus::Success:
        return Theme::successColor();
    case SaleStatus::Failed:
    case SaleStatus::Rejected:
        return Theme::failureColor();
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        return Theme::pendingColor();
    }
    return QColor(Qt::black);
}

} // namespace Kasir::StatusText
