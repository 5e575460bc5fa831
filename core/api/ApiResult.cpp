#include "api/ApiResult.h"

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
    return parts.join(QStringLiteral(": "));
}

} // namespace Kasir
