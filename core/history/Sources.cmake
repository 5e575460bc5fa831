# core/history: the sales history as CSV (paths relative to core/).
target_sources(kasircore PRIVATE
    history/SaleCsvWriter.cpp history/SaleCsvWriter.h
)
