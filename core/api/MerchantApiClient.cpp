#include "api/MerchantApiClient.h"

#include "api/ApiResponseParser.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace Kasir {

namespace {

const char *const InquiryPath = "/api/v1/merchant/ppob/ewallet/inquiry";
const char *const PaymentPath = "/api/v1/merchant/ppob/ewallet/transaction";

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl endpointUrl(const QUrl &base, Endpoint endpoint)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    path += QLatin1String(endpoint == Endpoint::Inquiry ? InquiryPath : PaymentPath);
    url.setPath(path);
    return url;
}

QByteArray requestBody(Endpoint endpoint, const ApiRequest &request)
{
    QJsonObject body;
    body.insert(QStringLiteral("product_id"), request.productId);
    body.insert(QStringLiteral("cust_id"), request.custId);
    body.insert(QStringLiteral("amount"), request.amount.toApiString());
    if (endpoint == Endpoint::Payment || !request.reqId.isEmpty())
        body.insert(QStringLiteral("req_id"), request.reqId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

const char *endpointName(Endpoint endpoint)
{
    return endpoint == Endpoint::Inquiry ? "inquiry" : "payment";
}

} // namespace

ApiCall::ApiCall(Endpoint endpoint, const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_request(request)
{
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // emits finished synchronously
    } else {
        ApiResult result;
        result.endpoint = m_endpoint;
        result.outcome = Outcome::Pending;
        result.cancelled = true;
        result.error = tr("Cancelled.");
        finishWith(result);
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QNetworkReply::NetworkError error = reply->error();

    ApiResult result;
    if (httpStatus > 0) {
        result = ApiResponseParser::parse(m_endpoint, m_request, httpStatus, reply->readAll());
    } else {
        result.endpoint = m_endpoint;
        result.outcome = Outcome::Pending;
        if (error == QNetworkReply::OperationCanceledError && !m_aborted) {
            // Qt 6.4 reports a transfer timeout as a cancel: tell them apart ourselves.
            result.timedOut = true;
            result.error = tr("No answer within the time limit; the outcome is unknown.");
        } else if (m_aborted) {
            result.cancelled = true;
            result.error = tr("Cancelled; the outcome is unknown.");
        } else {
            result.error = tr("Connection problem (%1); the outcome is unknown.").arg(reply->errorString());
        }
    }
    finishWith(result);
}

void ApiCall::finishWith(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcApi).noquote() << endpointName(m_endpoint) << "req_id" << m_request.reqId << "product"
                            << m_request.productId << "->" << outcomeName(result.outcome) << "http"
                            << result.httpStatus << "rc" << result.rc << result.error;
    emit finished(result);
    deleteLater();
}

MerchantApiClient::MerchantApiClient(QNetworkAccessManager *nam, const ApiConfig &config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
{
}

QString MerchantApiClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http:// is only allowed for this computer (127.0.0.1); use https:// for %1.")
                .arg(url.host());
    }
    return tr("The API address must start with https://.");
}

ApiCall *MerchantApiClient::inquiry(const ApiRequest &request)
{
    return send(Endpoint::Inquiry, request);
}

ApiCall *MerchantApiClient::pay(const ApiRequest &request)
{
    return send(Endpoint::Payment, request);
}

ApiCall *MerchantApiClient::send(Endpoint endpoint, const ApiRequest &request)
{
    auto *call = new ApiCall(endpoint, request, this);

    QString refusal = checkBaseUrl(m_config.baseUrl);
    if (refusal.isEmpty() && m_config.apiKey.isEmpty())
        refusal = tr("No API key is configured.");
    if (refusal.isEmpty() && endpoint == Endpoint::Payment && request.reqId.isEmpty())
        refusal = tr("A payment needs a req_id.");
    if (!refusal.isEmpty()) {
        // Nothing is sent. Report after the caller has connected.
        ApiResult result;
        result.endpoint = endpoint;
        result.outcome = Outcome::Rejected;
        result.error = refusal;
        QTimer::singleShot(0, call, [call, result] { call->finishWith(result); });
        return call;
    }

    QNetworkRequest netRequest(endpointUrl(m_config.baseUrl, endpoint));
    netRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    netRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    netRequest.setRawHeader(QByteArrayLiteral("X-API-Key"), m_config.apiKey.toUtf8());
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    netRequest.setTransferTimeout(m_config.timeoutMs);
    if (!m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_config.extraCaCertificates);
        netRequest.setSslConfiguration(ssl);
    }

    qCDebug(lcApi).noquote() << "sending" << endpointName(endpoint) << "req_id" << request.reqId;
    call->start(m_nam->post(netRequest, requestBody(endpoint, request)));
    return call;
}

} // namespace Kasir
