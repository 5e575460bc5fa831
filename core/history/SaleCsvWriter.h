#pragma once

#include "store/SaleRecord.h"

#include <QString>

class QIODevice;

namespace Kasir {

class ReceiptStore;
struct SaleHistoryFilter;

// Sales as CSV: UTF-8, a header row, money as whole rupiah, every status included (FAILED and
// REJECTED rows say charged=no, PENDING and PAYING charged=unknown). Text fields are always
// quoted; a field that a spreadsheet would read as a formula gets a leading apostrophe.
class SaleCsvWriter
{
public:
    static QString header();
    static QString row(const SaleRecord &record);

    // Streams the filter's rows (newest first, filter.limit rows at most when > 0) from the store
    // to out, page by page: memory does not grow with the number of rows. Returns the number
    // of rows written, or -1 (error says why).
    static qint64 write(
        const ReceiptStore &store, const SaleHistoryFilter &filter, QIODevice *out, QString *error);

    static constexpr int PageSize = 1000;
};

} // namespace Kasir
