#pragma once

#include "CounterConfig.h"
#include "api/ApiResult.h"
#include "catalog/ProductCatalog.h"
#include "sale/SaleService.h"
#include "store/SaleRecord.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace Kasir {

class ApiCall;
class ConfirmPanel;
class EntryPanel;
class PendingSalesPanel;
class ResolveNotice;
class ResultPanel;

// The top-up flow: entry -> inquiry (async, Esc cancels) -> confirmation -> payment -> result,
// beside the list of sales being checked. It talks to SaleService only.
class TopUpPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Entry, Inquiring, Confirm, Paying, Result };
    Q_ENUM(Step)

    TopUpPage(SaleService *sales, const ProductCatalog &catalog, const CounterConfig &config,
        QWidget *parent = nullptr);
    ~TopUpPage() override;

    Step step() const { return m_step; }
    EntryPanel *entryPanel() const { return m_entry; }
    ConfirmPanel *confirmPanel() const { return m_confirm; }
    ResultPanel *resultPanel() const { return m_result; }
    PendingSalesPanel *pendingPanel() const { return m_pending; }
    ResolveNotice *resolveNotice() const { return m_notice; }

    // Starts over: empty fields, focus on the wallet buttons.
    void startNewSale();
    // The logged-in user (recorded on each sale) and the prices, changed without a restart.
    void setCounterConfig(const CounterConfig &config);
    const CounterConfig &counterConfig() const { return m_config; }

signals:
    void stepChanged(Kasir::TopUpPage::Step step);
    void inquiryStarted();
    void paymentStarted(const Kasir::SaleRecord &record);

private:
    void setStep(Step step);
    void onInquiryRequested(const Kasir::Product &product, const QString &custId, Kasir::Money amount);
    void onInquiryCancelled();
    void onInquiryFinished(ApiCall *call, const Kasir::ApiResult &result);
    void onBack();
    void onRecheck();
    void onNumberSettled(const QString &custId);
    void onPayRequested(std::optional<Kasir::Money> cashReceived);
    void sendPayment(const SaleDraft &draft);
    void onSaleFinished(const Kasir::SaleRecord &record, const Kasir::ApiResult &result);
    void onSaleChanged(const Kasir::SaleRecord &record);
    void showResult(const SaleRecord &record, const ApiResult &result);
    QString productName(const QString &code) const;

    SaleService *m_sales;
    ProductCatalog m_catalog;
    CounterConfig m_config;
    Step m_step = Step::Entry;

    QStackedWidget *m_stack;
    EntryPanel *m_entry;
    ConfirmPanel *m_confirm;
    ResultPanel *m_result;
    PendingSalesPanel *m_pending;
    ResolveNotice *m_notice;

    QPointer<ApiCall> m_inquiry;
    // What the confirmation shows.
    Product m_product;
    QString m_custId;
    Money m_amount;
    Money m_unitPrice;
    std::optional<Money> m_lastDeposit; // from the last answer that carried one
    // The payment in flight.
    QString m_payingReqId;
};

} // namespace Kasir
