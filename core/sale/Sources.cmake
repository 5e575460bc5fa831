# core/sale: the sale state machine (paths relative to core/).
target_sources(kasircore PRIVATE
    sale/SaleService.cpp sale/SaleService.h
    sale/SaleServiceOptions.cpp sale/SaleServiceOptions.h
    sale/RecheckSchedule.cpp sale/RecheckSchedule.h
    sale/SaleDecision.cpp sale/SaleDecision.h
    sale/StoredSaleCheck.cpp sale/StoredSaleCheck.h
)
