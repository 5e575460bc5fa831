#include "AdminEndpoints.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace PpobSandbox {

namespace {

HttpReply methodNotAllowed(const QByteArray &allow)
{
    HttpReply r = HttpReply::error(405, QStringLiteral("Method not allowed"));
    r.allow = allow;
    return r;
}

} // namespace

AdminEndpoints::AdminEndpoints(DepositLedger &ledger, FaultQueue &faults, qint64 defaultStartBalance)
    : m_ledger(ledger)
    , m_faults(faults)
    , m_defaultStartBalance(defaultStartBalance)
{ }

HttpReply AdminEndpoints::handle(const HttpRequest &request)
{
    const QByteArray name = request.path.mid(prefix().size());
    HttpReply reply;
    if (name == "ledger") {
        reply = request.method == "GET" ? ledger() : methodNotAllowed("GET");
    } else if (name == "reset") {
        reply = request.method == "POST" ? reset(request.body) : methodNotAllowed("POST");
    } else if (name == "deposit") {
        reply = request.method == "POST" ? adjustDeposit(request.body) : methodNotAllowed("POST");
    } else if (name == "faults") {
        if (request.method == "POST") {
            reply = addFault(request.body);
        } else if (request.method == "DELETE") {
            m_faults.clear();
            reply = faults();
        } else if (request.method == "GET") {
            reply = faults();
        } else {
            reply = methodNotAllowed("GET, POST, DELETE");
        }
    } else {
        reply = HttpReply::error(404, QStringLiteral("Not found"));
    }
    reply.logOutcome = QString::number(reply.status);
    return reply;
}

HttpReply AdminEndpoints::ledger() const
{
    QJsonObject o = m_ledger.toJson();
    o.insert(QStringLiteral("faults_queued"), m_faults.unitsQueued());
    return HttpReply::json(200, o);
}

HttpReply AdminEndpoints::reset(const QByteArray &body)
{
    qint64 balance = m_defaultStartBalance;
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return HttpReply::error(400, QStringLiteral("body must be a JSON object"));
        const QJsonValue v = doc.object().value(QStringLiteral("balance"));
        if (!v.isUndefined()) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
            if (v.isString() && digits.match(v.toString()).hasMatch())
                balance = v.toString().toLongLong();
            else if (v.isDouble() && v.toDouble() >= 0 && double(v.toInteger(-1)) == v.toDouble())
                balance = v.toInteger();
            else
                return HttpReply::error(400, QStringLiteral("balance must be digits only"));
        }
    }
    m_ledger.reset(balance);
    m_faults.clear();
    return ledger();
}

HttpReply AdminEndpoints::adjustDeposit(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    static const QRegularExpression signedDigits(QStringLiteral("^-?[0-9]{1,15}$"));
    const QJsonValue v = doc.object().value(QStringLiteral("delta"));
    if (!doc.isObject() || !v.isString() || !signedDigits.match(v.toString()).hasMatch())
        return HttpReply::error(
            400, QStringLiteral("body must be {\"delta\": \"25000\"} (digits, optional -)"));
    if (!m_ledger.adjust(v.toString().toLongLong()))
        return HttpReply::error(409, QStringLiteral("the deposit cannot go below zero"));
    return ledger();
}

HttpReply AdminEndpoints::addFault(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return HttpReply::error(400, QStringLiteral("body must be a JSON object"));
    QString error;
    const std::optional<Fault> fault = Fault::fromJson(doc.object(), &error);
    if (!fault)
        return HttpReply::error(400, error);
    m_faults.enqueue(*fault);
    return faults();
}

HttpReply AdminEndpoints::faults() const
{
    return HttpReply::json(200,
        QJsonObject { { QStringLiteral("success"), true },
            { QStringLiteral("faults_queued"), m_faults.unitsQueued() },
            { QStringLiteral("faults"), m_faults.toJson() } });
}

} // namespace PpobSandbox
