#pragma once

#include "people/AuditTrail.h"

#include <QString>

namespace Kasir {

class ReceiptStore;

// An audit line for a CLI command (reprint, close, re-check, export, backup). Written through
// store when it is writable, else through a second, writable connection to the same journal
// (a command that only read it). Never creates a journal. False when it could not be written;
// the command's own result stands either way, and a warning goes to standard error.
bool recordCliAudit(ReceiptStore *store, AuditEvent event, const QString &user, const QString &detail);
bool recordCliAudit(const QString &journalPath, AuditEvent event, const QString &user, const QString &detail);

} // namespace Kasir
