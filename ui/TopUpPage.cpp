#include "TopUpPage.h"

#include "ConfirmPanel.h"
#include "DuplicatePrompt.h"
#include "EntryPanel.h"
#include "PendingSalesPanel.h"
#include "ResultPanel.h"
#include "api/MerchantApiClient.h"

#include <QHBoxLayout>
#include <QStackedWidget>

namespace Kasir {

TopUpPage::TopUpPage(SaleService *sales, const ProductCatalog &catalog, const CounterConfig &config, QWidget *parent)
    : QWidget(parent),
      m_sales(sales),
      m_catalog(catalog),
      m_config(config),
      m_stack(new QStackedWidget(this)),
      m_entry(new EntryPanel(catalog, m_stack)),
      m_confirm(new ConfirmPanel(m_stack)),
      m_result(new ResultPanel(m_stack)),
      m_pending(new PendingSalesPanel(sales, catalog, this))
{
    setObjectName(QStringLiteral("topUpPage"));
    m_stack->addWidget(m_entry);
    m_stack->addWidget(m_confirm);
    m_stack->addWidget(m_result);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(16);
    layout->addWidget(m_stack, 5);
    m_pending->setMinimumWidth(260);
    m_pending->setMaximumWidth(420);
    layout->addWidget(m_pending, 2);

    connect(m_entry, &EntryPanel::inquiryRequested, this, &TopUpPage::onInquiryRequested);
    connect(m_entry, &EntryPanel::cancelRequested, this, &TopUpPage::onInquiryCancelled);
    connect(m_confirm, &ConfirmPanel::backRequested, this, &TopUpPage::onBack);
    connect(m_confirm, &ConfirmPanel::payRequested, this, &TopUpPage::onPayRequested);
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
        m_entry->showInquiryError(tr("The price check could not be started."));
        return;
    }
    m_inquiry = call;
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) { onInquiryFinished(call, result); });
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
            setStep(Step::Entry);
            m_entry->showInquiryError(tr("The server's price could not be read (\"%1\"). Nothing was charged; try again.")
                                              .arg(result.unitPrice));
            m_entry->focusAmount();
            return;
        }
        m_unitPrice = *price;
        m_confirm->setSale(m_product, m_custId, m_amount, m_unitPrice, m_config.storeFeeFor(m_product.code));
        m_stack->setCurrentWidget(m_confirm);
        setStep(Step::Confirm);
        m_confirm->focusDefault();
        return;
    }
    setStep(Step::Entry);
    switch (result.outcome) {
    case Outcome::Failed:
    case Outcome::Rejected:
        m_entry->showInquiryError(tr("The server refused: %1").arg(result.reason()));
        break;
    case Outcome::Pending:
    case Outcome::Success:
        m_entry->showInquiryError(tr("The price could not be checked: %1. Nothing was charged; press Enter to try again.")
                                          .arg(result.reason()));
        break;
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
    m_confirm->showNote(tr("The same top-up was made recently: answer the question first."), false);
    DuplicatePrompt::ask(window(), *earlier, m_product.name, this, [this, draft](bool sendAgain) {
        if (m_step != Step::Paying || !m_payingReqId.isEmpty())
            return;
        if (sendAgain) {
            SaleDraft again = draft;
            again.allowDuplicate = true; // the cashier saw the earlier sale and chose to sell again
            sendPayment(again);
        } else {
            setStep(Step::Confirm);
            m_confirm->setPaying(false);
            m_confirm->showNote(tr("Not sent: the earlier sale stands. Esc goes back."), true);
            m_confirm->focusDefault();
        }
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

} // namespace Kasir
