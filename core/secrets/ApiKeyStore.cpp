#include "secrets/ApiKeyStore.h"

#include <QCoreApplication>

namespace Kasir {

QString ApiKeyStore::checkKey(const QString &key)
{
    if (key.size() < 8 || key.size() > 512)
        return QCoreApplication::translate("Kasir::ApiKeyStore", "An API key has 8 to 512 characters.");
    for (const QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return QCoreApplication::translate(
                "Kasir::ApiKeyStore", "An API key has no spaces and only plain ASCII characters.");
    }
    return QString();
}

} // namespace Kasir
