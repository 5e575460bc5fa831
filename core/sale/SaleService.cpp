#include "sale/SaleService.h"

#include "api/MerchantApiClient.h"
#include "clock/Clock.h"
#include "logging/Logging.h"
#include "sale/RecheckSchedule.h"
#include "sale/SaleDecision.h"
#include "sale/StoredSaleCheck.h"
#include "store/ReceiptStore.h"

#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Kasir {

namespace {

std::optional<Money> parseMoney(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    return Money::fromApiString(s);
}

} // namespace

class SaleService::Private
{
public:
    Private(SaleService *qq, ReceiptStore *s, MerchantApiClient *a, Clock *c, const SaleServiceOptions &o)
        : q(qq)
        , store(s)
        , api(a)
        , clock(c ? c : SystemClock::instance())
        , options(o)
        , catalog(o.catalog.products().isEmpty() ? ProductCatalog::builtIn() : o.catalog)
    { }

    void send(const SaleRecord &record, bool initial);
    void notSent(const SaleRecord &record, bool initial, const QString &reason);
    void holdDamaged(const SaleRecord &record, const QString &problem);
    void deferFinish(qint64 id);
    void onPayFinished(qint64 id, bool initial, const ApiResult &result);
    void finishRecoveryItem(qint64 id);
    void schedule();
    void publishUnresolved();
    void publishConnection(const ApiResult &result);
    QDateTime nextCheckAfter(int attempts, const QDateTime &now) const;
    Money maxAdminFee(const QString &productId) const
    {
        const Product *product = catalog.find(productId);
        return product ? product->maxAdminFee : Product::DefaultMaxAdminFee;
    }

    SaleService *q;
    ReceiptStore *store;
    MerchantApiClient *api;
    Clock *clock;
    SaleServiceOptions options;
    void checkpoint(SaleCheckpoint point) const
    {
        if (options.checkpointHook)
            options.checkpointHook(point);
    }
    ProductCatalog catalog;

    QHash<qint64, QPointer<ApiCall>> inFlight;
    // The schedule as this process computed it. Normally equal to the stored next_check_utc;
    // it keeps the backoff when the journal cannot be written (no hot loop of re-sends).
    QHash<qint64, QDateTime> notBefore;
    QDateTime dueAt(const SaleRecord &r, const QDateTime &now) const
    {
        QDateTime due = r.nextCheckUtc.isValid() ? r.nextCheckUtc : now;
        const QDateTime mem = notBefore.value(r.id);
        return mem.isValid() && mem > due ? mem : due;
    }
    QSet<qint64> recoveryWaiting;
    QTimer timer;
    int lastUnresolved = -1;
    std::optional<bool> reachable;
};

SaleService::SaleService(ReceiptStore *store, MerchantApiClient *api, Clock *clock,
    const SaleServiceOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private(this, store, api, clock, options))
{
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, &SaleService::runDueChecks);
    if (d->options.autoRecovery) {
        // PAYING rows found now were cut off by a crash or a kill: their outcome is unknown and
        // they are due at once. PENDING rows keep their stored schedule.
        const QDateTime now = d->clock->nowUtc();
        if (d->store->isWritable()) {
            for (const SaleRecord &r : d->store->unresolved()) {
                if (r.status == SaleStatus::Paying && (!r.nextCheckUtc.isValid() || r.nextCheckUtc > now))
                    d->store->setNextCheck(r.id, now);
            }
        }
        QTimer::singleShot(0, this, &SaleService::runDueChecks);
    }
}

SaleService::~SaleService()
{
    for (const QPointer<ApiCall> &call : std::as_const(d->inFlight)) {
        if (call)
            disconnect(call, nullptr, this, nullptr);
    }
    delete d;
}

qint64 SaleService::recheckDelayMs(int attempts, double jitter01)
{
    return RecheckSchedule::delayMs(attempts, jitter01);
}

void SaleService::setCounterOptions(const QString &terminalId, int duplicateWindowSeconds)
{
    if (SaleServiceOptions::isValidTerminalId(terminalId))
        d->options.terminalId = terminalId;
    d->options.duplicateWindowSeconds = qMax(0, duplicateWindowSeconds);
}

QString SaleService::generateReqId(const QString &terminalId, const QDateTime &nowUtc)
{
    QString terminal;
    for (QChar c : terminalId) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            terminal.append(c);
    }
    terminal = terminal.left(16);
    if (terminal.isEmpty())
        terminal = QStringLiteral("T");
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("KSR-%1-%2-%3")
        .arg(terminal, nowUtc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(random, 16, 16, QLatin1Char('0'));
}

QDateTime SaleService::Private::nextCheckAfter(int attempts, const QDateTime &now) const
{
    return now.addMSecs(recheckDelayMs(attempts, QRandomGenerator::global()->generateDouble()));
}

ApiCall *SaleService::inquire(const QString &productId, const QString &custId, Money amount)
{
    ApiRequest request;
    request.productId = productId;
    request.custId = custId;
    request.amount = amount;
    ApiCall *call = d->api->inquiry(request);
    // An inquiry's answer also tells the deposit and whether the server is reachable.
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result.cancelled)
            return;
        d->publishConnection(result);
        if (const auto balance = parseMoney(result.balance))
            emit balanceSeen(*balance);
    });
    return call;
}

std::optional<SaleRecord> SaleService::findDuplicate(const SaleDraft &draft) const
{
    if (d->options.duplicateWindowSeconds <= 0)
        return std::nullopt;
    const QDateTime since = d->clock->nowUtc().addSecs(-d->options.duplicateWindowSeconds);
    const QList<SaleRecord> rows
        = d->store->recentDuplicates(draft.productId, draft.custId, draft.amount, since);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QString SaleService::checkDraft(const SaleDraft &draft)
{
    const AmountLimits limits;
    if (draft.productId.trimmed().isEmpty())
        return tr("No product chosen.");
    if (draft.custId.trimmed().isEmpty())
        return tr("No customer number.");
    if (draft.amount < limits.minimum)
        return tr("The amount must be at least %1.").arg(limits.minimum.format());
    if (draft.storeFee.rupiah() < 0)
        return tr("The store fee cannot be negative.");
    if (draft.inquiryUnitPrice && draft.inquiryUnitPrice->rupiah() <= 0)
        return tr("The confirmed price is not valid.");
    static const QRegularExpression reqIdPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    if (!draft.reqId.isEmpty() && !reqIdPattern.match(draft.reqId).hasMatch())
        return tr("The req_id must be 1-64 letters, digits or . _ : -");
    // The total to collect: the confirmed price when there was an inquiry, else the nominal
    // amount (a direct payment learns its price from the answer; see SaleRecord::customerOwes()).
    const Money total = draft.inquiryUnitPrice.value_or(draft.amount) + draft.storeFee;
    if (draft.cashReceived && *draft.cashReceived < total)
        return tr("Cash received (%1) is less than the total to collect (%2).")
            .arg(draft.cashReceived->format(), total.format());
    return QString();
}

StartPaymentResult SaleService::startPayment(const SaleDraft &draft)
{
    using Result = StartPaymentResult::Outcome;
    StartPaymentResult out;
    auto refuse = [&out](Result outcome, const QString &error) {
        out.outcome = outcome;
        out.error = error;
        return out;
    };
    const QString invalid = checkDraft(draft);
    if (!invalid.isEmpty())
        return refuse(Result::InvalidInput, invalid);
    if (!d->store->isWritable())
        return refuse(Result::JournalError,
            tr("The receipt journal refuses writes, so nothing was sent: %1").arg(d->store->lastError()));
    // A req_id is never used for a second sale. The same sale again is reported (and re-checked
    // by the caller when unresolved); another sale under the same req_id is refused.
    if (!draft.reqId.isEmpty()) {
        if (const auto existing = d->store->findByReqId(draft.reqId)) {
            out.record = *existing;
            const bool same = existing->productId == draft.productId.trimmed()
                && existing->custId == draft.custId.trimmed() && existing->amount == draft.amount;
            if (same)
                return refuse(Result::ReqIdAlreadyUsed,
                    tr("The req_id %1 is already receipt %2 (%3).")
                        .arg(draft.reqId, existing->receiptNo, saleStatusName(existing->status)));
            return refuse(Result::ReqIdConflict,
                tr("The req_id %1 already belongs to receipt %2 with another product, number or "
                   "amount; a req_id is never used for a second sale.")
                    .arg(draft.reqId, existing->receiptNo));
        }
    }

    const QDateTime now = d->clock->nowUtc();
    SaleRecord r;
    // A caller's req_id (CLI --req-id) is used as given; otherwise a new one is minted.
    r.reqId = draft.reqId.isEmpty() ? generateReqId(d->options.terminalId, now) : draft.reqId;
    r.productId = draft.productId.trimmed();
    r.custId = draft.custId.trimmed();
    r.amount = draft.amount;
    r.inquiryUnitPrice = draft.inquiryUnitPrice;
    // Selling price = confirmed unit price + fee. Without an inquiry the unit price is known only
    // from the answer; until then the nominal amount stands in for it.
    r.storeFee = draft.storeFee;
    r.sellingPrice = draft.inquiryUnitPrice.value_or(draft.amount) + draft.storeFee;
    r.cashReceived = draft.cashReceived;
    r.settleCash();
    r.cashier = draft.cashier;
    r.status = SaleStatus::Paying;
    r.createdUtc = now;
    r.updatedUtc = now;
    r.nextCheckUtc = d->nextCheckAfter(0, now);

    const bool guard = !draft.allowDuplicate && d->options.duplicateWindowSeconds > 0;
    std::optional<SaleRecord> earlier;
    const bool inserted = guard ? d->store->insertSaleUnlessDuplicate(&r, d->options.terminalId,
                              now.addSecs(-d->options.duplicateWindowSeconds), &earlier)
                                : d->store->insertSale(&r, d->options.terminalId);
    if (!inserted) {
        if (earlier) {
            out.record = *earlier;
            return refuse(Result::Duplicate,
                tr("The same sale (%1 %2 %3) was made at %4 as receipt %5, status %6.")
                    .arg(earlier->productId, earlier->custId, earlier->amount.format(),
                        earlier->createdUtc.toLocalTime().toString(QStringLiteral("HH:mm")),
                        earlier->receiptNo, saleStatusName(earlier->status)));
        }
        // Two processes with one caller's req_id: the unique index stops the second.
        if (!draft.reqId.isEmpty() && d->store->findByReqId(draft.reqId))
            return startPayment(draft);
        return refuse(Result::JournalError,
            tr("The sale could not be written to the receipt journal, so "
               "nothing was sent: %1")
                .arg(d->store->lastError()));
    }
    qCInfo(lcSale) << "PAYING" << r.receiptNo << r.reqId << r.productId << r.amount.rupiah();
    d->checkpoint(SaleCheckpoint::PayingCommitted);

    emit saleChanged(r);
    d->publishUnresolved();
    d->send(r, true);
    d->schedule();
    out.outcome = Result::Sent;
    out.ok = true;
    out.record = r;
    return out;
}

// A send's lease lasts the whole exchange (the client's deadline) plus this margin.
constexpr qint64 LeaseMarginMs = 15000;
// A row whose stored request fails the checks is looked at again after this long.
constexpr qint64 DamagedRecheckMs = 24LL * 3600 * 1000;

void SaleService::Private::deferFinish(qint64 id)
{
    QTimer::singleShot(0, q, [this, id] {
        finishRecoveryItem(id);
        schedule();
    });
}

void SaleService::Private::notSent(const SaleRecord &record, bool initial, const QString &reason)
{
    qCCritical(lcSale).noquote() << "not sending" << record.reqId << ":" << reason;
    if (initial) {
        // The caller waits for the answer of this attempt: tell it nothing left.
        ApiResult result;
        result.outcome = Outcome::Pending;
        result.error = reason;
        // Not saved either: the row stays as it was, and recovery takes it up.
        QTimer::singleShot(0, q, [this, record, result] { emit q->saleFinished(record, result, false); });
    }
    deferFinish(record.id);
}

void SaleService::Private::holdDamaged(const SaleRecord &record, const QString &problem)
{
    const QString reason = QStringLiteral("not re-sent: %1").arg(problem);
    SaleRecord r = record;
    if (!r.flagged || r.flagReason != reason) {
        if (store->flagSale(r.id, reason)) {
            r.flagged = true;
            r.flagReason = reason;
            r.lastError = reason;
        }
    }
    notBefore.insert(r.id, clock->nowUtc().addMSecs(DamagedRecheckMs));
    qCCritical(lcSale).noquote() << "sale" << r.receiptNo << "held for the manager:" << reason;
    emit q->saleChanged(r);
    deferFinish(r.id);
}

void SaleService::Private::send(const SaleRecord &stored, bool initial)
{
    if (inFlight.contains(stored.id))
        return; // never two requests for the same req_id at once
    const QDateTime now = clock->nowUtc();
    if (!initial) {
        // A re-send goes out only if the stored request still passes a new sale's rules.
        const QString problem = StoredSaleCheck::problem(stored);
        if (!problem.isEmpty()) {
            holdDamaged(stored, problem);
            return;
        }
    }
    // Claimed in the journal before it leaves: the attempt is counted and a lease committed, so
    // no other process sends this row meanwhile, and a journal that cannot be written is never
    // sent from.
    SaleRecord record;
    QDateTime heldUntil;
    const QDateTime leaseUntil = now.addMSecs(qint64(api->config().timeoutMs) + LeaseMarginMs);
    switch (store->claimSend(stored.id, leaseUntil, &record, &heldUntil)) {
    case SendClaim::Claimed:
        break;
    case SendClaim::HeldElsewhere:
        notBefore.insert(stored.id, heldUntil);
        notSent(stored, initial,
            QStringLiteral("another program is sending this sale until %1")
                .arg(heldUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        return;
    case SendClaim::Settled:
        notBefore.remove(stored.id);
        emit q->saleChanged(record);
        publishUnresolved();
        deferFinish(stored.id);
        return;
    case SendClaim::Damaged:
        holdDamaged(record, store->lastError());
        return;
    case SendClaim::Refused:
        notBefore.insert(stored.id, nextCheckAfter(stored.attempts + 1, now));
        notSent(stored, initial,
            QStringLiteral("The receipt journal could not record this attempt, so nothing was sent: %1")
                .arg(store->lastError()));
        return;
    }

    ApiRequest request;
    request.productId = record.productId;
    request.custId = record.custId;
    request.amount = record.amount;
    request.reqId = record.reqId;
    qCDebug(lcSale) << (initial ? "sending" : "re-sending") << record.reqId;
    ApiCall *call = api->pay(request);
    const qint64 id = record.id;
    inFlight.insert(id, call);
    QObject::connect(call, &ApiCall::finished, q,
        [this, id, initial](const ApiResult &result) { onPayFinished(id, initial, result); });
    checkpoint(SaleCheckpoint::PaymentSent);
}

void SaleService::Private::onPayFinished(qint64 id, bool initial, const ApiResult &result)
{
    inFlight.remove(id);
    checkpoint(SaleCheckpoint::AnswerReceived);

    const std::optional<SaleRecord> current = store->findById(id);
    if (!current) {
        qCWarning(lcSale) << "answer for sale" << id << "that the journal cannot read:" << store->lastError();
        publishConnection(result);
        SaleRecord unread;
        unread.id = id;
        emit q->saleFinished(unread, result, false);
        finishRecoveryItem(id);
        schedule();
        return;
    }
    SaleRecord r = *current;
    if (!r.isUnresolved()) {
        // Settled meanwhile (e.g. by another process on the same journal): keep what is there.
        publishConnection(result);
        emit q->saleFinished(r, result, true);
        finishRecoveryItem(id);
        schedule();
        return;
    }

    // r.attempts already counts this send: the claim before it left incremented it.
    DecisionContext context;
    context.now = clock->nowUtc();
    context.firstSend = initial && r.attempts == 1;
    context.maxAdminFee = maxAdminFee(r.productId);
    context.jitter01 = QRandomGenerator::global()->generateDouble();
    r = SaleDecision::apply(r, result, context);
    r.settleCash(); // change never below zero; the rest is what the customer still owes
    if (r.isUnresolved())
        notBefore.insert(id, r.nextCheckUtc);
    else
        notBefore.remove(id);
    const bool saved = store->updateResult(r);
    if (!saved) {
        qCCritical(lcSale) << "cannot commit the answer for" << r.reqId << ":" << store->lastError()
                           << "- the row stays unresolved and will be re-checked";
        // The stored row is still unresolved: keep a backoff for it here (no hot loop of re-sends).
        notBefore.insert(id, nextCheckAfter(r.attempts, clock->nowUtc()));
    }
    qCInfo(lcSale) << saleStatusName(r.status) << r.receiptNo << r.reqId << "attempt" << r.attempts
                   << (r.flagged ? r.flagReason : QString());

    if (saved)
        emit q->saleChanged(r);
    publishConnection(result);
    if (const auto balance = parseMoney(result.balance))
        emit q->balanceSeen(*balance);
    emit q->saleFinished(r, result, saved);
    publishUnresolved();
    finishRecoveryItem(id);
    schedule();
}

void SaleService::Private::publishConnection(const ApiResult &result)
{
    const bool nowReachable = result.httpStatus != 0;
    if (reachable && *reachable == nowReachable)
        return;
    reachable = nowReachable;
    emit q->connectionStateChanged(
        nowReachable, nowReachable ? QStringLiteral("HTTP %1").arg(result.httpStatus) : result.error);
}

void SaleService::Private::publishUnresolved()
{
    const int count = store->unresolvedCount();
    if (count == lastUnresolved)
        return;
    lastUnresolved = count;
    emit q->unresolvedCountChanged(count);
}

void SaleService::Private::finishRecoveryItem(qint64 id)
{
    if (!recoveryWaiting.remove(id) || !recoveryWaiting.isEmpty())
        return;
    const int left = store->unresolvedCount();
    qCInfo(lcSale) << "recovery finished," << left << "still unresolved";
    emit q->recoveryFinished(left);
}

void SaleService::Private::schedule()
{
    if (!options.autoRecovery)
        return;
    // Wake at the earliest due row, and at least every minute to pick up rows written by another
    // process on the same journal or a clock that moved.
    const QDateTime next = q->nextScheduledCheckUtc();
    qint64 ms = 60000;
    if (next.isValid())
        ms = std::clamp<qint64>(clock->nowUtc().msecsTo(next), 0, 60000);
    timer.start(int(ms));
}

void SaleService::runDueChecks()
{
    const QDateTime now = d->clock->nowUtc();
    for (const SaleRecord &r : d->store->unresolved()) {
        if (d->inFlight.contains(r.id))
            continue;
        if (d->dueAt(r, now) <= now)
            d->send(r, false);
    }
    d->publishUnresolved();
    d->schedule();
}

QDateTime SaleService::nextScheduledCheckUtc() const
{
    QDateTime earliest;
    const QDateTime now = d->clock->nowUtc();
    for (const SaleRecord &r : d->store->unresolved()) {
        if (d->inFlight.contains(r.id))
            continue;
        const QDateTime due = d->dueAt(r, now);
        if (!earliest.isValid() || due < earliest)
            earliest = due;
    }
    return earliest;
}

void SaleService::recoverNow()
{
    const QList<SaleRecord> rows = d->store->unresolved();
    for (const SaleRecord &r : rows)
        d->recoveryWaiting.insert(r.id);
    for (const SaleRecord &r : rows)
        d->send(r, false); // rows already in flight are waited for, not sent twice
    if (d->recoveryWaiting.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit recoveryFinished(d->store->unresolvedCount()); });
    }
}

std::optional<SaleRecord> SaleService::lastSaleTo(const QString &custId) const
{
    return d->store->lastSaleTo(custId);
}

int SaleService::unresolvedCount() const
{
    return d->store->unresolvedCount();
}

QList<SaleRecord> SaleService::unresolvedSales() const
{
    return d->store->unresolved();
}

int SaleService::inFlightCount() const
{
    return int(d->inFlight.size());
}

bool SaleService::isInFlight(qint64 saleId) const
{
    return d->inFlight.contains(saleId);
}

} // namespace Kasir
