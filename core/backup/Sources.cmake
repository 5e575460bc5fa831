# core/backup: daily backups with rotation, and restore (paths relative to core/).
target_sources(kasircore PRIVATE
    backup/DailyBackupTimer.cpp backup/DailyBackupTimer.h
    backup/JournalBackups.cpp backup/JournalBackups.h
    backup/PendingRestore.cpp backup/PendingRestore.h
)
