#pragma once

#include "secrets/ApiKeyStore.h"

namespace Kasir {

// The key in a file readable and writable only by the user (0600), in the app's config folder,
// for a computer where no keychain service runs. A file that others can read is refused.
class FileKeyStore final : public ApiKeyStore
{
    Q_OBJECT
public:
    // path: empty = defaultPath().
    explicit FileKeyStore(const QString &path = QString(), QObject *parent = nullptr);

    // <app config folder>/api-key
    static QString defaultPath();

    Kind kind() const override { return Kind::File; }
    QString describe() const override;
    QString path() const { return m_path; }

    void read(Done done) override { done(readNow()); }
    void write(const QString &key, Done done) override { done(writeNow(key)); }
    void clear(Done done) override { done(clearNow()); }

    ApiKeyResult readNow() const;
    ApiKeyResult writeNow(const QString &key);
    ApiKeyResult clearNow();

private:
    QString m_path;
};

} // namespace Kasir
