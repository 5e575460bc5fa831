#include "receipt/ReceiptLayout.h"

#include <QLocale>

namespace Kasir {

namespace {

// The receipt's words in its two languages. Not tr(): the receipt's language is its own setting,
// independent of the window's, and the golden tests pin these exact words.
struct Words
{
    const char *receiptNo;
    const char *date;
    const char *terminal;
    const char *cashier;
    const char *product;
    const char *customer;
    const char *nominal;
    const char *storeFee;
    const char *totalPaid;
    const char *totalHeld;
    const char *cash;
    const char *change;
    const char *owes;
    const char *status;
    const char *reason;
    const char *bannerSuccess;
    const char *bannerFailed;
    const char *bannerRejected;
    const char *bannerPending;
    const char *statusSuccess;
    const char *statusFailed;
    const char *statusRejected;
    const char *statusPending;
    const char *noteFailed;
    const char *notePending;
    const char *none;
    const char *copy;
    const char *reprinted;
    const char *by;
};

const Words Indonesian = {
    "No. Struk",
    "Tanggal",
    "Terminal",
    "Kasir",
    "Produk",
    "No. Pelanggan",
    "Nominal",
    "Biaya Toko",
    "TOTAL BAYAR",
    "Total (ditahan)",
    "Tunai",
    "Kembali",
    "KURANG BAYAR",
    "Status",
    "Alasan",
    "TOP-UP SUKSES",
    "*** GAGAL ***",
    "*** DITOLAK ***",
    "*** DALAM PROSES ***",
    "BERHASIL",
    "GAGAL",
    "DITOLAK",
    "DALAM PROSES",
    "Transaksi gagal. Tidak ada biaya yang ditarik; uang pelanggan dikembalikan penuh.",
    "Hasil belum pasti dan sedang dicek otomatis. JANGAN ulangi transaksi ini. Simpan struk "
    "ini sampai hasilnya diketahui.",
    "(tidak ada)",
    "SALINAN / COPY %1",
    "Dicetak ulang",
    "oleh",
};

const Words English = {
    "Receipt No",
    "Date",
    "Terminal",
    "Cashier",
    "Product",
    "Customer No",
    "Nominal",
    "Store Fee",
    "TOTAL PAID",
    "Total (held)",
    "Cash",
    "Change",
    "STILL OWED",
    "Status",
    "Reason",
    "TOP-UP SUCCESSFUL",
    "*** FAILED ***",
    "*** REJECTED ***",
    "*** IN PROCESS ***",
    "SUCCESS",
    "FAILED",
    "REJECTED",
    "IN PROCESS",
    "The sale failed. Nothing was charged; the customer's money is returned in full.",
    "The outcome is not known yet and is being checked automatically. Do NOT repeat this sale. "
    "Keep this receipt until the outcome is known.",
    "(none)",
    "COPY / SALINAN %1",
    "Reprinted",
    "by",
};

QString w(const char *text)
{
    return QString::fromLatin1(text);
}

class Builder
{
public:
    explicit Builder(int columns)
        : m_columns(columns)
    { }

    void line(const QString &text, ReceiptLine::Style style = ReceiptLine::Style::Normal)
    {
        for (const QString &part : ReceiptLayout::wrap(ReceiptLayout::toAscii(text), m_columns))
            m_lines.append({ part, style });
    }

    void centered(const QString &text, ReceiptLine::Style style = ReceiptLine::Style::Normal)
    {
        for (const QString &part : ReceiptLayout::wrap(ReceiptLayout::toAscii(text), m_columns)) {
            const int pad = (m_columns - int(part.size())) / 2;
            m_lines.append({ QString(pad, QLatin1Char(' ')) + part, style });
        }
    }

    void rule(char c = '-')
    {
        m_lines.append({ QString(m_columns, QLatin1Char(c)), ReceiptLine::Style::Normal });
    }

    // "Label          value" on one line when it fits, else the label on its own line and the
    // value wrapped below it, indented by two spaces.
    void field(
        const QString &label, const QString &value, ReceiptLine::Style style = ReceiptLine::Style::Normal)
    {
        const QString l = ReceiptLayout::toAscii(label);
        const QString v = ReceiptLayout::toAscii(value).simplified();
        if (l.size() + 1 + v.size() <= m_columns) {
            m_lines.append({ l + QString(m_columns - l.size() - v.size(), QLatin1Char(' ')) + v, style });
            return;
        }
        m_lines.append({ l, style });
        for (const QString &part : ReceiptLayout::wrap(v, m_columns - 2))
            m_lines.append({ QStringLiteral("  ") + part, style });
    }

    void blank() { m_lines.append({ QString(), ReceiptLine::Style::Normal }); }

    ReceiptLines lines() const { return m_lines; }

private:
    int m_columns;
    ReceiptLines m_lines;
};

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QString();
    return utc.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
}

} // namespace

QString ReceiptLayout::toAscii(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            out.append(c);
        else if (u == u'\t' || u == u'\n' || u == u'\r' || c.isSpace())
            out.append(QLatin1Char(' '));
        else if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing
            || c.category() == QChar::Mark_SpacingCombining || u < 0x20 || u == 0x7f
            || c.isLowSurrogate()) // a low surrogate: its high surrogate already became '?'
            continue;
        else
            out.append(QLatin1Char('?'));
    }
    return out;
}

QStringList ReceiptLayout::wrap(const QString &text, int width)
{
    QStringList out;
    if (width <= 0)
        return { text };
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString current;
    for (QString word : words) {
        if (!current.isEmpty() && current.size() + 1 + word.size() <= width) {
            current += QLatin1Char(' ') + word;
            continue;
        }
        if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
        while (word.size() > width) {
            out << word.left(width);
            word.remove(0, width);
        }
        current = word;
    }
    if (!current.isEmpty() || out.isEmpty())
        out << current;
    return out;
}

QString ReceiptLayout::toText(const ReceiptLines &lines)
{
    QString out;
    for (const ReceiptLine &l : lines)
        out += l.text + QLatin1Char('\n');
    return out;
}

ReceiptLines ReceiptLayout::layout(const SaleRecord &r, const ReceiptOptions &o)
{
    const Words &t = o.language == QLatin1String("en") ? English : Indonesian;
    const int columns = o.columns >= 24 ? o.columns : ReceiptOptions::NarrowColumns;
    Builder b(columns);
    const auto bold = ReceiptLine::Style::Bold;
    const QString copyMark = w(t.copy).arg(o.copyNumber);

    if (!o.storeName.trimmed().isEmpty())
        b.centered(o.storeName.trimmed().toUpper(), bold);
    for (const QString &address : o.addressLines) {
        if (!address.trimmed().isEmpty())
            b.centered(address.trimmed());
    }
    b.rule('=');
    if (o.copyNumber > 0) {
        b.centered(copyMark, bold);
        b.rule('=');
    }

    switch (r.status) {
    case SaleStatus::Success:
        b.centered(w(t.bannerSuccess), bold);
        break;
    case SaleStatus::Failed:
        b.centered(w(t.bannerFailed), bold);
        break;
    case SaleStatus::Rejected:
        b.centered(w(t.bannerRejected), bold);
        break;
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        b.centered(w(t.bannerPending), bold);
        break;
    }
    b.rule();

    b.field(w(t.receiptNo), r.receiptNo);
    b.field(w(t.date), localTime(r.createdUtc, o.timeZone));
    b.field(w(t.terminal), r.terminalId);
    if (!r.cashier.isEmpty())
        b.field(w(t.cashier), r.cashier);
    b.rule();
    b.field(w(t.product), o.productName.isEmpty() ? r.productId : o.productName);
    b.field(w(t.customer), r.custId);
    b.field(w(t.nominal), r.amount.format());

    const bool nothingCharged = r.status == SaleStatus::Failed || r.status == SaleStatus::Rejected;
    if (r.status == SaleStatus::Success) {
        b.field(w(t.storeFee), r.storeFee.format());
        b.rule();
        b.field(w(t.totalPaid), r.sellingPrice.format(), bold);
        if (r.cashReceived && r.change) {
            b.field(w(t.cash), r.cashReceived->format());
            b.field(w(t.change), r.change->format());
        }
        if (const auto owes = r.customerOwes())
            b.field(w(t.owes), owes->format(), bold);
    } else if (!nothingCharged) {
        b.field(w(t.storeFee), r.storeFee.format());
        b.rule();
        b.field(w(t.totalHeld), r.sellingPrice.format());
    }
    b.rule();

    switch (r.status) {
    case SaleStatus::Success:
        b.field(w(t.status), w(t.statusSuccess), bold);
        b.field(QStringLiteral("SN"), r.serialNo.isEmpty() ? w(t.none) : r.serialNo, bold);
        break;
    case SaleStatus::Failed:
    case SaleStatus::Rejected: {
        b.field(w(t.status), w(r.status == SaleStatus::Failed ? t.statusFailed : t.statusRejected), bold);
        const QString reason = !r.description.isEmpty() ? r.description : r.message;
        if (!reason.isEmpty())
            b.field(w(t.reason), reason);
        b.line(w(t.noteFailed));
        break;
    }
    case SaleStatus::Paying:
    case SaleStatus::Pending:
        b.field(w(t.status), w(t.statusPending), bold);
        b.line(w(t.notePending));
        break;
    }
    if (!r.refId.isEmpty())
        b.field(QStringLiteral("Ref ID"), r.refId);
    b.field(QStringLiteral("Req ID"), r.reqId);

    if (!o.footer.trimmed().isEmpty()) {
        b.rule();
        b.centered(o.footer.trimmed());
    }
    if (o.copyNumber > 0) {
        b.rule('=');
        if (o.printedUtc.isValid()) {
            QString when = w(t.reprinted) + QLatin1Char(' ') + localTime(o.printedUtc, o.timeZone);
            if (!o.printedBy.isEmpty())
                when += QLatin1Char(' ') + w(t.by) + QLatin1Char(' ') + o.printedBy;
            b.centered(when);
        }
        b.centered(copyMark, bold);
    }
    b.rule('=');
    return b.lines();
}

} // namespace Kasir
