#include "HostileMerchantServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QByteArray InquiryPath = QByteArrayLiteral("/api/v1/merchant/ppob/ewallet/inquiry");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 409:
        return QByteArrayLiteral("Conflict");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

HostileMerchantServer::HostileMerchantServer(QObject *parent)
    : QObject(parent)
{ }

HostileMerchantServer::~HostileMerchantServer()
{
    if (m_server)
        m_server->close();
}

bool HostileMerchantServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
        &HostileMerchantServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool HostileMerchantServer::listenTls(const QString &certificatePath, const QString &keyPath)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client certificate
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    // QSslServer offers a connection once its handshake is done.
    connect(
        server.get(), &QTcpServer::pendingConnectionAvailable, this, &HostileMerchantServer::onNewConnection);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HostileMerchantServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server ? m_server->serverPort() : 0));
}

void HostileMerchantServer::reset()
{
    m_received = 0;
    m_connections = 0;
    m_receivedByReqId.clear();
    m_charged.clear();
    m_lastApiKey.clear();
    m_framing = Framing::ContentLength;
}

void HostileMerchantServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HostileMerchantServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > 65536
            || (buffer.size() >= 5 && !buffer.startsWith("POST ") && !buffer.startsWith("GET ")))
            socket->disconnectFromHost(); // not an HTTP request (a TLS hello, say): not counted
        return;
    }
    qint64 contentLength = 0;
    QByteArray path;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() >= 2)
        path = requestLine.at(1);
    for (const QByteArray &raw : lines.mid(1)) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "x-api-key")
            m_lastApiKey = value;
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
    m_buffers[socket] = QByteArray(); // one request per connection is all this server reads
    m_buffers.remove(socket);
    ++m_received;
    answer(socket, path, body);
}

void HostileMerchantServer::writeJson(QTcpSocket *socket, int status, const QByteArray &json)
{
    const QByteArray statusLine
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    const QByteArray type = "Content-Type: application/json\r\nConnection: close\r\n";
    switch (m_framing) {
    case Framing::AfterContinue:
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        Q_FALLTHROUGH();
    case Framing::ContentLength:
        socket->write(
            statusLine + type + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        break;
    case Framing::Chunked: {
        socket->write(statusLine + type + "Transfer-Encoding: chunked\r\n\r\n");
        const qsizetype step = qMax<qsizetype>(7, json.size() / 64);
        for (qsizetype at = 0; at < json.size(); at += step) {
            const QByteArray piece = json.mid(at, step);
            socket->write(QByteArray::number(piece.size(), 16) + ";ext=1\r\n" + piece + "\r\n");
        }
        socket->write("0\r\n\r\n");
        break;
    }
    case Framing::UntilClose:
        socket->write(statusLine + type + "\r\n" + json);
        break;
    }
    socket->disconnectFromHost();
}

void HostileMerchantServer::startTrickle(QTcpSocket *socket, int intervalMs, const QByteArray &piece)
{
    auto *timer = new QTimer(socket);
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [guard, piece] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            guard->write(piece);
    });
    timer->start(intervalMs);
}

void HostileMerchantServer::answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString reqId = request.value(QStringLiteral("req_id")).toString();
    const QString amountText = request.value(QStringLiteral("amount")).toString();
    const qint64 amount = amountText.toLongLong();
    const qint64 price = amount + 1500;
    const bool payment = path != InquiryPath;
    if (payment)
        m_receivedByReqId[reqId] += 1;

    // Whether a real gateway behind this answer would have moved money.
    bool charges = payment;
    switch (m_mode) {
    case Mode::Conflict409:
    case Mode::InsufficientBalance:
        charges = false;
        break;
    default:
        break;
    }
    if (charges)
        m_charged.insert(reqId);
    const qint64 deposit = 500000 - (payment && charges ? price : 0);

    QString status = QStringLiteral("SUCCESS");
    QString rc = QStringLiteral("000");
    QString topRc = QStringLiteral("000");
    bool success = true;
    QString unitPrice = QString::number(price);
    QString balanceUsed = payment ? unitPrice : QStringLiteral("0");
    QString serialNo = payment
        ? QStringLiteral("GW%1").arg(qulonglong(qHash(reqId) % 1000000000), 9, 10, QLatin1Char('0'))
        : QString();
    QString description = QStringLiteral("Transaksi Sukses");
    QString message = QStringLiteral("TOPUP %1 %2 KE %3 SUKSES")
                          .arg(request.value(QStringLiteral("product_id")).toString(), amountText,
                              request.value(QStringLiteral("cust_id")).toString());

    switch (m_mode) {
    case Mode::Honest:
        break;
    case Mode::SuccessZeroPrice:
        unitPrice = balanceUsed = QStringLiteral("0");
        break;
    case Mode::SuccessBelowNominal:
        unitPrice = balanceUsed = QStringLiteral("1000");
        break;
    case Mode::SuccessNegativePrice:
        unitPrice = balanceUsed = QStringLiteral("-%1").arg(price);
        break;
    case Mode::SuccessAbsurdPrice:
        unitPrice = balanceUsed = QStringLiteral("5000000");
        break;
    case Mode::SuccessUsedDiffers:
        balanceUsed = QString::number(price + 2000);
        break;
    case Mode::FailedWithRc000:
        status = QStringLiteral("FAILED");
        description = QStringLiteral("Transaksi Gagal");
        serialNo.clear();
        balanceUsed = QStringLiteral("0");
        break;
    case Mode::FailedWithSerial:
        status = QStringLiteral("FAILED");
        rc = topRc = QStringLiteral("006");
        description = QStringLiteral("Transaksi Gagal");
        balanceUsed = QStringLiteral("0");
        break;
    case Mode::FailedWithCharge:
        status = QStringLiteral("FAILED");
        rc = topRc = QStringLiteral("006");
        description = QStringLiteral("Transaksi Gagal");
        serialNo.clear();
        break;
    case Mode::SuccessUnderTopFalse:
        success = false;
        break;
    case Mode::TopRcContradicts:
        topRc = QStringLiteral("008");
        break;
    case Mode::InsufficientBalance: {
        // Exactly the documented body.
        const QJsonObject data { { QStringLiteral("req_id"), reqId },
            { QStringLiteral("status"), QStringLiteral("FAILED") },
            { QStringLiteral("rc"), QStringLiteral("008") },
            { QStringLiteral("description"), QStringLiteral("Insufficient Balance") },
            { QStringLiteral("message"), QStringLiteral("Saldo deposit tidak mencukupi") },
            { QStringLiteral("balance"), QStringLiteral("10000") },
            { QStringLiteral("data"), QJsonObject() } };
        writeJson(socket, 200,
            QJsonDocument(
                QJsonObject { { QStringLiteral("success"), true },
                    { QStringLiteral("message"), QStringLiteral("Transaction failed") },
                    { QStringLiteral("rc"), QStringLiteral("008") }, { QStringLiteral("data"), data } })
                .toJson(QJsonDocument::Compact));
        return;
    }
    case Mode::Conflict409:
        writeJson(socket, 409,
            QJsonDocument(QJsonObject { { QStringLiteral("success"), false },
                              { QStringLiteral("message"),
                                  QStringLiteral("req_id %1 was already used with a different request body")
                                      .arg(reqId) } })
                .toJson(QJsonDocument::Compact));
        return;
    case Mode::HugeBody: {
        // 2 MiB of a "message": a careless client holds it and stores it in the journal.
        QByteArray json = R"({"success":true,"rc":"000","message":")";
        json += QByteArray(2 * 1024 * 1024, 'A');
        json += R"(","data":{}})";
        writeJson(socket, 200, json);
        return;
    }
    case Mode::Drip:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        startTrickle(socket, 500, QByteArrayLiteral(" "));
        return;
    case Mode::EndlessChunks:
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        startTrickle(socket, 100, QByteArrayLiteral("1\r\n \r\n"));
        return;
    case Mode::CloseWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case Mode::GarbageAnswer:
        socket->write("SSH-2.0-OpenSSH_9.2 garbage, not HTTP\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Mode::ControlCharacters:
        description = QStringLiteral("\x1b[2J\x1b[31mLUNAS\r\nSTATUS: FAILED") + QChar(0);
        message = QStringLiteral("TOPUP OK\x1b]0;owned\x07\r\nrm -rf /");
        break;
    }

    const QJsonObject data {
        { QStringLiteral("req_id"), payment ? reqId : QString() },
        { QStringLiteral("ref_id"), QStringLiteral("1777946295495372000") },
        { QStringLiteral("product_id"), request.value(QStringLiteral("product_id")).toString() },
        { QStringLiteral("cust_id"), request.value(QStringLiteral("cust_id")).toString() },
        { QStringLiteral("status"), status },
        { QStringLiteral("rc"), rc },
        { QStringLiteral("description"), description },
        { QStringLiteral("message"), message },
        { QStringLiteral("amount"), amountText },
        { QStringLiteral("unit_price"), unitPrice },
        { QStringLiteral("balance_used"), balanceUsed },
        { QStringLiteral("balance"), QString::number(deposit) },
        { QStringLiteral("serial_no"), serialNo },
        { QStringLiteral("data"), QJsonObject() },
    };
    const QJsonObject top { { QStringLiteral("success"), success },
        { QStringLiteral("message"),
            payment ? QStringLiteral("E-wallet payment created successfully")
                    : QStringLiteral("E-wallet inquiry completed successfully") },
        { QStringLiteral("rc"), topRc }, { QStringLiteral("data"), data } };
    writeJson(socket, 200, QJsonDocument(top).toJson(QJsonDocument::Compact));
}
