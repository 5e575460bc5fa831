#include "store/JournalProblem.h"

#include <QSqlError>

namespace Kasir {

QString journalProblemName(JournalProblem problem)
{
    switch (problem) {
    case JournalProblem::None:
        return QStringLiteral("none");
    case JournalProblem::Missing:
        return QStringLiteral("missing");
    case JournalProblem::Empty:
        return QStringLiteral("empty");
    case JournalProblem::Vanished:
        return QStringLiteral("vanished");
    case JournalProblem::Replaced:
        return QStringLiteral("replaced");
    case JournalProblem::Damaged:
        return QStringLiteral("damaged");
    case JournalProblem::NotAJournal:
        return QStringLiteral("not-a-journal");
    case JournalProblem::NewerSchema:
        return QStringLiteral("newer-schema");
    case JournalProblem::ReadOnlyFile:
        return QStringLiteral("read-only-file");
    case JournalProblem::ReadOnlyFolder:
        return QStringLiteral("read-only-folder");
    case JournalProblem::ReadOnlyFileSystem:
        return QStringLiteral("read-only-file-system");
    case JournalProblem::DiskFull:
        return QStringLiteral("disk-full");
    case JournalProblem::PermissionDenied:
        return QStringLiteral("permission-denied");
    case JournalProblem::Busy:
        return QStringLiteral("busy");
    case JournalProblem::IoError:
        return QStringLiteral("io-error");
    case JournalProblem::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

JournalProblem journalProblemFromSqlError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return error.isValid() ? JournalProblem::Other : JournalProblem::None;
    // SQLite result codes: the primary code is the low byte of an extended code.
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return JournalProblem::Busy;
    case 8: // SQLITE_READONLY
        return JournalProblem::ReadOnlyFile;
    case 10: // SQLITE_IOERR
        return JournalProblem::IoError;
    case 11: // SQLITE_CORRUPT
        return JournalProblem::Damaged;
    case 13: // SQLITE_FULL
        return JournalProblem::DiskFull;
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
        return JournalProblem::PermissionDenied;
    case 26: // SQLITE_NOTADB
        return JournalProblem::NotAJournal;
    default:
        return JournalProblem::Other;
    }
}

} // namespace Kasir
