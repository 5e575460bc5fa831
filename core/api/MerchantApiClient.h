#pragma once

#include "api/ApiResult.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Kasir {

struct ApiConfig
{
    QUrl baseUrl;        // "https://api.example" or "http://127.0.0.1:PORT" (plain http on loopback only)
    QString apiKey;      // sent as X-API-Key; never logged
    int timeoutMs = 30000;
    // Extra CA certificates for the merchant host (a private CA), added to the system's CAs for
    // this client's requests only. Verification is never turned off.
    QList<QSslCertificate> extraCaCertificates;
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
    void start(QNetworkReply *reply);
    void finishWith(ApiResult result);
    void onReplyFinished();

    Endpoint m_endpoint;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
    bool m_aborted = false;
};

// Talks to the merchant API over the injected QNetworkAccessManager.
class MerchantApiClient : public QObject
{
    Q_OBJECT
public:
    MerchantApiClient(QNetworkAccessManager *nam, const ApiConfig &config, QObject *parent = nullptr);

    const ApiConfig &config() const { return m_config; }
    void setConfig(const ApiConfig &config) { m_config = config; }

    // Empty when the base URL may be used; otherwise why not (nothing will be sent).
    static QString checkBaseUrl(const QUrl &url);

    ApiCall *inquiry(const ApiRequest &request);
    ApiCall *pay(const ApiRequest &request);

private:
    ApiCall *send(Endpoint endpoint, const ApiRequest &request);

    QNetworkAccessManager *m_nam;
    ApiConfig m_config;
};

} // namespace Kasir
