#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace Kasir {

// The window's look in one place: a high-contrast style sheet (sizes in logical pixels, so the
// window scales with the screen's device pixel ratio) and the roles widgets use to pick a style.
namespace Theme {

QString styleSheet();

// Sets the dynamic "role" property used by the style sheet ("error", "total", ...) and re-polishes.
void setRole(QWidget *widget, const char *role);
// Marks an input as invalid (red border) or valid, and re-polishes.
void setInvalid(QWidget *widget, bool invalid);

QColor successColor();
QColor failureColor();
QColor pendingColor();

} // namespace Theme
} // namespace Kasir
