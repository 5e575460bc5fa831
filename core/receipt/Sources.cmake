# core/receipt: the receipt's layout and its ESC/POS bytes; pure (paths relative to core/).
target_sources(kasircore PRIVATE
    receipt/EscPosEncoder.cpp receipt/EscPosEncoder.h
    receipt/ReceiptLayout.cpp receipt/ReceiptLayout.h
    receipt/ReceiptLine.h
    receipt/ReceiptOptions.h
)
