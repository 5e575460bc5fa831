#pragma once

#include <QString>

class QCommandLineParser;

namespace Kasir {

// Who works the command line: --cashier, else KASIR_CASHIER, else the login name (USER).
// Recorded with sales, prints, closes and user actions.
QString cashierName(const QCommandLineParser &parser);

} // namespace Kasir
