#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

// A merchant API that lies, on raw sockets so that it can lie at the HTTP level too. Every request
// it reads completely counts as received; a payment "charges" the deposit at most once per req_id
// in the modes where a real gateway would have moved money. Test-only; one connection, one answer.
class HostileMerchantServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Honest, // the documented answers
        SuccessZeroPrice, // SUCCESS, unit_price and balance_used "0"
        SuccessBelowNominal, // SUCCESS at Rp 1.000 for any nominal
        SuccessNegativePrice, // SUCCESS at "-51500"
        SuccessAbsurdPrice, // SUCCESS at Rp 5.000.000
        SuccessUsedDiffers, // SUCCESS, balance_used differs from unit_price
        FailedWithRc000, // FAILED with rc 000
        FailedWithSerial, // FAILED carrying a serial number
        FailedWithCharge, // FAILED with balance_used = the price
        SuccessUnderTopFalse, // data SUCCESS under success:false
        TopRcContradicts, // data SUCCESS rc 000 under top-level rc 008
        InsufficientBalance, // the documented rc 008 answer: a true FAILED
        Conflict409, // HTTP 409, req_id already used with different data
        HugeBody, // a 2 MiB answer
        Drip, // headers, then one byte every 0.5 s, never finishing
        EndlessChunks, // chunked answer whose chunks never end
        CloseWithoutAnswer, // reads the request, charges, closes
        GarbageAnswer, // answers with a line that is not HTTP
        ControlCharacters, // documented SUCCESS whose texts carry ANSI escapes, CR/LF, NUL
    };
    Q_ENUM(Mode)

    // How a JSON answer is framed on the wire (all valid HTTP/1.1).
    enum class Framing {
        ContentLength, // Content-Length
        Chunked, // Transfer-Encoding: chunked, a few bytes per chunk
        UntilClose, // no length: the body ends when the server closes
        AfterContinue, // "100 Continue" first, then the answer with Content-Length
    };
    Q_ENUM(Framing)

    explicit HostileMerchantServer(QObject *parent = nullptr);
    ~HostileMerchantServer() override;

    bool listen(); // 127.0.0.1, a free port
    // The same on TLS, with the given certificate and key (PEM files).
    bool listenTls(const QString &certificatePath, const QString &keyPath);
    QUrl baseUrl() const; // http:// or https://127.0.0.1:PORT
    static QString apiKey() { return QStringLiteral("hostile-test-key"); }

    void setMode(Mode mode) { m_mode = mode; }
    void setFraming(Framing framing) { m_framing = framing; }
    Mode mode() const { return m_mode; }

    int requestsReceived() const { return m_received; } // complete HTTP requests read
    int requestsReceived(const QString &reqId) const { return m_receivedByReqId.value(reqId); }
    int chargedCount() const { return int(m_charged.size()); } // req_ids charged (once each)
    bool wasCharged(const QString &reqId) const { return m_charged.contains(reqId); }
    int connectionsAccepted() const { return m_connections; }
    QByteArray lastApiKey() const { return m_lastApiKey; }
    void reset();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &path, const QByteArray &body);
    void writeJson(QTcpSocket *socket, int status, const QByteArray &json);
    void startTrickle(QTcpSocket *socket, int intervalMs, const QByteArray &piece);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Mode m_mode = Mode::Honest;
    Framing m_framing = Framing::ContentLength;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_received = 0;
    int m_connections = 0;
    QHash<QString, int> m_receivedByReqId;
    QSet<QString> m_charged;
    QByteArray m_lastApiKey;
};
