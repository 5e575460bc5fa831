// libFuzzer target: a receipt laid out from any journal row (texts as a damaged journal or a
// lying server could leave them). Invariants: every line fits the paper and is printable ASCII;
// a sale that is not SUCCESS never says BERHASIL; a copy is marked at its top (under the store's
// header) and its bottom; the SN
// of a SUCCESS is on the receipt in full.

#include "FuzzSupport.h"
#include "receipt/ReceiptLayout.h"

using namespace Kasir;

namespace {

// Made once: a default ReceiptOptions asks for the system time zone, which reads three files
// (/etc/timezone, /etc/localtime, /etc/TZ) every time. Each input starts from a copy.
const ReceiptOptions &defaultOptions()
{
    static const ReceiptOptions options;
    return options;
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
    r.reqId = in.text();
    r.productId = in.text(16);
    r.custId = in.text(32);
    r.amount = Money::fromRupiah(in.integer() % 100000000000LL);
    if (flags & 1)
        r.unitPrice = Money::fromRupiah(in.integer() % 100000000000LL);
    r.storeFee = Money::fromRupiah(in.integer() % 1000000000LL);
    r.sellingPrice = Money::fromRupiah(in.integer() % 100000000000LL);
    if (flags & 2)
        r.cashReceived = Money::fromRupiah(in.integer() % 100000000000LL);
    if (flags & 4)
        r.change = Money::fromRupiah(in.integer() % 100000000000LL);
    r.rc = in.text(8);
    r.description = in.text();
    r.message = in.text();
    r.refId = in.text();
    r.serialNo = in.text();
    r.cashier = in.text(32);
    r.createdUtc = QDateTime::fromSecsSinceEpoch(1700000000 + (in.integer() % 400000000LL), Qt::UTC);
    r.flagged = flags & 8;

    ReceiptOptions options = defaultOptions();
    options.columns = (flags & 16) ? ReceiptOptions::WideColumns : ReceiptOptions::NarrowColumns;
    options.language = (flags & 32) ? QStringLiteral("en") : QStringLiteral("id");
    options.copyNumber = (flags & 64) ? 1 + in.byte() % 5 : 0;
    options.storeName = in.text(48);
    options.addressLines = QStringList { in.text(), in.text() };
    options.footer = in.text();
    options.printedBy = in.text(32);
    options.printedUtc = r.createdUtc.addSecs(3600);
    options.timeZone = QTimeZone::utc();

    const ReceiptLines lines = ReceiptLayout::layout(r, options);
    if (lines.isEmpty())
        KasirFuzz::broken("an empty receipt");
    QString all;
    for (const ReceiptLine &line : lines) {
        if (line.text.size() > options.columns)
            KasirFuzz::broken("a line wider than the paper", line.text);
        for (const QChar c : line.text) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                KasirFuzz::broken("a character that is not printable ASCII", line.text);
        }
        all += line.text + QLatin1Char('\n');
    }
    if (r.status != SaleStatus::Success && all.contains(QLatin1String("BERHASIL"), Qt::CaseInsensitive))
        KasirFuzz::broken("BERHASIL on a sale that is not SUCCESS", all);
    if (options.copyNumber > 0) {
        // At the top: under the store's header, before the sale; at the bottom: among the last lines.
        bool top = false;
        bool bottom = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).text.contains(QLatin1String("SALINAN")))
                continue;
            top = top || i < lines.size() / 2;
            bottom = bottom || i >= lines.size() - 3;
        }
        if (!top || !bottom)
            KasirFuzz::broken("a copy not marked at its top and bottom", all);
    }
    if (r.status == SaleStatus::Success) {
        const QString sn = ReceiptLayout::toAscii(r.serialNo).simplified().remove(QLatin1Char(' '));
        QString flat = all;
        flat.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        if (!sn.isEmpty() && !flat.contains(sn))
            KasirFuzz::broken("the SN is not on the receipt in full", r.serialNo);
    }
    return 0;
}
