#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Kasir {

// Extra CA certificates that the merchant host's TLS certificate may chain to: for merchant
// gateways and test environments that use a private CA. They are added to the system's CAs for
// the merchant API's requests only; certificate verification is never turned off.
struct PrivateCa
{
    QString path; // the PEM file, empty when none is configured
    QList<QSslCertificate> certificates;
    QString error; // why the file cannot be used; nothing may be sent then

    bool isConfigured() const { return !path.isEmpty(); }

    // Reads a PEM file of CA certificates. An unreadable file, a file without certificates, or a
    // certificate that is not a CA (or has expired) is an error with a clear message.
    static PrivateCa load(const QString &path);
};

} // namespace Kasir
