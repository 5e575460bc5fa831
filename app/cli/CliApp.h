#pragma once

#include "CliPrinter.h"
#include "api/ApiResult.h"
#include "catalog/ProductCatalog.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace PpobSandbox {
class SandboxServer;
}

namespace Kasir {

class MerchantApiClient;
class ReceiptStore;
class SaleService;
struct SaleDraft;

// kasir-ewallet-cli: the same core as the window, from a terminal.
class CliApp : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        ExitSuccess = 0,
        ExitFailed = 1,      // FAILED or REJECTED: nothing charged
        ExitUsage = 2,       // invalid input or usage: nothing sent
        ExitPending = 3,     // outcome unknown, kept for recovery
        ExitEnvironment = 4, // no key, no address, unusable database
    };

    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses the arguments and runs the command; the exit code reaches QCoreApplication::exit().
    void start(const QStringList &arguments);

private:
    struct SaleInput
    {
        const Product *product = nullptr;
        QString custId;
        Money amount;
    };

    bool parseSaleInput(SaleInput *input);
    bool isDemo() const;
    bool setUpApi();
    bool setUpStore(bool needWritable);
    void setUpSaleService(bool autoRecovery);

    void runInquiry();
    void runPay(bool confirmFirst);
    void sendPayment(const SaleDraft &draft);
    void runPending();
    void runRecover();
    void runHistory();
    void runShow();

    bool confirmOnTerminal(const QString &question);
    void finish(int code);
    void fail(const QString &message, int code);

    QCommandLineParser m_parser;
    QStringList m_args; // positional arguments after the command
    std::unique_ptr<CliPrinter> m_printer;
    ProductCatalog m_catalog;
    QNetworkAccessManager *m_nam = nullptr;
    PpobSandbox::SandboxServer *m_demo = nullptr;
    MerchantApiClient *m_api = nullptr;
    std::unique_ptr<ReceiptStore> m_store;
    SaleService *m_sales = nullptr;
    bool m_finished = false;
};

} // namespace Kasir
