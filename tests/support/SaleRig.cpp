#include "SaleRig.h"

#include "SandboxProcess.h"
#include "api/MerchantApiClient.h"
#include "clock/Clock.h"

#include <QSignalSpy>

using namespace Kasir;

SaleRig::SaleRig(SandboxProcess *sandbox, Clock *clock, const SaleServiceOptions &options,
    const QString &apiKey, int timeoutMs, const QString &journalPath)
{
    Clock *c = clock ? clock : SystemClock::instance();
    store = std::make_unique<ReceiptStore>(
        journalPath.isEmpty() ? dir.filePath(QStringLiteral("receipts.db")) : journalPath, c);
    ok = (journalPath.isEmpty() ? dir.isValid() : true) && store->open();
    ApiConfig config;
    config.baseUrl = sandbox->baseUrl();
    config.apiKey = apiKey.isEmpty() ? sandbox->apiKey() : apiKey;
    config.timeoutMs = timeoutMs;
    api = std::make_unique<MerchantApiClient>(&nam, config);
    service = std::make_unique<SaleService>(store.get(), api.get(), c, options);
}

SaleRig::~SaleRig()
{
    service.reset();
    api.reset();
}

SaleRecord SaleRig::pay(const SaleDraft &draft, ApiResult *resultOut, int waitMs)
{
    QSignalSpy finished(service.get(), &SaleService::saleFinished);
    const StartPaymentResult started = service->startPayment(draft);
    if (!started.ok) {
        qWarning() << "startPayment:" << started.error;
        return SaleRecord();
    }
    if (!finished.wait(waitMs) && finished.isEmpty())
        return started.record;
    if (resultOut)
        *resultOut = finished.first().at(1).value<ApiResult>();
    return finished.first().at(0).value<SaleRecord>();
}

int SaleRig::recover(int waitMs)
{
    QSignalSpy done(service.get(), &SaleService::recoveryFinished);
    service->recoverNow();
    if (!done.wait(waitMs) && done.isEmpty())
        return -1;
    return done.first().at(0).toInt();
}
