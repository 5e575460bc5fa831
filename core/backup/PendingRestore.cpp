#include "backup/PendingRestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Kasir {

QString PendingRestore::requestPath(const QString &journalPath)
{
    return journalPath + QStringLiteral(".restore-request");
}

bool PendingRestore::write(const QString &journalPath, const Request &request, QString *error)
{
    QSaveFile file(requestPath(journalPath));
    const QByteArray json = QJsonDocument(
        QJsonObject { { QStringLiteral("backup"), request.backupPath },
            { QStringLiteral("force"), request.force }, { QStringLiteral("manager"), request.manager } })
                                .toJson(QJsonDocument::Compact);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

std::optional<PendingRestore::Request> PendingRestore::read(const QString &journalPath)
{
    QFile file(requestPath(journalPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(qint64(64) * 1024)).object();
    Request r;
    r.backupPath = o.value(QStringLiteral("backup")).toString();
    r.force = o.value(QStringLiteral("force")).toBool();
    r.manager = o.value(QStringLiteral("manager")).toString();
    if (r.backupPath.isEmpty())
        return std::nullopt;
    return r;
}

void PendingRestore::clear(const QString &journalPath)
{
    QFile::remove(requestPath(journalPath));
}

std::optional<PendingRestore::Outcome> PendingRestore::applyIfRequested(const QString &journalPath)
{
    const std::optional<Request> request = read(journalPath);
    const bool present = QFile::exists(requestPath(journalPath));
    clear(journalPath);
    if (!request) {
        if (!present)
            return std::nullopt;
        Outcome broken;
        broken.result.outcome = RestoreResult::Failed;
        broken.result.message = QCoreApplication::translate(
            "Kasir::PendingRestore", "The restore request could not be read. Nothing was changed.");
        return broken;
    }
    Outcome outcome;
    outcome.request = *request;
    outcome.result = JournalBackups(journalPath).restore(request->backupPath, request->force);
    return outcome;
}

} // namespace Kasir
