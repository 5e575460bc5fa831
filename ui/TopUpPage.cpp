#include "TopUpPage.h"

#include "ConfirmPanel.h"
#include "DuplicatePrompt.h"
#include "EntryPanel.h"
#include "PendingSalesPanel.h"
#include "ResolveNotice.h"
#include "ResultPanel.h"
#include "api/MerchantApiClient.h"

#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kasir {

namespace {
Q_LOGGING_CATEGORY(lcCounter, "kasir.ui")
} // namespace

TopUpPage::TopUpPage(
    SaleService *sales, const ProductCatalog &catalog, const CounterConfig &config, QWidget *parent)
    : QWidget(parent)
    , m_sales(sales)
    , m_catalog(catalog)
    , m_config(config)
    , m_stack(new QStackedWidget(this))
    , m_entry(new EntryPanel(catalog, m_stack))
    , m_confirm(new ConfirmPanel(m_stack))
    , m_result(new ResultPanel(m_stack))
    , m_pending(new PendingSalesPanel(sales, catalog, this))
    , m_notice(new ResolveNotice(sales, catalog, config.resolveSound, this))
{
    setObjectName(QStringLiteral("topUpPage"));
    m_stack->addWidget(m_entry);
    m_stack->addWidget(m_confirm);
    m_stack->addWidget(m_result);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(16);
    layout->addWidget(m_stack, 5);
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(8);
    side->addWidget(m_notice);
    side->addWidget(m_pending, 1);
    m_pending->setMinimumWidth(260);
    m_pending->setMaximumWidth(420);
    m_notice->setMaximumWidth(420);
    layout->addLayout(side, 2);

    connect(m_entry, &EntryPanel::inquiryRequested, this, &TopUpPage::onInquiryRequested);
    connect(m_entry, &EntryPanel::cancelRequested, this, &TopUpPage::onInquiryCancelled);
    connect(m_confirm, &ConfirmPanel::backRequested, this, &TopUpPage::onBack);
    connect(m_confirm, &ConfirmPanel::payRequested, this, &TopUpPage::onPayRequested);
    connect(m_confirm, &ConfirmPanel::recheckRequested, this, &TopUpPage::onRecheck);
    connect(m_entry, &EntryPanel::numberSettled, this, &TopUpPage::onNumberSettled);
    connect(m_sales, &SaleService::balanceSeen, this, [this](Money balance) { m_lastDeposit = balance; });
    connect(m_result, &ResultPanel::newSaleRequested, this, &TopUpPage::startNewSale);
    connect(m_sales, &SaleService::saleFinished, this, &TopUpPage::onSaleFinished);
    connect(m_sales, &SaleService::saleChanged, this, &TopUpPage::onSaleChanged);

    startNewSale();
}

TopUpPage::~TopUpPage()
{
    if (m_inquiry) {
        ApiCall *call = m_inquiry;
        m_inquiry = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

QString TopUpPage::productName(const QString &code) const
{
    const Product *p = m_catalog.find(code);
    return p ? p->name : code;
}

void TopUpPage::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void TopUpPage::startNewSale()
{
    if (m_step == Step::Paying || m_step == Step::Inquiring)
        return;
    m_payingReqId.clear();
    m_stack->setCurrentWidget(m_entry);
    setStep(Step::Entry);
    m_entry->reset();
}

void TopUpPage::onInquiryRequested(const Product &product, const QString &custId, Money amount)
{
    if (m_step != Step::Entry)
        return;
    m_product = product;
    m_custId = custId;
    m_amount = amount;
    m_entry->setBusy(true);
    setStep(Step::Inquiring);
    emit inquiryStarted();
    ApiCall *call = m_sales->inquire(product.code, custId, amount);
    if (!call) {
        m_entry->setBusy(false);
        setStep(Step::Entry);
        m_entry->showInquiryError(
            tr("The price check could not be started. Nothing was charged; press Enter to "
               "try again."));
        return;
    }
    m_inquiry = call;
    connect(call, &ApiCall::finished, this,
        [this, call](const ApiResult &result) { onInquiryFinished(call, result); });
}

void TopUpPage::onInquiryCancelled()
{
    if (m_step != Step::Inquiring)
        return;
    ApiCall *call = m_inquiry;
    m_inquiry = nullptr;
    if (call) {
        call->disconnect(this);
        call->abort(); // an inquiry never charges: abandoning it is harmless
    }
    m_entry->setBusy(false);
    setStep(Step::Entry);
    m_entry->showInquiryInfo(tr("Price check cancelled. Nothing was sent for payment."));
    m_entry->focusAmount();
}

void TopUpPage::onInquiryFinished(ApiCall *call, const ApiResult &result)
{
    if (call != m_inquiry || m_step != Step::Inquiring)
        return;
    m_inquiry = nullptr;
    m_entry->setBusy(false);
    if (result.outcome == Outcome::Success) {
        const std::optional<Money> price = Money::fromApiString(result.unitPrice);
        if (!price || price->rupiah() <= 0) {
            qCWarning(lcCounter).noquote() << "inquiry price unreadable:" << result.unitPrice;
            setStep(Step::Entry);
            m_entry->showInquiryError(
                tr("The server's price could not be read. Nothing was charged; press Enter to "
                   "try again."),
                tr("Price received: \"%1\"").arg(result.unitPrice));
            m_entry->focusAmount();
            return;
        }
        m_unitPrice = *price;
        // The inquiry's answer carries the deposit; else the last one seen.
        if (const std::optional<Money> deposit = Money::fromApiString(result.balance))
            m_lastDeposit = deposit;
        m_confirm->setSale(m_product, m_custId, m_amount, m_unitPrice, m_config.storeFeeFor(m_product.code));
        m_confirm->setDeposit(m_lastDeposit);
        m_stack->setCurrentWidget(m_confirm);
        setStep(Step::Confirm);
        m_confirm->focusDefault();
        return;
    }
    setStep(Step::Entry);
    // An inquiry charges nothing, whatever went wrong: the headline says so in plain words and
    // what to do; the technical reason goes to the log and the details line.
    const QString detail = result.reason();
    qCWarning(lcCounter).noquote() << "inquiry failed:" << outcomeName(result.outcome) << detail;
    switch (result.outcome) {
    case Outcome::Failed:
    case Outcome::Rejected:
        m_entry->showInquiryError(
            tr("The server refused the price check, nothing charged. Check the number and "
               "the amount, then Enter to try again."),
            detail.isEmpty() ? QString() : tr("Server: %1").arg(detail));
        break;
    case Outcome::Pending:
    case Outcome::Success: {
        // The details are facts, not the payment's wording ("outcome unknown" is never true of a
        // price check); the full text is in the log above.
        QString facts;
        if (result.timedOut)
            facts = tr("no answer within the time limit");
        else if (result.httpStatus == 0)
            facts = tr("no HTTP answer (the connection failed or was closed)");
        else
            facts = tr("HTTP %1").arg(result.httpStatus);
        m_entry->showInquiryError(
            tr("Price check failed, nothing charged. Check the connection, then Enter to "
               "try again."),
            tr("Details: %1").arg(facts));
        break;
    }
    }
    m_entry->focusAmount();
}

void TopUpPage::onBack()
{
    if (m_step != Step::Confirm)
        return;
    m_stack->setCurrentWidget(m_entry);
    setStep(Step::Entry);
    m_entry->focusAmount();
}

void TopUpPage::onRecheck()
{
    if (m_step != Step::Confirm)
        return;
    // A fresh inquiry of the same sale (for example after the deposit was topped up).
    m_stack->setCurrentWidget(m_entry);
    setStep(Step::Entry);
    onInquiryRequested(m_product, m_custId, m_amount);
}

void TopUpPage::onNumberSettled(const QString &custId)
{
    if (m_step != Step::Entry || custId.isEmpty())
        return;
    // One index seek (ReceiptStore::lastSaleTo): instant at any journal size.
    m_entry->showLastSale(m_config.repeatCustomer ? m_sales->lastSaleTo(custId) : std::nullopt);
}

void TopUpPage::onPayRequested(std::optional<Money> cashReceived)
{
    if (m_step != Step::Confirm)
        return;
    // From here until the result is known the pay action stays disabled (ConfirmPanel did so).
    setStep(Step::Paying);
    SaleDraft draft;
    draft.productId = m_product.code;
    draft.custId = m_custId;
    draft.amount = m_amount;
    draft.inquiryUnitPrice = m_unitPrice;
    draft.storeFee = m_confirm->storeFee();
    draft.cashReceived = cashReceived;
    draft.cashier = m_config.cashierName;

    const std::optional<SaleRecord> earlier = m_sales->findDuplicate(draft);
    if (!earlier) {
        sendPayment(draft);
        return;
    }
    const bool unresolved = earlier->isUnresolved();
    m_confirm->setSendingShown(false); // nothing is on its way while the question is open
    m_confirm->showNote(unresolved ? tr("The same top-up is still being checked: see the question.")
                                   : tr("The same top-up was made recently: answer the question first."),
        false);
    DuplicatePrompt::ask(
        window(), *earlier, m_product.name, this, [this, draft, unresolved](DuplicatePrompt::Answer answer) {
            if (m_step != Step::Paying || !m_payingReqId.isEmpty())
                return;
            // Never a second send while the first one's outcome is unknown.
            if (answer == DuplicatePrompt::Answer::SendAgain && !unresolved) {
                SaleDraft again = draft;
                again.allowDuplicate = true; // the cashier saw the earlier sale and chose to sell again
                sendPayment(again);
                return;
            }
            setStep(Step::Confirm);
            m_confirm->setPaying(false);
            if (answer == DuplicatePrompt::Answer::CheckNow) {
                m_sales->recoverNow();
                m_confirm->showNote(
                    tr("Not sent. The earlier sale is being checked now: its result appears in the list "
                       "on the right. Esc goes back."),
                    true);
            } else {
                m_confirm->showNote(unresolved
                        ? tr("Not sent: the earlier sale is still being checked. Esc goes back.")
                        : tr("Not sent: the earlier sale stands. Esc goes back."),
                    true);
            }
            m_confirm->focusDefault();
        });
}

void TopUpPage::sendPayment(const SaleDraft &draft)
{
    // The answer always arrives later from the event loop (ApiCall never finishes inside pay()).
    const StartPaymentResult started = m_sales->startPayment(draft);
    if (!started.ok) {
        setStep(Step::Confirm);
        m_confirm->setPaying(false);
        m_confirm->showNote(tr("Not sent, nothing charged: %1").arg(started.error), true);
        m_confirm->focusDefault();
        return;
    }
    m_payingReqId = started.record.reqId;
    m_confirm->setSendingShown(true);
    emit paymentStarted(started.record);
}

void TopUpPage::onSaleFinished(const SaleRecord &record, const ApiResult &result)
{
    if (m_step != Step::Paying)
        return;
    if (record.reqId != m_payingReqId)
        return; // recovery of another sale: the pending list shows it
    showResult(record, result);
}

void TopUpPage::showResult(const SaleRecord &record, const ApiResult &result)
{
    m_confirm->setPaying(false);
    m_result->showSale(record, result, productName(record.productId));
    m_stack->setCurrentWidget(m_result);
    setStep(Step::Result);
    m_result->setFocus(Qt::OtherFocusReason);
}

void TopUpPage::onSaleChanged(const SaleRecord &record)
{
    if (m_step == Step::Result && record.id == m_result->record().id)
        m_result->updateSale(record);
}

void TopUpPage::setCounterConfig(const CounterConfig &config)
{
    m_config = config;
    m_notice->setSound(config.resolveSound);
}

} // namespace Kasir
