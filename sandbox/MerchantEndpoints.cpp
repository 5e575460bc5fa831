#include "MerchantEndpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace PpobSandbox {

namespace {

const QString kStatusSuccess = QStringLiteral("SUCCESS");
const QString kStatusFailed = QStringLiteral("FAILED");
const QString kStatusPending = QStringLiteral("PENDING");

QByteArray html502Page()
{
    return QByteArrayLiteral("<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title></head>\n"
                             "<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
                             "<hr><center>nginx</center>\n</body>\n</html>\n");
}

QString outcomeOf(const HttpReply &reply)
{
    if (reply.action == HttpReply::Action::Drop)
        return QStringLiteral("dropped");
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    if (!data.isEmpty())
        return QStringLiteral("%1 %2 rc=%3")
            .arg(reply.status)
            .arg(
                data.value(QStringLiteral("status")).toString(), data.value(QStringLiteral("rc")).toString());
    return QStringLiteral("%1 %2").arg(reply.status).arg(o.value(QStringLiteral("message")).toString());
}

} // namespace

QString MerchantEndpoints::Fields::fingerprint() const
{
    return productId + QLatin1Char('\n') + custId + QLatin1Char('\n') + amountText;
}

MerchantEndpoints::MerchantEndpoints(
    const SandboxCatalog &catalog, DepositLedger &ledger, FaultQueue &faults, ReferenceGenerator &references)
    : m_catalog(catalog)
    , m_ledger(ledger)
    , m_faults(faults)
    , m_references(references)
{ }

std::optional<MerchantEndpoints::Fields> MerchantEndpoints::parse(
    const QByteArray &body, bool reqIdRequired, HttpReply *error) const
{
    auto fail = [error](const QString &message) -> std::optional<Fields> {
        *error = HttpReply::error(400, message);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("body must be a JSON object"));
    const QJsonObject o = doc.object();

    Fields f;
    // Every field is a string; names reported exactly as the API spells them.
    auto readString = [&o](const QString &name, bool required, QString *out) -> QString {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return required ? QStringLiteral("%1 is required").arg(name) : QString();
        if (!v.isString())
            return QStringLiteral("%1 must be a string").arg(name);
        *out = v.toString();
        if (required && out->isEmpty())
            return QStringLiteral("%1 is required").arg(name);
        return {};
    };
    QString problem = readString(QStringLiteral("req_id"), reqIdRequired, &f.reqId);
    if (problem.isEmpty())
        problem = readString(QStringLiteral("product_id"), true, &f.productId);
    if (problem.isEmpty())
        problem = readString(QStringLiteral("cust_id"), true, &f.custId);
    if (problem.isEmpty())
        problem = readString(QStringLiteral("amount"), true, &f.amountText);
    if (!problem.isEmpty())
        return fail(problem);

    if (f.reqId.size() > 64)
        return fail(QStringLiteral("req_id must be at most 64 characters"));
    f.product = m_catalog.find(f.productId);
    if (!f.product)
        return fail(QStringLiteral("product_id %1 is not in the catalogue").arg(f.productId));

    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(f.amountText).hasMatch())
        return fail(QStringLiteral("amount must be digits only"));
    if (f.amountText.startsWith(QLatin1Char('0')))
        return fail(QStringLiteral("amount must not start with 0"));
    if (f.amountText.size() > 15)
        return fail(
            QStringLiteral("amount must be at most %1 for %2").arg(f.product->maxAmount).arg(f.productId));
    f.amount = f.amountText.toLongLong();
    if (f.amount < f.product->minAmount)
        return fail(QStringLiteral("amount must be at least %1").arg(f.product->minAmount));
    if (f.amount > f.product->maxAmount)
        return fail(
            QStringLiteral("amount must be at most %1 for %2").arg(f.product->maxAmount).arg(f.productId));

    static const QRegularExpression phone(QStringLiteral("^08[0-9]{8,11}$"));
    static const QRegularExpression account(QStringLiteral("^[0-9A-Za-z._-]{3,64}$"));
    if (f.product->customer == SandboxProduct::Customer::Phone) {
        if (!phone.match(f.custId).hasMatch())
            return fail(QStringLiteral("cust_id must be a mobile number: 08 followed by 8 to 11 digits"));
    } else if (!account.match(f.custId).hasMatch()) {
        return fail(QStringLiteral("cust_id must be 3 to 64 letters, digits, '.', '_' or '-'"));
    }
    return f;
}

bool MerchantEndpoints::notRegistered(const Fields &f)
{
    // Training: numbers ending in 0000 are "not registered" with the wallet.
    return f.custId.endsWith(QLatin1String("0000"));
}

QJsonObject MerchantEndpoints::dataObject(const Fields &f, const QString &refId, const QString &status,
    const QString &rc, const QString &description, const QString &message, qint64 balanceUsed, qint64 balance,
    const QString &serialNo) const
{
    return QJsonObject {
        { QStringLiteral("req_id"), f.reqId },
        { QStringLiteral("ref_id"), refId },
        { QStringLiteral("product_id"), f.productId },
        { QStringLiteral("cust_id"), f.custId },
        { QStringLiteral("status"), status },
        { QStringLiteral("rc"), rc },
        { QStringLiteral("description"), description },
        { QStringLiteral("message"), message },
        { QStringLiteral("amount"), f.amountText },
        { QStringLiteral("unit_price"), QString::number(f.unitPrice()) },
        { QStringLiteral("balance_used"), QString::number(balanceUsed) },
        { QStringLiteral("balance"), QString::number(balance) },
        { QStringLiteral("serial_no"), serialNo },
        { QStringLiteral("data"), QJsonObject() },
    };
}

QJsonObject MerchantEndpoints::envelope(const QString &message, const QString &rc, const QJsonObject &data)
{
    return QJsonObject { { QStringLiteral("success"), true }, { QStringLiteral("message"), message },
        { QStringLiteral("rc"), rc }, { QStringLiteral("data"), data } };
}

std::optional<HttpReply> MerchantEndpoints::beforeFaultReply(const std::optional<Fault> &fault)
{
    if (!fault)
        return std::nullopt;
    switch (fault->kind) {
    case Fault::Kind::DropBefore:
        return HttpReply::drop();
    case Fault::Kind::Error500Before:
        return HttpReply::error(500, QStringLiteral("Internal server error"));
    case Fault::Kind::Html502: {
        HttpReply r;
        r.status = 502;
        r.contentType = "text/html";
        r.body = html502Page();
        return r;
    }
    default:
        return std::nullopt;
    }
}

HttpReply MerchantEndpoints::applyAfterFault(HttpReply reply, const std::optional<Fault> &fault)
{
    if (!fault)
        return reply;
    switch (fault->kind) {
    case Fault::Kind::Delay:
        reply.delayMs = fault->delayMs;
        return reply;
    case Fault::Kind::DropAfter:
        return HttpReply::drop();
    case Fault::Kind::Error500After:
        return HttpReply::error(500, QStringLiteral("Internal server error"));
    case Fault::Kind::MalformedJson: {
        HttpReply r = reply;
        r.status = 200;
        r.contentType = "application/json";
        r.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        return r;
    }
    default:
        return reply;
    }
}

HttpReply MerchantEndpoints::inquiry(const QByteArray &body)
{
    HttpReply error;
    const std::optional<Fields> parsed = parse(body, false, &error);
    if (!parsed) {
        error.logOutcome = outcomeOf(error);
        return error;
    }
    const Fields &f = *parsed;
    const std::optional<Fault> fault = m_faults.take(Fault::Endpoint::Inquiry);
    const QString faultNote = fault ? QStringLiteral(" fault=") + Fault::kindName(fault->kind) : QString();

    HttpReply reply;
    if (const auto before = beforeFaultReply(fault)) {
        reply = *before;
    } else {
        const QString refId = m_references.nextRefId();
        QJsonObject answer;
        if (notRegistered(f)) {
            answer = envelope(QStringLiteral("E-wallet inquiry failed"), QStringLiteral("014"),
                dataObject(f, refId, kStatusFailed, QStringLiteral("014"),
                    QStringLiteral("Nomor Tidak Terdaftar"),
                    QStringLiteral("Nomor %1 tidak terdaftar di %2").arg(f.custId, f.product->operatorName),
                    0, m_ledger.balance(), QString()));
        } else if (fault && fault->kind == Fault::Kind::Pending) {
            answer = envelope(QStringLiteral("E-wallet inquiry is being processed"), QStringLiteral("068"),
                dataObject(f, refId, kStatusPending, QStringLiteral("068"),
                    QStringLiteral("Transaksi Sedang Diproses"),
                    QStringLiteral("INQUIRY %1 %2 KE %3 SEDANG DIPROSES")
                        .arg(f.product->operatorName, f.amountText, f.custId),
                    0, m_ledger.balance(), QString()));
        } else {
            answer
                = envelope(QStringLiteral("E-wallet inquiry completed successfully"), QStringLiteral("000"),
                    dataObject(f, refId, kStatusSuccess, QStringLiteral("000"),
                        QStringLiteral("Transaksi Sukses"),
                        QStringLiteral("INQUIRY %1 %2 KE %3 SUKSES")
                            .arg(f.product->operatorName, f.amountText, f.custId),
                        0, m_ledger.balance(), QString()));
        }
        reply = applyAfterFault(HttpReply::json(200, answer), fault);
    }
    reply.logReqId = f.reqId;
    reply.logOutcome = outcomeOf(reply) + faultNote;
    return reply;
}

HttpReply MerchantEndpoints::transaction(const QByteArray &body)
{
    HttpReply error;
    const std::optional<Fields> parsed = parse(body, true, &error);
    if (!parsed) {
        error.logOutcome = outcomeOf(error);
        return error;
    }
    const Fields &f = *parsed;

    if (LedgerEntry *existing = m_ledger.find(f.reqId);
        existing && existing->fingerprint != f.fingerprint()) {
        existing->received += 1;
        HttpReply conflict = HttpReply::error(
            409, QStringLiteral("req_id %1 was already used with a different request body").arg(f.reqId));
        conflict.logReqId = f.reqId;
        conflict.logOutcome = QStringLiteral("409 req_id reused with a different body");
        return conflict;
    }

    const std::optional<Fault> fault = m_faults.take(Fault::Endpoint::Transaction);
    LedgerEntry &entry = m_ledger.entry(f.reqId);
    if (entry.received == 0) {
        entry.fingerprint = f.fingerprint();
        entry.amount = f.amount;
        entry.unitPrice = f.unitPrice();
    }
    entry.received += 1;

    HttpReply reply;
    if (const auto before = beforeFaultReply(fault))
        reply = *before;
    else
        reply = applyAfterFault(processTransaction(f, entry, fault), fault);

    reply.logReqId = f.reqId;
    reply.logOutcome = outcomeOf(reply)
        + (fault ? QStringLiteral(" fault=") + Fault::kindName(fault->kind) : QString())
        + QStringLiteral(" received=%1 charged=%2").arg(entry.received).arg(entry.charged);
    return reply;
}

HttpReply MerchantEndpoints::processTransaction(
    const Fields &f, LedgerEntry &entry, const std::optional<Fault> &fault)
{
    auto store = [&entry](const HttpReply &reply, const QString &status) {
        entry.hasStoredReply = true;
        entry.storedStatus = reply.status;
        entry.storedBody = reply.body;
        entry.status = status;
        entry.pendingActive = false;
        return reply;
    };
    auto successReply = [this, &f, &entry]() {
        return HttpReply::json(200,
            envelope(QStringLiteral("E-wallet payment created successfully"), QStringLiteral("000"),
                dataObject(f, entry.refId, kStatusSuccess, QStringLiteral("000"),
                    QStringLiteral("Transaksi Sukses"),
                    QStringLiteral("TOPUP %1 %2 KE %3 SUKSES")
                        .arg(f.product->operatorName, f.amountText, f.custId),
                    f.unitPrice(), entry.balanceAfterCharge, entry.serialNo)));
    };

    // A req_id already answered: replay exactly, never charge again.
    if (entry.hasStoredReply) {
        HttpReply r;
        r.status = entry.storedStatus;
        r.body = entry.storedBody;
        return r;
    }

    if (entry.pendingActive) {
        if (entry.pendingChecksLeft > 0) {
            entry.pendingChecksLeft -= 1;
        } else if (entry.pendingThenSuccess) {
            entry.serialNo = m_references.nextSerialNo(f.product->serialPrefix);
            return store(successReply(), kStatusSuccess);
        } else {
            return store(HttpReply::json(200,
                             envelope(QStringLiteral("Transaction failed"), QStringLiteral("006"),
                                 dataObject(f, entry.refId, kStatusFailed, QStringLiteral("006"),
                                     QStringLiteral("Transaksi Gagal"),
                                     QStringLiteral("TOPUP %1 %2 KE %3 GAGAL")
                                         .arg(f.product->operatorName, f.amountText, f.custId),
                                     0, m_ledger.balance(), QString()))),
                kStatusFailed);
        }
        const bool charged = entry.pendingThenSuccess;
        return HttpReply::json(200,
            envelope(QStringLiteral("E-wallet payment is being processed"), QStringLiteral("068"),
                dataObject(f, entry.refId, kStatusPending, QStringLiteral("068"),
                    QStringLiteral("Transaksi Sedang Diproses"),
                    QStringLiteral("TOPUP %1 %2 KE %3 SEDANG DIPROSES")
                        .arg(f.product->operatorName, f.amountText, f.custId),
                    charged ? f.unitPrice() : 0, charged ? entry.balanceAfterCharge : m_ledger.balance(),
                    QString())));
    }

    // First processing of this req_id.
    entry.refId = m_references.nextRefId();
    if (notRegistered(f)) {
        return store(HttpReply::json(200,
                         envelope(QStringLiteral("Transaction failed"), QStringLiteral("014"),
                             dataObject(f, entry.refId, kStatusFailed, QStringLiteral("014"),
                                 QStringLiteral("Nomor Tidak Terdaftar"),
                                 QStringLiteral("Nomor %1 tidak terdaftar di %2")
                                     .arg(f.custId, f.product->operatorName),
                                 0, m_ledger.balance(), QString()))),
            kStatusFailed);
    }
    if (f.unitPrice() > m_ledger.balance()) {
        // Exactly the documented "Saldo Tidak Cukup" body.
        const QJsonObject data {
            { QStringLiteral("req_id"), f.reqId },
            { QStringLiteral("status"), kStatusFailed },
            { QStringLiteral("rc"), QStringLiteral("008") },
            { QStringLiteral("description"), QStringLiteral("Insufficient Balance") },
            { QStringLiteral("message"), QStringLiteral("Saldo deposit tidak mencukupi") },
            { QStringLiteral("balance"), QString::number(m_ledger.balance()) },
            { QStringLiteral("data"), QJsonObject() },
        };
        return store(
            HttpReply::json(200, envelope(QStringLiteral("Transaction failed"), QStringLiteral("008"), data)),
            kStatusFailed);
    }

    if (fault && fault->kind == Fault::Kind::Pending) {
        entry.pendingActive = true;
        entry.pendingChecksLeft = fault->checks;
        entry.pendingThenSuccess = fault->thenSuccess;
        entry.status = kStatusPending;
        if (fault->thenSuccess)
            m_ledger.charge(entry, f.unitPrice()); // charged at first receipt
        return processTransaction(f, entry, std::nullopt); // the first PENDING answer
    }

    m_ledger.charge(entry, f.unitPrice());
    entry.serialNo = m_references.nextSerialNo(f.product->serialPrefix);
    return store(successReply(), kStatusSuccess);
}

} // namespace PpobSandbox
