#include "sale/SaleServiceOptions.h"

#include "settings/AppSettings.h"

#include <QRegularExpression>

namespace Kasir {

SaleServiceOptions SaleServiceOptions::fromSettings(const AppSettings &settings)
{
    SaleServiceOptions options;
    options.terminalId = settings.terminalId();
    options.duplicateWindowSeconds = settings.duplicateWindowSeconds();
    return options;
}

bool SaleServiceOptions::isValidTerminalId(const QString &terminalId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,16}$"));
    return pattern.match(terminalId).hasMatch();
}

} // namespace Kasir
