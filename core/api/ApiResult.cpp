#include "api/ApiResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kasir {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("SUCCESS");
    case Outcome::Failed:
        return QStringLiteral("FAILED");
    case Outcome::Pending:
        return QStringLiteral("PENDING");
    case Outcome::Rejected:
        return QStringLiteral("REJECTED");
    }
    return QStringLiteral("PENDING");
}

QString ApiResult::reason() const
{
    QStringList parts;
    if (!description.isEmpty())
        parts << description;
    if (!message.isEmpty() && message != description)
        parts << message;
    if (!error.isEmpty())
        parts << error;
    if (parts.isEmpty() && !topMessage.isEmpty())
        parts << topMessage;
    if (parts.isEmpty() && outcome == Outcome::Failed) {
        // A FAILED answer without any text still needs words for the cashier.
        parts << QCoreApplication::translate(
            "Kasir::ApiResult", "The server reported the payment as failed (rc %1).")
                     .arg(rc.isEmpty() ? topRc : rc);
    }
    return parts.join(QStringLiteral(": "));
}

} // namespace Kasir
