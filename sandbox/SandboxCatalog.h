#pragma once

#include "SandboxProduct.h"

#include <QList>
#include <QString>

namespace PpobSandbox {

// The products the sandbox accepts, read from JSON (the built-in :/ppob-sandbox/catalog.json
// or a file given with --catalog).
class SandboxCatalog
{
public:
    static QString builtInPath() { return QStringLiteral(":/ppob-sandbox/catalog.json"); }

    // Replaces the contents; on failure the catalogue is unchanged and error says why.
    bool load(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, QString *error);

    const SandboxProduct *find(const QString &productId) const;
    QList<SandboxProduct> products() const { return m_products; }

private:
    QList<SandboxProduct> m_products;
};

} // namespace PpobSandbox
