#include "Fault.h"

#include <QRegularExpression>
#include <QStringList>

namespace PpobSandbox {

namespace {

constexpr int MaxDelayMs = 600000;
constexpr int MaxCount = 1000000;

struct KindName
{
    Fault::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    { Fault::Kind::Delay, "delay" },
    { Fault::Kind::DropBefore, "drop_before" },
    { Fault::Kind::DropAfter, "drop_after" },
    { Fault::Kind::Error500Before, "error500_before" },
    { Fault::Kind::Error500After, "error500_after" },
    { Fault::Kind::MalformedJson, "malformed_json" },
    { Fault::Kind::Html502, "html502" },
    { Fault::Kind::Pending, "pending" },
};

// A JSON integer or a digit string within [min, max].
bool readInt(const QJsonObject &o, const QString &key, int min, int max, int *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    qint64 value = -1;
    if (v.isDouble() && double(v.toInteger(-1)) == v.toDouble())
        value = v.toInteger(-1);
    else if (v.isString()
        && QRegularExpression(QStringLiteral("^[0-9]{1,9}$")).match(v.toString()).hasMatch())
        value = v.toString().toLongLong();
    if (value < min || value > max) {
        if (error)
            *error = QStringLiteral("%1 must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = int(value);
    return true;
}

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

QString Fault::kindName(Kind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

std::optional<Fault::Endpoint> Fault::endpointFromName(const QString &name)
{
    for (const Endpoint e : { Endpoint::Transaction, Endpoint::Inquiry, Endpoint::Any }) {
        if (name == endpointName(e))
            return e;
    }
    return std::nullopt;
}

QString Fault::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Transaction:
        return QStringLiteral("transaction");
    case Endpoint::Inquiry:
        return QStringLiteral("inquiry");
    case Endpoint::Any:
        return QStringLiteral("any");
    }
    return {};
}

static QString kindList()
{
    QStringList names;
    for (const KindName &k : kindNames)
        names << QString::fromLatin1(k.name);
    return names.join(QStringLiteral(", "));
}

std::optional<Fault> Fault::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Fault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Fault f;
    const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(QStringLiteral("kind must be one of: %1").arg(kindList()));
    f.kind = *kind;
    if (!readInt(o, QStringLiteral("count"), 1, MaxCount, &f.count, error)
        || !readInt(o, QStringLiteral("delay_ms"), 0, MaxDelayMs, &f.delayMs, error)
        || !readInt(o, QStringLiteral("checks"), 1, 1000, &f.checks, error))
        return std::nullopt;
    if (f.kind == Kind::Delay && !o.contains(QStringLiteral("delay_ms")))
        return fail(QStringLiteral("delay_ms is required for kind delay"));

    const QJsonValue endpoint = o.value(QStringLiteral("endpoint"));
    if (!endpoint.isUndefined()) {
        const auto e = endpointFromName(endpoint.toString());
        if (!e)
            return fail(QStringLiteral("endpoint must be transaction, inquiry or any"));
        f.endpoint = *e;
    }
    const QJsonValue then = o.value(QStringLiteral("then"));
    if (!then.isUndefined()) {
        if (then.toString() == QLatin1String("SUCCESS"))
            f.thenSuccess = true;
        else if (then.toString() == QLatin1String("FAILED"))
            f.thenSuccess = false;
        else
            return fail(QStringLiteral("then must be SUCCESS or FAILED"));
    }
    return f;
}

std::optional<Fault> Fault::fromSpec(const QString &spec, QString *error)
{
    auto fail = [error, &spec](const QString &why) -> std::optional<Fault> {
        if (error)
            *error = QStringLiteral("invalid fault \"%1\": %2").arg(spec, why);
        return std::nullopt;
    };
    QString body = spec.trimmed();
    Fault f;
    const qsizetype at = body.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        const auto e = endpointFromName(body.mid(at + 1));
        body = body.left(at);
        if (!e)
            return fail(QStringLiteral("endpoint must be transaction, inquiry or any"));
        f.endpoint = *e;
    }
    const QStringList parts = body.split(QLatin1Char(':'));
    const auto kind = kindFromName(parts.value(0));
    if (!kind)
        return fail(QStringLiteral("kind must be one of: %1").arg(kindList()));
    f.kind = *kind;
    switch (f.kind) {
    case Kind::Delay:
        if (parts.size() < 2 || parts.size() > 3 || !parseInt(parts.at(1), 0, MaxDelayMs, &f.delayMs))
            return fail(QStringLiteral("use delay:MILLISECONDS[:COUNT]"));
        if (parts.size() == 3 && !parseInt(parts.at(2), 1, MaxCount, &f.count))
            return fail(QStringLiteral("COUNT must be a positive number"));
        break;
    case Kind::Pending:
        if (parts.size() > 4 || (parts.size() >= 2 && !parseInt(parts.at(1), 1, 1000, &f.checks)))
            return fail(QStringLiteral("use pending:CHECKS[:SUCCESS|FAILED[:COUNT]]"));
        if (parts.size() >= 3) {
            if (parts.at(2) == QLatin1String("SUCCESS"))
                f.thenSuccess = true;
            else if (parts.at(2) == QLatin1String("FAILED"))
                f.thenSuccess = false;
            else
                return fail(QStringLiteral("then must be SUCCESS or FAILED"));
        }
        if (parts.size() == 4 && !parseInt(parts.at(3), 1, MaxCount, &f.count))
            return fail(QStringLiteral("COUNT must be a positive number"));
        break;
    default:
        if (parts.size() > 2 || (parts.size() == 2 && !parseInt(parts.at(1), 1, MaxCount, &f.count)))
            return fail(QStringLiteral("use %1[:COUNT]").arg(parts.at(0)));
        break;
    }
    return f;
}

QJsonObject Fault::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("count"), count },
        { QStringLiteral("endpoint"), endpointName(endpoint) } };
    if (kind == Kind::Delay)
        o.insert(QStringLiteral("delay_ms"), delayMs);
    if (kind == Kind::Pending) {
        o.insert(QStringLiteral("checks"), checks);
        o.insert(QStringLiteral("then"), thenSuccess ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"));
    }
    return o;
}

} // namespace PpobSandbox
