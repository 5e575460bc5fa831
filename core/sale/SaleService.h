#pragma once

#include "api/ApiResult.h"
#include "sale/SaleServiceOptions.h"
#include "store/SaleRecord.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Kasir {

class ApiCall;
class Clock;
class MerchantApiClient;
class ReceiptStore;

// What the cashier confirmed.
struct SaleDraft
{
    QString productId;
    QString custId; // normalised
    Money amount;
    std::optional<Money> inquiryUnitPrice;
    Money storeFee;
    std::optional<Money> cashReceived;
    QString cashier;
    QString reqId; // empty: a new one is generated (the usual case)
    // The cashier was shown the earlier sale (findDuplicate()) and chose to sell again.
    bool allowDuplicate = false;
};

struct StartPaymentResult
{
    enum class Outcome {
        Sent, // the PAYING row is committed and the payment was sent
        InvalidInput, // the draft breaks a rule (error says which); nothing written
        Duplicate, // the duplicate guard refused; record is the earlier sale
        ReqIdAlreadyUsed, // the caller's req_id belongs to this same sale; record is that row
        ReqIdConflict, // the caller's req_id belongs to another sale; record is that row
        JournalError, // the journal could not be read or written; nothing sent
    };
    Outcome outcome = Outcome::InvalidInput;
    bool ok = false; // outcome == Sent
    SaleRecord record; // Sent: the PAYING row, committed before anything was sent
    QString error; // why nothing was sent, for the cashier
};

// The sale lifecycle used by the window and the CLI:
// inquiry -> confirm -> PAYING committed -> pay -> SUCCESS / FAILED / PENDING / REJECTED,
// with PAYING/PENDING rows re-driven with the same req_id and body until they are known.
class SaleService : public QObject
{
    Q_OBJECT
public:
    SaleService(ReceiptStore *store, MerchantApiClient *api, Clock *clock, const SaleServiceOptions &options,
        QObject *parent = nullptr);
    ~SaleService() override;

    // Asynchronous inquiry (no journal row). The caller connects to ApiCall::finished.
    ApiCall *inquire(const QString &productId, const QString &custId, Money amount);

    // A SUCCESS/PENDING/PAYING sale of the same product, number and amount inside the
    // duplicate window, newest first; nullopt when none or when the guard is off.
    std::optional<SaleRecord> findDuplicate(const SaleDraft &draft) const;

    // The newest sale to this customer number, any product and status (the repeat customer).
    std::optional<SaleRecord> lastSaleTo(const QString &custId) const;

    // Commits the PAYING row, then sends the payment; saleFinished() follows when Sent.
    // The duplicate guard (unless draft.allowDuplicate) and the insert are one write
    // transaction, so two processes on one journal never both pass it.
    StartPaymentResult startPayment(const SaleDraft &draft);
    // The rules startPayment() applies to a draft before touching the journal: an empty text
    // when the draft is valid, else the reason. Callers may check early (nothing is written).
    static QString checkDraft(const SaleDraft &draft);

    // Re-sends every PAYING/PENDING row now (same req_id, same body). recoveryFinished() follows.
    void recoverNow();

    int unresolvedCount() const;
    QList<SaleRecord> unresolvedSales() const;

    // Re-sends the PAYING/PENDING rows whose next check (nextCheckUtc, by the injected clock)
    // is due and that have no request in flight. The recovery timer calls this; tests with a
    // test clock call it directly.
    void runDueChecks();
    // The earliest stored next check among unresolved rows not in flight; invalid when none.
    QDateTime nextScheduledCheckUtc() const;
    // Payment requests of this service currently in flight (at most one per row).
    int inFlightCount() const;
    bool isInFlight(qint64 saleId) const;
    // Terminal id and duplicate window changed in the settings: used from the next sale on.
    void setCounterOptions(const QString &terminalId, int duplicateWindowSeconds);

    // Backoff after an attempt (RecheckSchedule): attempts 0-1 -> 10-12 s, 2 -> 30-35 s,
    // 3 -> 60-70 s, then 60-120 s. jitter01 in [0, 1) picks the point inside the range.
    static qint64 recheckDelayMs(int attempts, double jitter01);
    // "KSR-<terminal>-<yyyyMMddHHmmss UTC>-<16 hex from the system RNG>", at most 52 chars.
    static QString generateReqId(const QString &terminalId, const QDateTime &nowUtc);

signals:
    void saleChanged(const Kasir::SaleRecord &record); // after every commit of a row
    // A payment attempt ended. saved is false when its answer could not be written to the
    // journal: the row there is still unresolved and recovery will re-check it.
    void saleFinished(const Kasir::SaleRecord &record, const Kasir::ApiResult &result, bool saved);
    void unresolvedCountChanged(int count);
    void balanceSeen(Kasir::Money balance); // deposit from the last answer
    void connectionStateChanged(bool reachable, const QString &detail);
    void recoveryFinished(int stillUnresolved);

private:
    class Private;
    Private *d;
};

} // namespace Kasir
