#include "CliPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace Kasir {

namespace {

QString moneyText(const std::optional<Money> &money)
{
    return money ? money->toApiString() : QString();
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString field(const QString &received, const QString &sent)
{
    return received.isEmpty() ? sent : received;
}

} // namespace

CliPrinter::CliPrinter(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

QJsonObject CliPrinter::resultJson(const ApiRequest &request, const ApiResult &result)
{
    // Money and ids exactly as the API sent them; what it did not send comes from our request.
    QJsonObject o;
    o.insert(QStringLiteral("status"), outcomeName(result.outcome));
    o.insert(QStringLiteral("req_id"), field(result.reqId, request.reqId));
    o.insert(QStringLiteral("ref_id"), result.refId);
    o.insert(QStringLiteral("product_id"), field(result.productId, request.productId));
    o.insert(QStringLiteral("cust_id"), field(result.custId, request.custId));
    o.insert(QStringLiteral("amount"), field(result.amount, request.amount.toApiString()));
    o.insert(QStringLiteral("unit_price"), result.unitPrice);
    o.insert(QStringLiteral("balance_used"), result.balanceUsed);
    o.insert(QStringLiteral("balance"), result.balance);
    o.insert(QStringLiteral("serial_no"), result.serialNo);
    o.insert(QStringLiteral("rc"), result.rc);
    o.insert(QStringLiteral("description"), result.description);
    o.insert(QStringLiteral("message"), result.message);
    if (!result.error.isEmpty())
        o.insert(QStringLiteral("error"), result.error);
    if (result.httpStatus > 0)
        o.insert(QStringLiteral("http_status"), result.httpStatus);
    if (result.notSent)
        o.insert(QStringLiteral("not_sent"), true); // nothing reached the server
    return o;
}

QJsonObject CliPrinter::recordJson(const SaleRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("receipt_no"), r.receiptNo);
    o.insert(QStringLiteral("status"), saleStatusName(r.status));
    o.insert(QStringLiteral("req_id"), r.reqId);
    o.insert(QStringLiteral("ref_id"), r.refId);
    o.insert(QStringLiteral("product_id"), r.productId);
    o.insert(QStringLiteral("cust_id"), r.custId);
    o.insert(QStringLiteral("amount"), r.amount.toApiString());
    o.insert(QStringLiteral("inquiry_unit_price"), moneyText(r.inquiryUnitPrice));
    o.insert(QStringLiteral("unit_price"), moneyText(r.unitPrice));
    o.insert(QStringLiteral("selling_price"), r.sellingPrice.toApiString());
    o.insert(QStringLiteral("store_fee"), r.storeFee.toApiString());
    o.insert(QStringLiteral("cash_received"), moneyText(r.cashReceived));
    o.insert(QStringLiteral("change"), moneyText(r.change));
    o.insert(QStringLiteral("customer_owes"), moneyText(r.customerOwes()));
    o.insert(QStringLiteral("balance_used"), moneyText(r.balanceUsed));
    o.insert(QStringLiteral("balance"), moneyText(r.balanceAfter));
    o.insert(QStringLiteral("serial_no"), r.serialNo);
    o.insert(QStringLiteral("rc"), r.rc);
    o.insert(QStringLiteral("description"), r.description);
    o.insert(QStringLiteral("message"), r.message);
    o.insert(QStringLiteral("cashier"), r.cashier);
    o.insert(QStringLiteral("created"), localTime(r.createdUtc));
    o.insert(QStringLiteral("completed"), localTime(r.completedUtc));
    o.insert(QStringLiteral("attempts"), r.attempts);
    o.insert(QStringLiteral("last_error"), r.lastError);
    o.insert(QStringLiteral("flagged"), r.flagged);
    if (r.flagged)
        o.insert(QStringLiteral("flag_reason"), r.flagReason);
    o.insert(QStringLiteral("printed"), r.printedCount);
    return o;
}

void CliPrinter::emitJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void CliPrinter::printInquiry(const ApiRequest &request, const ApiResult &result)
{
    if (m_json) {
        emitJson(resultJson(request, result));
        return;
    }
    m_out << "Inquiry " << request.productId << ' ' << request.custId << ' ' << request.amount.format()
          << ": " << outcomeName(result.outcome) << Qt::endl;
    if (result.outcome == Outcome::Success) {
        const auto price = Money::fromApiString(result.unitPrice);
        m_out << "  Cost price: " << (price ? price->format() : result.unitPrice) << Qt::endl;
        if (const auto balance = Money::fromApiString(result.balance))
            m_out << "  Deposit:        " << balance->format() << Qt::endl;
    } else {
        m_out << "  Reason: " << result.reason() << Qt::endl;
    }
}

void CliPrinter::printPayment(const SaleRecord &record, const ApiResult &result)
{
    if (m_json) {
        ApiRequest request { record.productId, record.custId, record.amount, record.reqId };
        QJsonObject o = resultJson(request, result);
        o.insert(QStringLiteral("status"), saleStatusName(record.status));
        o.insert(QStringLiteral("receipt_no"), record.receiptNo);
        o.insert(QStringLiteral("cash_received"), moneyText(record.cashReceived));
        o.insert(QStringLiteral("change"), moneyText(record.change));
        o.insert(QStringLiteral("customer_owes"), moneyText(record.customerOwes()));
        if (record.flagged)
            o.insert(QStringLiteral("flag_reason"), record.flagReason);
        emitJson(o);
        return;
    }
    m_out << "Receipt " << record.receiptNo << "  req_id " << record.reqId << Qt::endl;
    m_out << "  " << record.productId << ' ' << record.custId << ' ' << record.amount.format() << ": "
          << saleStatusName(record.status) << Qt::endl;
    switch (record.status) {
    case SaleStatus::Success:
        m_out << "  SN: " << record.serialNo << "   ref_id: " << record.refId << Qt::endl;
        m_out << "  Collect from customer: " << record.sellingPrice.format() << Qt::endl;
        if (record.cashReceived)
            m_out << "  Cash received: " << record.cashReceived->format()
                  << "   change: " << record.change.value_or(Money()).format() << Qt::endl;
        if (const auto owes = record.customerOwes())
            m_out << "  Customer still owes " << owes->format() << Qt::endl;
        break;
    case SaleStatus::Failed:
        m_out << "  Failed: " << result.reason() << Qt::endl << "  Nothing was charged." << Qt::endl;
        break;
    case SaleStatus::Rejected:
        m_out << "  Refused before processing: " << result.reason() << Qt::endl
              << "  Nothing was charged." << Qt::endl;
        break;
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        if (result.notSent && record.attempts <= 1) {
            // Only a first send that never left is known to have charged nothing.
            m_out << "  Not sent: " << result.reason() << Qt::endl
                  << "  Nothing reached the server, so nothing was charged. The sale is kept and will be"
                     " re-sent safely with the same req_id: run 'recover' (no new sale is needed)."
                  << Qt::endl;
        } else {
            m_out << "  Outcome unknown: " << result.reason() << Qt::endl
                  << "  Do NOT repeat this sale. It is kept and re-checked with the same req_id"
                     " (run 'recover')."
                  << Qt::endl;
        }
        if (record.flagged)
            m_out << "  Flagged for the manager: " << record.flagReason << Qt::endl;
        break;
    }
}

void CliPrinter::printUnsaved(const SaleRecord &record, const ApiResult &result, const QString &journalError)
{
    const QString notSaved
        = QStringLiteral("The answer could NOT be saved in the receipt journal (%1). The sale "
                         "stays %2 there; run 'recover' to finish it with the same req_id "
                         "(nothing is charged twice). Do NOT repeat this sale.")
              .arg(journalError, saleStatusName(record.status));
    if (m_json) {
        ApiRequest request { record.productId, record.custId, record.amount, record.reqId };
        QJsonObject o = resultJson(request, result);
        o.insert(QStringLiteral("answer"), outcomeName(result.outcome));
        o.insert(QStringLiteral("status"), saleStatusName(record.status));
        o.insert(QStringLiteral("receipt_no"), record.receiptNo);
        o.insert(QStringLiteral("saved"), false);
        o.insert(QStringLiteral("error"), notSaved);
        emitJson(o);
        return;
    }
    m_out << "Receipt " << record.receiptNo << "  req_id " << record.reqId << Qt::endl;
    m_out << "  " << record.productId << ' ' << record.custId << ' ' << record.amount.format()
          << ": the server answered " << outcomeName(result.outcome) << Qt::endl;
    if (!result.serialNo.isEmpty() || !result.refId.isEmpty())
        m_out << "  SN: " << result.serialNo << "   ref_id: " << result.refId << Qt::endl;
    m_out << "  Server said: " << result.reason() << Qt::endl;
    m_err << notSaved << Qt::endl;
}

void CliPrinter::printRecord(const SaleRecord &r)
{
    if (m_json) {
        emitJson(recordJson(r));
        return;
    }
    m_out << "Receipt:       " << r.receiptNo << Qt::endl
          << "Status:        " << saleStatusName(r.status) << Qt::endl
          << "Wallet:        " << r.productId << Qt::endl
          << "Number:        " << r.custId << Qt::endl
          << "Nominal:       " << r.amount.format() << Qt::endl
          << "Customer paid: " << r.sellingPrice.format() << Qt::endl
          << "SN:            " << r.serialNo << Qt::endl
          << "ref_id:        " << r.refId << Qt::endl
          << "req_id:        " << r.reqId << Qt::endl
          << "Created:       " << localTime(r.createdUtc) << Qt::endl
          << "Attempts:      " << r.attempts << Qt::endl;
    if (!r.description.isEmpty() || !r.message.isEmpty())
        m_out << "Server said:   " << r.description << ' ' << r.message << Qt::endl;
    if (!r.lastError.isEmpty())
        m_out << "Last error:    " << r.lastError << Qt::endl;
    if (const auto owes = r.customerOwes())
        m_out << "Still owed:    " << owes->format() << " (customer still owes)" << Qt::endl;
    if (r.flagged)
        m_out << "FLAGGED:       " << r.flagReason << Qt::endl;
}

void CliPrinter::printRecords(const QList<SaleRecord> &records, const QString &emptyText)
{
    if (m_json) {
        QJsonArray rows;
        for (const SaleRecord &r : records)
            rows.append(recordJson(r));
        emitJson(QJsonObject { { QStringLiteral("count"), rows.size() }, { QStringLiteral("sales"), rows } });
        return;
    }
    if (records.isEmpty()) {
        m_out << emptyText << Qt::endl;
        return;
    }
    for (const SaleRecord &r : records) {
        m_out << localTime(r.createdUtc) << "  " << r.receiptNo.leftJustified(18) << ' '
              << saleStatusName(r.status).leftJustified(9) << ' ' << r.productId.leftJustified(10) << ' '
              << r.custId.leftJustified(14) << ' ' << r.amount.format().rightJustified(14) << "  SN "
              << r.serialNo << Qt::endl;
    }
    m_out << records.size() << " sale(s)" << Qt::endl;
}

void CliPrinter::printRecovery(const QList<SaleRecord> &stillUnresolved, int checked)
{
    if (m_json) {
        QJsonArray rows;
        for (const SaleRecord &r : stillUnresolved)
            rows.append(recordJson(r));
        emitJson(QJsonObject { { QStringLiteral("checked"), checked },
            { QStringLiteral("unresolved"), rows.size() }, { QStringLiteral("sales"), rows } });
        return;
    }
    m_out << "Re-checked " << checked << " sale(s); " << stillUnresolved.size() << " still unknown."
          << Qt::endl;
    for (const SaleRecord &r : stillUnresolved)
        m_out << "  " << r.receiptNo << ' ' << r.reqId << ' ' << r.lastError << Qt::endl;
}

void CliPrinter::info(const QString &text)
{
    if (!m_json)
        m_out << text << Qt::endl;
}

void CliPrinter::error(const QString &text, int exitCode)
{
    if (m_json)
        emitJson(
            QJsonObject { { QStringLiteral("error"), text }, { QStringLiteral("exit_code"), exitCode } });
    m_err << "kasir-ewallet-cli: " << text << Qt::endl;
}

} // namespace Kasir
