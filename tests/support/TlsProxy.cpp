#include "TlsProxy.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

TlsProxy::TlsProxy(
    const QSslCertificate &certificate, const QSslKey &key, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
    , m_targetPort(targetPort)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the client is not asked for a certificate
    m_server->setSslConfiguration(config);
    m_server->setHandshakeTimeout(5000);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &TlsProxy::forward);
}

TlsProxy::~TlsProxy() = default;

bool TlsProxy::listen(QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server->errorString();
    return false;
}

quint16 TlsProxy::port() const
{
    return m_server->serverPort();
}

void TlsProxy::forward()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_encrypted;
        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, upstream,
            [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}
