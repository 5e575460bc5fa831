// libFuzzer target: one history row exported as CSV. Invariants: the row parses back into exactly
// the header's number of fields, money columns are integers, and no text field can start a
// spreadsheet formula (=, +, -, @, tab or carriage return first).

#include "FuzzSupport.h"
#include "history/SaleCsvWriter.h"

#include <QRegularExpression>

using namespace Kasir;

namespace {

// RFC 4180: fields separated by commas, a quoted field may hold commas, CR, LF and "" for ".
QStringList parseCsvRow(const QString &row, bool *ok)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    *ok = true;
    QString body = row;
    if (!body.endsWith(QLatin1String("\r\n"))) {
        *ok = false;
        return fields;
    }
    body.chop(2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < body.size() && body.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (wasQuoted || c == u'\r' || c == u'\n') {
            *ok = false; // text after a closing quote, or a bare line break
            return fields;
        } else {
            field += c;
        }
    }
    if (quoted)
        *ok = false;
    fields << field;
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KasirFuzz::ensureApplication();
    KasirFuzz::ByteReader in(data, size);

    SaleRecord r;
    const uint8_t flags = in.byte();
    r.status = SaleStatus(in.byte() % 5);
    r.receiptNo = in.text();
    r.terminalId = in.text(16);
    r.cashier = in.text(32);
    r.productId = in.text(16);
    r.custId = in.text(32);
    r.amount = Money::fromRupiah(in.integer());
    r.storeFee = Money::fromRupiah(in.integer());
    r.sellingPrice = Money::fromRupiah(in.integer());
    if (flags & 1)
        r.cashReceived = Money::fromRupiah(in.integer());
    if (flags & 2)
        r.change = Money::fromRupiah(in.integer());
    r.serialNo = in.text();
    r.refId = in.text();
    r.reqId = in.text();
    r.printedCount = int(in.byte());
    if (flags & 4)
        r.createdUtc = QDateTime::fromSecsSinceEpoch(1700000000 + (in.integer() % 400000000LL), Qt::UTC);

    const int headerFields = int(SaleCsvWriter::header().trimmed().split(QLatin1Char(',')).size());
    const QString row = SaleCsvWriter::row(r);
    bool ok = false;
    const QStringList fields = parseCsvRow(row, &ok);
    if (!ok)
        KasirFuzz::broken("a row that is not valid CSV", row);
    if (fields.size() != headerFields)
        KasirFuzz::broken("a row with another number of fields than the header", row);
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]*$"));
    for (const int money : { 6, 7, 8, 9, 10, 16 }) {
        if (!integer.match(fields.at(money)).hasMatch())
            KasirFuzz::broken("a money or count column that is not an integer", fields.at(money));
    }
    for (const QString &field : fields) {
        if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front())
            && !integer.match(field).hasMatch())
            KasirFuzz::broken("a field that a spreadsheet would read as a formula", field);
    }
    return 0;
}
