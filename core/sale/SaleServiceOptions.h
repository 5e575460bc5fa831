#pragma once

#include "catalog/ProductCatalog.h"

#include <QString>

#include <functional>

namespace Kasir {

class AppSettings;

// Points of a payment where the sale service reports to an optional checkpoint hook.
enum class SaleCheckpoint {
    PayingCommitted, // the PAYING row is committed, nothing has been sent yet
    PaymentSent, // a payment request was handed to the network
    AnswerReceived, // an answer (or a failure) arrived, its row update is not yet committed
};

// How a SaleService behaves. The sale layer reads the settings; the settings know nothing of it.
struct SaleServiceOptions
{
    QString terminalId = QStringLiteral("K01");
    int duplicateWindowSeconds = 600; // 0 turns the duplicate guard off
    bool autoRecovery = true; // re-drive PAYING/PENDING rows on a timer
    ProductCatalog catalog; // each product's largest admin fee; empty: the built-in list
    // Called at each SaleCheckpoint; empty in production. The crash tests inject one that kills
    // the process at a chosen point (see app/cli/CrashInjector).
    std::function<void(SaleCheckpoint)> checkpointHook;

    // Terminal id, duplicate window from the saved settings; the other members keep their defaults.
    static SaleServiceOptions fromSettings(const AppSettings &settings);
    // 1-16 ASCII letters, digits or _: it becomes part of every receipt number.
    static bool isValidTerminalId(const QString &terminalId);
};

} // namespace Kasir
