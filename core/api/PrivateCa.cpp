#include "api/PrivateCa.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace Kasir {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kasir::PrivateCa", text);
}

// A CA file holds certificates, never more than a few; a larger file is a mistake.
constexpr qint64 MaxCaFileBytes = qint64(1024) * 1024;

} // namespace

PrivateCa PrivateCa::load(const QString &path)
{
    PrivateCa ca;
    ca.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ca.error = tr("The CA certificate file %1 cannot be read: %2").arg(path, file.errorString());
        return ca;
    }
    if (file.size() > MaxCaFileBytes) {
        ca.error = tr("The CA certificate file %1 is too large to be a list of certificates.").arg(path);
        return ca;
    }
    const QByteArray pem = file.readAll();
    if (pem.contains("PRIVATE KEY")) {
        ca.error = tr("The CA certificate file %1 contains a private key; give only the CA "
                      "certificates.")
                       .arg(path);
        return ca;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        ca.error = tr("The CA certificate file %1 holds no PEM certificate.").arg(path);
        return ca;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &certificate : certificates) {
        const QString name = certificate.subjectDisplayName();
        if (certificate.isNull()) {
            ca.error = tr("The CA certificate file %1 holds an unreadable certificate.").arg(path);
            return ca;
        }
        if (certificate.expiryDate() < now) {
            ca.error = tr("The CA certificate \"%1\" in %2 expired on %3.")
                           .arg(name, path, certificate.expiryDate().toString(Qt::ISODate));
            return ca;
        }
    }
    ca.certificates = certificates;
    return ca;
}

} // namespace Kasir
