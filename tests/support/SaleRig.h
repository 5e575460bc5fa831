#pragma once

#include "api/ApiResult.h"
#include "sale/SaleService.h"
#include "store/ReceiptStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace Kasir {
class Clock;
class MerchantApiClient;
}
class SandboxProcess;

// The sale stack a test needs, built one way for every suite: a journal (a file in a temporary
// folder of the rig unless a path is given), a network manager, a client for the sandbox and a
// SaleService. Members are public so that tests reach every part; they are destroyed service
// first, journal last.
class SaleRig
{
public:
    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr int DefaultWaitMs = 15000;

    // clock: nullptr for the system clock. apiKey: empty for the sandbox's own key.
    SaleRig(SandboxProcess *sandbox, Kasir::Clock *clock, const Kasir::SaleServiceOptions &options,
        const QString &apiKey = QString(), int timeoutMs = DefaultTimeoutMs,
        const QString &journalPath = QString());
    ~SaleRig();

    // Starts a payment and waits for its first answer; an empty record when it was not sent.
    Kasir::SaleRecord pay(
        const Kasir::SaleDraft &draft, Kasir::ApiResult *resultOut = nullptr, int waitMs = DefaultWaitMs);
    // recoverNow() and waits for recoveryFinished; the unresolved count it reported, -1 on timeout.
    int recover(int waitMs = DefaultWaitMs);

    QTemporaryDir dir;
    std::unique_ptr<Kasir::ReceiptStore> store;
    bool ok = false; // the journal opened writable
    QNetworkAccessManager nam;
    std::unique_ptr<Kasir::MerchantApiClient> api;
    std::unique_ptr<Kasir::SaleService> service;
};
