# core/printer: sending a receipt somewhere and keeping the print log (paths relative to core/).
target_sources(kasircore PRIVATE
    printer/EscPosSender.cpp printer/EscPosSender.h
    printer/PageRenderer.h
    printer/PrintDestination.cpp printer/PrintDestination.h
    printer/ReceiptPrinter.cpp printer/ReceiptPrinter.h
)
