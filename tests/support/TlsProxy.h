#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

class QSslServer;

// A TLS front for a plain HTTP server in tests: accepts HTTPS on 127.0.0.1 with the given
// certificate and key and forwards the decrypted bytes to target (the sandbox). Counts the
// connections whose handshake completed, i.e. that could carry a request.
class TlsProxy : public QObject
{
    Q_OBJECT
public:
    TlsProxy(const QSslCertificate &certificate, const QSslKey &key, quint16 targetPort,
        QObject *parent = nullptr);
    ~TlsProxy() override;

    bool listen(QString *error);
    quint16 port() const;
    int encryptedConnections() const { return m_encrypted; }

private:
    void forward();

    QSslServer *m_server;
    quint16 m_targetPort;
    int m_encrypted = 0;
};
