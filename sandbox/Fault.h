#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace PpobSandbox {

// One queued fault. count is how many matching requests it still applies to.
struct Fault
{
    enum class Kind {
        Delay, // process (and charge) normally, reply after delayMs
        DropBefore, // close without replying, nothing processed
        DropAfter, // process (charge), then close without replying
        Error500Before, // HTTP 500, nothing processed
        Error500After, // process (charge), then HTTP 500
        MalformedJson, // process (charge), then 200 with a truncated JSON body
        Html502, // HTTP 502 HTML page, nothing processed
        Pending, // PENDING for `checks` answers of this req_id, then `thenSuccess`
    };
    enum class Endpoint { Transaction, Inquiry, Any };

    Kind kind = Kind::DropBefore;
    int count = 1;
    int delayMs = 0;
    Endpoint endpoint = Endpoint::Transaction;
    int checks = 1;
    bool thenSuccess = true;

    bool appliesTo(Endpoint requestEndpoint) const
    {
        return endpoint == Endpoint::Any || endpoint == requestEndpoint;
    }

    // {"kind":K,"count":N,"delay_ms":ms,"endpoint":E,"checks":K,"then":"SUCCESS"|"FAILED"}
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    // KIND[:COUNT] | delay:MS[:COUNT] | pending:CHECKS[:SUCCESS|FAILED[:COUNT]],
    // each optionally followed by @transaction, @inquiry or @any.
    static std::optional<Fault> fromSpec(const QString &spec, QString *error);
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString endpointName(Endpoint endpoint);
    static std::optional<Endpoint> endpointFromName(const QString &name);
};

} // namespace PpobSandbox
