#pragma once

#include "api/ApiLimits.h"
#include "api/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Kasir {

class HttpExchange;

struct ApiConfig
{
    QUrl baseUrl; // "https://api.example" or "http://127.0.0.1:PORT" (plain http on loopback only)
    QString apiKey; // sent as X-API-Key; never logged
    // Extra CA certificates for the merchant host (a private CA), added to the system's CAs for
    // this client's requests only. Verification is never turned off.
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 30000; // deadline of the whole exchange (ApiLimits: 1-300 s)
};

// One request in flight. Emits finished() exactly once, always from the event loop (never inside
// the inquiry()/pay() call that created it), then deletes itself later.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;
    const ApiRequest &request() const { return m_request; }
    Endpoint endpoint() const { return m_endpoint; }
    // Abandons the call: finished() is emitted with Pending ("cancelled"). For an inquiry this
    // is harmless; for a payment the outcome stays unknown and must be re-checked.
    void abort();

signals:
    void finished(const Kasir::ApiResult &result);

private:
    friend class MerchantApiClient;
    ApiCall(Endpoint endpoint, const ApiRequest &request, QObject *parent);
    void start(QNetworkReply *reply, int deadlineMs);
    void start(HttpExchange *exchange, int deadlineMs);
    void startDeadline(int deadlineMs);
    void onDeadline();
    void finishWith(const ApiResult &result);
    void onReplyFinished();
    void onExchangeFinished();
    ApiResult withoutAnswer(const QString &detail, bool notSent) const;

    Endpoint m_endpoint;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply; // inquiries
    QPointer<HttpExchange> m_exchange; // payments
    QTimer m_deadline;
    int m_deadlineMs = 0;
    bool m_done = false;
    bool m_aborted = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

// Talks to the merchant API. Inquiries (which charge nothing) go through the injected
// QNetworkAccessManager. Payments go through an HttpExchange of their own: QNetworkAccessManager on
// Qt 6.4 re-sends a POST whose connection closed without an answer, and a payment attempt must
// reach the server at most once. Both are bounded by a deadline for the whole exchange
// (ApiConfig::timeoutMs) and by ApiLimits::MaxReplyBytes.
class MerchantApiClient : public QObject
{
    Q_OBJECT
public:
    MerchantApiClient(QNetworkAccessManager *nam, const ApiConfig &config, QObject *parent = nullptr);

    const ApiConfig &config() const { return m_config; }
    void setConfig(const ApiConfig &config) { m_config = config; }

    // Empty when the base URL may be used; otherwise why not (nothing will be sent).
    static QString checkBaseUrl(const QUrl &url);
    // Empty when the key may be sent in a header; otherwise why not. A key with a control
    // character (CR, LF...) could add headers of its own to the request.
    static QString checkApiKey(const QString &key);

    ApiCall *inquiry(const ApiRequest &request);
    ApiCall *pay(const ApiRequest &request);

private:
    ApiCall *send(Endpoint endpoint, const ApiRequest &request);
    // The system's TLS settings plus the configured private CA; peer verification stays on.
    QSslConfiguration tlsConfiguration() const;

    QNetworkAccessManager *m_nam;
    ApiConfig m_config;
};

} // namespace Kasir
