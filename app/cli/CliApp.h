#pragma once

#include "CliPrinter.h"
#include "api/ApiResult.h"
#include "catalog/ProductCatalog.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace PpobSandbox {
class SandboxServer;
}

namespace Kasir {

class InterruptWatcher;
class MerchantApiClient;
class ReceiptStore;
class SaleService;
struct SaleDraft;
struct SaleRecord;
enum class SaleCheckpoint;

// kasir-ewallet-cli: the same core as the window, from a terminal.
class CliApp : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        ExitSuccess = 0,
        ExitFailed = 1, // FAILED or REJECTED: nothing charged
        ExitUsage = 2, // invalid input or usage: nothing sent
        ExitPending = 3, // outcome unknown, kept for recovery
        ExitEnvironment = 4, // no key, no address, unusable database
    };

    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Parses the arguments and runs the command; the exit code reaches QCoreApplication::exit().
    void start(const QStringList &arguments);
    // Passed on to the sale service (SaleServiceOptions::checkpointHook); the crash tests use it.
    void setCheckpointHook(std::function<void(SaleCheckpoint)> hook);

private:
    struct SaleInput
    {
        const Product *product = nullptr;
        QString custId;
        Money amount;
    };

    QStringList withNegativeNumbersAsPositional(const QStringList &arguments) const;
    bool parseSaleInput(SaleInput *input);
    QString terminalOption() const;
    bool checkTerminalOption(); // false (and exit 2) for an invalid --terminal / KASIR_TERMINAL
    bool isDemo() const;
    bool setUpApi();
    bool setUpStore(bool needWritable);
    bool failedToRead(); // after a read: exits 4 with the reason when the journal could not be read
    void setUpSaleService(bool autoRecovery);

    void runInquiry();
    void runPay(bool confirmFirst);
    void payAfterInquiry(SaleDraft draft);
    void sendPayment(const SaleDraft &draft);
    void reportExisting(const SaleRecord &existing);
    void watchInterrupts(const QString &whatIsInFlight);
    void onInterrupted(int signalNumber);
    void runPending();
    void runRecover();
    void runHistory();
    void runShow();
    void runReceipt(); // ReceiptCommand.cpp
    void runReportCommand(const QString &command);

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
    InterruptWatcher *m_interrupts = nullptr;
    QString m_inFlightText; // what is in flight, for the message on SIGINT/SIGTERM
    std::function<void(SaleCheckpoint)> m_checkpointHook;
    QStringList m_valueOptions; // names of the options that take a value
    bool m_interactive = false;
    bool m_finished = false;
    bool m_storedKeyLookedUp = false;
    QString m_storedKey; // never logged
    QString m_storedKeySource;
};

} // namespace Kasir
