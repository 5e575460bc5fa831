# core/report: the manager's figures, deposit statement, closes (paths relative to core/).
target_sources(kasircore PRIVATE
    report/CloseRecord.cpp report/CloseRecord.h
    report/DailySeries.h
    report/DayCloser.cpp report/DayCloser.h
    report/DepositGapMarker.cpp report/DepositGapMarker.h
    report/DepositStatementLine.h
    report/FlaggedSaleResolver.cpp report/FlaggedSaleResolver.h
    report/ReportCsv.cpp report/ReportCsv.h
    report/ReportFigures.cpp report/ReportFigures.h
    report/ReportPeriod.cpp report/ReportPeriod.h
    report/ReportQuery.cpp report/ReportQuery.h
    report/ReportService.cpp report/ReportService.h
    report/ReportText.cpp report/ReportText.h
    report/SaleScope.cpp report/SaleScope.h
)
