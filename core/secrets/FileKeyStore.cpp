#include "secrets/FileKeyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Kasir {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

FileKeyStore::FileKeyStore(const QString &path, QObject *parent)
    : ApiKeyStore(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
{ }

QString FileKeyStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/api-key");
}

QString FileKeyStore::describe() const
{
    return QStringLiteral("file %1").arg(QDir::toNativeSeparators(m_path));
}

ApiKeyResult FileKeyStore::readNow() const
{
    ApiKeyResult r;
    QFile file(m_path);
    if (!file.exists()) {
        r.status = ApiKeyResult::NotFound;
        return r;
    }
    if (file.permissions() & kOthers) {
        r.error = tr("The API key file %1 can be read by other users; it is not used. "
                     "Set the key again to rewrite it.")
                      .arg(QDir::toNativeSeparators(m_path));
        return r;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("The API key file %1 cannot be read.").arg(QDir::toNativeSeparators(m_path));
        return r;
    }
    r.key = QString::fromUtf8(file.readAll()).trimmed();
    r.status = r.key.isEmpty() ? ApiKeyResult::NotFound : ApiKeyResult::Ok;
    return r;
}

ApiKeyResult FileKeyStore::writeNow(const QString &key)
{
    ApiKeyResult r;
    r.error = checkKey(key);
    if (!r.error.isEmpty())
        return r;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        r.error = tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(m_path));
        return r;
    }
    QByteArray data = key.toUtf8();
    data.append('\n');
    QSaveFile file(m_path);
    // The temporary file is made 0600 before the key is written into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)
        || file.write(data) != data.size() || !file.commit()) {
        r.error = tr("Cannot write the API key file %1: %2")
                      .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return r;
    }
    QFile::setPermissions(m_path, kOwnerOnly);
    r.status = ApiKeyResult::Ok;
    return r;
}

ApiKeyResult FileKeyStore::clearNow()
{
    ApiKeyResult r;
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        r.error = tr("Cannot remove the API key file %1.").arg(QDir::toNativeSeparators(m_path));
        return r;
    }
    r.status = ApiKeyResult::Ok;
    return r;
}

} // namespace Kasir
