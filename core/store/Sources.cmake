# core/store: the durable transaction journal (paths relative to core/).
target_sources(kasircore PRIVATE
    store/JournalBackup.cpp store/JournalBackup.h
    store/JournalIntegrityCheck.cpp store/JournalIntegrityCheck.h
    store/JournalProblem.cpp store/JournalProblem.h
    store/JournalRegistry.cpp store/JournalRegistry.h
    store/ProcessIdentity.cpp store/ProcessIdentity.h
    store/ReceiptPrint.h
    store/ReceiptStore.cpp store/ReceiptStore.h
    store/SaleRecord.cpp store/SaleRecord.h
    store/SqlTransaction.cpp store/SqlTransaction.h
)
