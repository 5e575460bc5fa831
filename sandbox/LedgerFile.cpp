#include "LedgerFile.h"

#include "DepositLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace PpobSandbox {

namespace {

constexpr int FormatVersion = 1;

// qint64 as a digit string: JSON numbers are doubles.
QString number(qint64 value)
{
    return QString::number(value);
}

qint64 readNumber(const QJsonObject &o, const char *key, bool *ok)
{
    bool good = false;
    const qint64 v = o.value(QLatin1String(key)).toString().toLongLong(&good);
    if (!good)
        *ok = false;
    return v;
}

QJsonObject entryToJson(const LedgerEntry &e)
{
    return QJsonObject {
        { QStringLiteral("req_id"), e.reqId },
        { QStringLiteral("fingerprint"), e.fingerprint },
        { QStringLiteral("amount"), number(e.amount) },
        { QStringLiteral("unit_price"), number(e.unitPrice) },
        { QStringLiteral("received"), e.received },
        { QStringLiteral("charged"), e.charged },
        { QStringLiteral("status"), e.status },
        { QStringLiteral("ref_id"), e.refId },
        { QStringLiteral("serial_no"), e.serialNo },
        { QStringLiteral("balance_after_charge"), number(e.balanceAfterCharge) },
        { QStringLiteral("has_stored_reply"), e.hasStoredReply },
        { QStringLiteral("stored_status"), e.storedStatus },
        { QStringLiteral("stored_body"), QString::fromLatin1(e.storedBody.toBase64()) },
        { QStringLiteral("pending_active"), e.pendingActive },
        { QStringLiteral("pending_checks_left"), e.pendingChecksLeft },
        { QStringLiteral("pending_then_success"), e.pendingThenSuccess },
    };
}

LedgerEntry entryFromJson(const QJsonObject &o, bool *ok)
{
    LedgerEntry e;
    e.reqId = o.value(QLatin1String("req_id")).toString();
    e.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    e.amount = readNumber(o, "amount", ok);
    e.unitPrice = readNumber(o, "unit_price", ok);
    e.received = o.value(QLatin1String("received")).toInt();
    e.charged = o.value(QLatin1String("charged")).toInt();
    e.status = o.value(QLatin1String("status")).toString();
    e.refId = o.value(QLatin1String("ref_id")).toString();
    e.serialNo = o.value(QLatin1String("serial_no")).toString();
    e.balanceAfterCharge = readNumber(o, "balance_after_charge", ok);
    e.hasStoredReply = o.value(QLatin1String("has_stored_reply")).toBool();
    e.storedStatus = o.value(QLatin1String("stored_status")).toInt();
    e.storedBody = QByteArray::fromBase64(o.value(QLatin1String("stored_body")).toString().toLatin1());
    e.pendingActive = o.value(QLatin1String("pending_active")).toBool();
    e.pendingChecksLeft = o.value(QLatin1String("pending_checks_left")).toInt();
    e.pendingThenSuccess = o.value(QLatin1String("pending_then_success")).toBool(true);
    if (e.reqId.isEmpty())
        *ok = false;
    return e;
}

} // namespace

bool LedgerFile::load(const QString &path, DepositLedger *ledger, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the ledger %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QLatin1String("version")).toInt() != FormatVersion) {
        *error = QStringLiteral("the ledger %1 is not a ledger of this simulator").arg(path);
        return false;
    }
    bool ok = true;
    const qint64 start = readNumber(root, "start_balance", &ok);
    const qint64 balance = readNumber(root, "balance", &ok);
    const qint64 charged = readNumber(root, "charged_total", &ok);
    // Movements outside the sales (POST /__sandbox/deposit); absent in older files.
    const bool hasAdjusted = root.contains(QLatin1String("adjusted_total"));
    const qint64 adjusted = hasAdjusted ? readNumber(root, "adjusted_total", &ok) : 0;
    QHash<QString, LedgerEntry> entries;
    for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray()) {
        const LedgerEntry e = entryFromJson(v.toObject(), &ok);
        entries.insert(e.reqId, e);
    }
    if (!ok || start - charged + adjusted != balance) {
        *error = QStringLiteral("the ledger %1 is damaged").arg(path);
        return false;
    }
    ledger->restore(start, balance, charged, entries);
    return true;
}

bool LedgerFile::save(const QString &path, const DepositLedger &ledger, QString *error)
{
    QJsonArray entries;
    for (const LedgerEntry &e : ledger.entries())
        entries.append(entryToJson(e));
    const QJsonObject root {
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("start_balance"), number(ledger.startBalance()) },
        { QStringLiteral("balance"), number(ledger.balance()) },
        { QStringLiteral("charged_total"), number(ledger.chargedTotal()) },
        { QStringLiteral("adjusted_total"), number(ledger.adjustedTotal()) },
        { QStringLiteral("entries"), entries },
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        *error = QStringLiteral("cannot write the ledger %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace PpobSandbox
