#pragma once

#include <QString>

class QCommandLineParser;

namespace Kasir {

class ReceiptStore;

// One line of standard input (a PIN or the API key), never echoed back or logged. Lines are read
// one at a time through stdio, so two calls read two lines.
QString readSecretLine();

// The manager's PIN for a protected CLI command (user add, restore). The manager is named by
// --manager NAME or KASIR_MANAGER (or is the only manager there is); the PIN comes from
// KASIR_MANAGER_PIN when set, else from the next line of standard input. Never an argument.
// Every attempt counts towards the 5-wrong-PINs lockout and lands in the audit trail.
struct ManagerPinResult
{
    bool ok = false;
    QString manager; // who authorized it (when ok)
    QString error; // plain words, when not ok
};

ManagerPinResult checkManagerPin(ReceiptStore &store, const QCommandLineParser &parser);

} // namespace Kasir
