#pragma once

#include "api/ApiResult.h"
#include "store/SaleRecord.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

namespace Kasir {

// Everything the command-line tool prints: one JSON object with --json, readable lines otherwise.
class CliPrinter
{
public:
    explicit CliPrinter(bool json);

    bool json() const { return m_json; }

    // The answer to an inquiry (no journal row).
    void printInquiry(const ApiRequest &request, const ApiResult &result);
    // A payment attempt: the API's answer and the journal row it was written to.
    void printPayment(const SaleRecord &record, const ApiResult &result);
    // An answer that arrived but could not be written to the journal (record: the row as it is
    // there, still unresolved).
    void printUnsaved(const SaleRecord &record, const ApiResult &result, const QString &journalError);
    void printRecord(const SaleRecord &record);
    void printRecords(const QList<SaleRecord> &records, const QString &emptyText);
    void printRecovery(const QList<SaleRecord> &stillUnresolved, int checked);

    // Human lines go to stdout; errors to stderr. With --json an error is also a JSON object.
    void info(const QString &text);
    void error(const QString &text, int exitCode);

    static QJsonObject resultJson(const ApiRequest &request, const ApiResult &result);
    static QJsonObject recordJson(const SaleRecord &record);

private:
    void emitJson(const QJsonObject &object);

    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Kasir
