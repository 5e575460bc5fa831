#include "CliAudit.h"

#include "store/ReceiptStore.h"

#include <QFile>

#include <cstdio>

namespace Kasir {

namespace {

bool warned(const QString &error)
{
    std::fprintf(stderr, "Warning: the audit line was not written: %s\n", qPrintable(error));
    return false;
}

} // namespace

bool recordCliAudit(const QString &journalPath, AuditEvent event, const QString &user, const QString &detail)
{
    if (!QFile::exists(journalPath))
        return warned(QStringLiteral("there is no journal at %1").arg(journalPath));
    ReceiptStore store(journalPath);
    JournalOpenOptions options;
    options.create = false;
    if (!store.open(options))
        return warned(store.lastError());
    AuditTrail trail(store);
    return trail.record(event, user, detail) || warned(trail.lastError());
}

bool recordCliAudit(ReceiptStore *store, AuditEvent event, const QString &user, const QString &detail)
{
    if (store->isWritable()) {
        AuditTrail trail(*store);
        return trail.record(event, user, detail) || warned(trail.lastError());
    }
    return recordCliAudit(store->path(), event, user, detail);
}

} // namespace Kasir
