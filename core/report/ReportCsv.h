#pragma once

#include "report/ReportFigures.h"

#include <QByteArray>

namespace Kasir {

// The report as CSV (UTF-8, comma, quoted where needed): one row per figure,
// section,key,count,nominal,cost,collected,margin. Money as integer rupiah.
class ReportCsv
{
public:
    static QByteArray write(const ReportFigures &figures);
};

} // namespace Kasir
