#include "SandboxServer.h"

#include "AdminEndpoints.h"
#include "DepositLedger.h"
#include "FaultQueue.h"
#include "HttpConnection.h"
#include "LedgerFile.h"
#include "MerchantEndpoints.h"
#include "ReferenceGenerator.h"
#include "SandboxCatalog.h"
#include "SandboxLogging.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace PpobSandbox {

namespace {

const QByteArray kInquiryPath = QByteArrayLiteral("/api/v1/merchant/ppob/ewallet/inquiry");
const QByteArray kTransactionPath = QByteArrayLiteral("/api/v1/merchant/ppob/ewallet/transaction");

// Compares without an early exit, so the key cannot be guessed byte by byte from timing.
bool sameKey(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

class SandboxServer::Private
{
public:
    explicit Private(const SandboxOptions &o)
        : options(o)
        , ledger(o.startBalance)
        , merchant(catalog, ledger, faults, references)
        , admin(ledger, faults, o.startBalance)
    { }

    HttpReply handle(const HttpRequest &request);

    SandboxOptions options;
    SandboxCatalog catalog;
    DepositLedger ledger;
    FaultQueue faults;
    ReferenceGenerator references;
    MerchantEndpoints merchant;
    AdminEndpoints admin;
    QTcpServer *server = nullptr;
    QString catalogError;
    QString ledgerError;
};

HttpReply SandboxServer::Private::handle(const HttpRequest &request)
{
    HttpReply reply;
    if (request.path.startsWith(AdminEndpoints::prefix())) {
        reply = admin.handle(request);
    } else if (request.path == kInquiryPath || request.path == kTransactionPath) {
        if (request.method != "POST") {
            reply = HttpReply::error(405, QStringLiteral("Method not allowed"));
            reply.allow = "POST";
        } else if (!sameKey(request.header("x-api-key"), options.apiKey.toUtf8())) {
            reply = HttpReply::error(401, QStringLiteral("Invalid API key"));
        } else if (request.path == kInquiryPath) {
            reply = merchant.inquiry(request.body);
        } else {
            reply = merchant.transaction(request.body);
        }
    } else {
        reply = HttpReply::error(404, QStringLiteral("Not found"));
    }
    if (!options.ledgerPath.isEmpty() && request.method == "POST" && request.path != kInquiryPath) {
        QString error; // a transaction or an admin change: keep the file in step
        if (!LedgerFile::save(options.ledgerPath, ledger, &error))
            qCWarning(lcSandbox).noquote() << error;
    }
    if (reply.logOutcome.isEmpty())
        reply.logOutcome = QString::number(reply.status);
    QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + QString::fromUtf8(request.path)
        + QLatin1Char(' ') + (reply.logReqId.isEmpty() ? QStringLiteral("-") : reply.logReqId)
        + QLatin1Char(' ') + reply.logOutcome;
    if (reply.delayMs > 0)
        line += QStringLiteral(" delay=%1ms").arg(reply.delayMs);
    qCInfo(lcSandbox).noquote() << line;
    return reply;
}

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private(options))
{
    const QString path = options.catalogPath.isEmpty() ? SandboxCatalog::builtInPath() : options.catalogPath;
    if (!d->catalog.load(path, &d->catalogError))
        qCWarning(lcSandbox).noquote() << d->catalogError;
    if (!options.ledgerPath.isEmpty() && !LedgerFile::load(options.ledgerPath, &d->ledger, &d->ledgerError))
        qCWarning(lcSandbox).noquote() << d->ledgerError;
    d->server = new QTcpServer(this);
    connect(d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server->nextPendingConnection()) {
            new HttpConnection(
                socket, [this](const HttpRequest &request) { return d->handle(request); }, this);
        }
    });
}

SandboxServer::~SandboxServer()
{
    // Connections are children of this object and go before d.
    const auto children = findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    delete d;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!d->catalogError.isEmpty() || !d->ledgerError.isEmpty()) {
        if (error)
            *error = d->catalogError.isEmpty() ? d->ledgerError : d->catalogError;
        return false;
    }
    if (!d->server->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(d->server->errorString());
        return false;
    }
    return true;
}

quint16 SandboxServer::port() const
{
    return d->server->serverPort();
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->server->serverAddress().toString());
    url.setPort(d->server->serverPort());
    return url;
}

bool SandboxServer::addFault(const QString &spec, QString *error)
{
    const std::optional<Fault> fault = Fault::fromSpec(spec, error);
    if (!fault)
        return false;
    d->faults.enqueue(*fault);
    return true;
}

void SandboxServer::setFaultRate(double probability, quint64 seed)
{
    d->faults.setRandomRate(probability, seed);
    d->references.seed(seed);
}

} // namespace PpobSandbox
