#include "api/MerchantApiClient.h"

#include "api/ApiResponseParser.h"
#include "api/HttpExchange.h"
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
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange->deleteLater();
    }
}

void ApiCall::startDeadline(int deadlineMs)
{
    m_deadlineMs = deadlineMs;
    m_deadline.start(deadlineMs);
}

void ApiCall::start(QNetworkReply *reply, int deadlineMs)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // QNetworkReply keeps the whole body in memory: stop reading past the limit.
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply && m_reply->bytesAvailable() > ApiLimits::MaxReplyBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    startDeadline(deadlineMs);
}

void ApiCall::start(HttpExchange *exchange, int deadlineMs)
{
    m_exchange = exchange;
    connect(exchange, &HttpExchange::finished, this, &ApiCall::onExchangeFinished);
    startDeadline(deadlineMs);
}

void ApiCall::onDeadline()
{
    if (m_done)
        return;
    // setTransferTimeout() restarts with every byte; this bounds the whole exchange.
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
    else if (m_exchange)
        m_exchange->abort();
}

void ApiCall::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // emits finished synchronously
    } else if (m_exchange) {
        m_exchange->abort(); // likewise
    } else {
        ApiResult result;
        result.endpoint = m_endpoint;
        result.outcome = Outcome::Pending;
        result.cancelled = true;
        result.error = tr("Cancelled.");
        finishWith(result);
    }
}

ApiResult ApiCall::withoutAnswer(const QString &detail, bool notSent) const
{
    ApiResult result;
    result.endpoint = m_endpoint;
    result.outcome = Outcome::Pending;
    result.notSent = notSent;
    const QString seconds = QString::number(m_deadlineMs / 1000.0);
    if (m_aborted) {
        result.cancelled = true;
        result.error = tr("Cancelled; the outcome is unknown.");
    } else if (m_tooLarge) {
        result.tooLarge = true;
        result.error
            = tr("The server's answer was larger than %1 KiB and was cut off; the outcome is unknown.")
                  .arg(ApiLimits::MaxReplyBytes / 1024);
    } else if (m_timedOut) {
        result.timedOut = true;
        result.error = notSent
            ? tr("No connection to the server within %1 s: nothing reached the server.").arg(seconds)
            : tr("No complete answer within %1 s; the outcome is unknown.").arg(seconds);
    } else if (notSent) {
        result.error = tr("Nothing reached the server (%1).").arg(detail);
    } else {
        result.error = tr("Connection problem (%1); the outcome is unknown.").arg(detail);
    }
    if (notSent && m_endpoint == Endpoint::Payment && !m_aborted)
        result.error += QLatin1Char(' ') + tr("The sale will be re-sent safely with the same req_id.");
    return result;
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

    if (httpStatus > 0 && !m_tooLarge && !m_timedOut && !m_aborted) {
        finishWith(ApiResponseParser::parse(m_endpoint, m_request, httpStatus, reply->readAll()));
        return;
    }
    if (error == QNetworkReply::OperationCanceledError && !m_aborted && !m_tooLarge)
        m_timedOut = true; // Qt 6.4 reports its transfer timeout as a cancel
    const bool notSent = httpStatus == 0
        && (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
            || error == QNetworkReply::SslHandshakeFailedError);
    ApiResult result = withoutAnswer(reply->errorString(), notSent);
    result.httpStatus = httpStatus;
    finishWith(result);
}

void ApiCall::onExchangeFinished()
{
    HttpExchange *exchange = m_exchange;
    if (!exchange || m_done)
        return;
    m_exchange = nullptr;
    exchange->deleteLater();

    if (exchange->failure() == HttpExchange::Failure::None) {
        finishWith(ApiResponseParser::parse(m_endpoint, m_request, exchange->httpStatus(), exchange->body()));
        return;
    }
    QString detail = exchange->errorString();
    switch (exchange->failure()) {
    case HttpExchange::Failure::TooLarge:
        m_tooLarge = true;
        break;
    case HttpExchange::Failure::NotHttp:
        detail = tr("the answer is not HTTP");
        break;
    default:
        break;
    }
    ApiResult result = withoutAnswer(detail, !exchange->requestWritten());
    result.httpStatus = exchange->httpStatus();
    finishWith(result);
}

void ApiCall::finishWith(const ApiResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
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
{ }

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

QSslConfiguration MerchantApiClient::tlsConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(m_config.extraCaCertificates);
    return ssl;
}

QString MerchantApiClient::checkApiKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return tr(
                "The API key contains a control character (such as a line break); check how it was set.");
    }
    return {};
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
    if (refusal.isEmpty())
        refusal = checkApiKey(m_config.apiKey);
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

    const QUrl url = endpointUrl(m_config.baseUrl, endpoint);
    const QByteArray body = requestBody(endpoint, request);
    qCDebug(lcApi).noquote() << "sending" << endpointName(endpoint) << "req_id" << request.reqId;
    if (endpoint == Endpoint::Payment) {
        auto *exchange = new HttpExchange(call);
        exchange->setSslConfiguration(tlsConfiguration());
        call->start(exchange, m_config.timeoutMs);
        const HttpExchange::Headers headers { { QByteArrayLiteral("Content-Type"),
                                                  QByteArrayLiteral("application/json") },
            { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") },
            { QByteArrayLiteral("X-API-Key"), m_config.apiKey.toUtf8() } };
        // Started from the event loop: a socket error raised inside connectToHost() must not
        // finish the call before the caller has connected to it.
        QTimer::singleShot(0, exchange,
            [exchange, url, headers, body] { exchange->post(url, headers, body, ApiLimits::MaxReplyBytes); });
        return call;
    }

    QNetworkRequest netRequest(url);
    netRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    netRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    netRequest.setRawHeader(QByteArrayLiteral("X-API-Key"), m_config.apiKey.toUtf8());
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    netRequest.setTransferTimeout(m_config.timeoutMs);
    if (!m_config.extraCaCertificates.isEmpty())
        netRequest.setSslConfiguration(tlsConfiguration());
    call->start(m_nam->post(netRequest, body), m_config.timeoutMs);
    return call;
}

} // namespace Kasir
