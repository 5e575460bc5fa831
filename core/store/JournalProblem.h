#pragma once

#include <QString>

class QSqlError;

namespace Kasir {

// Why a journal cannot be used (or written), told apart so that the message fits the cause:
// a full disk or a read-only folder is not a damaged journal.
enum class JournalProblem {
    None,
    Missing, // no file at the path (and none may be created here)
    Empty, // a file of 0 bytes where a journal is expected
    Vanished, // this computer knew a journal at the path; it is now missing or empty
    Replaced, // the file at the path is another journal than the one this computer knew
    Damaged, // SQLite reports corruption, or the integrity check found faults
    NotAJournal, // an SQLite database without the journal's tables, or not SQLite at all
    NewerSchema, // written by a newer program
    ReadOnlyFile, // the file is not writable
    ReadOnlyFolder, // the folder does not let the journal's -wal/-shm files be made
    ReadOnlyFileSystem, // the file system is mounted read-only
    DiskFull,
    PermissionDenied, // the file or its folder cannot be read or entered
    Busy, // another program holds the write lock longer than the busy timeout
    IoError, // the device failed a read or write
    Other,
};

// "damaged", "disk full", ...: a stable name for logs and --json output.
QString journalProblemName(JournalProblem problem);

// The problem an SQLite error stands for (by its result code), Other when it is none of them.
JournalProblem journalProblemFromSqlError(const QSqlError &error);

// True for the problems that mean the journal's content cannot be trusted.
inline bool isCorruption(JournalProblem problem)
{
    return problem == JournalProblem::Damaged || problem == JournalProblem::NotAJournal;
}

} // namespace Kasir
