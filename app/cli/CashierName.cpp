#include "CashierName.h"

#include <QCommandLineParser>

namespace Kasir {

QString cashierName(const QCommandLineParser &parser)
{
    QString name = parser.value(QStringLiteral("cashier")).trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("KASIR_CASHIER").trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER").trimmed();
    return name;
}

} // namespace Kasir
