// ppob-sandbox: a local simulator of the merchant e-wallet API, for tests and cashier training.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cstdio>

using PpobSandbox::SandboxOptions;
using PpobSandbox::SandboxServer;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "ppob-sandbox: %s\n", message.toLocal8Bit().constData());
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ppob-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local simulator of the merchant e-wallet API (inquiry and transaction), with a "
                       "deposit ledger and fault injection. Admin endpoints: GET /__sandbox/ledger, "
                       "POST /__sandbox/reset, POST|GET|DELETE /__sandbox/faults."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one)."), QStringLiteral("N"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        QStringLiteral("Address to listen on (loopback only unless --allow-remote)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption allowRemoteOption(
        QStringLiteral("allow-remote"), QStringLiteral("Allow a non-loopback --host."));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
        QStringLiteral("The X-API-Key to accept (default: the environment variable "
                       "PPOB_SANDBOX_API_KEY, else sandbox-demo-key). The variable "
                       "keeps the key out of the process list."),
        QStringLiteral("KEY"), QStringLiteral("sandbox-demo-key"));
    const QCommandLineOption balanceOption(QStringLiteral("balance"),
        QStringLiteral("Starting deposit in rupiah (default 500000)."), QStringLiteral("RUPIAH"),
        QStringLiteral("500000"));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
        QStringLiteral("Product catalogue JSON replacing the built-in one."), QStringLiteral("FILE"));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"),
        QStringLiteral("Keep the ledger in this JSON file: read at start, "
                       "written after every change."),
        QStringLiteral("FILE"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
        QStringLiteral("Queue a fault (repeatable): KIND[:COUNT] with KIND drop_before, drop_after, "
                       "error500_before, error500_after, malformed_json, html502; delay:MS[:COUNT]; "
                       "pending:CHECKS[:SUCCESS|FAILED[:COUNT]]; suffix @inquiry or @any to "
                       "target other endpoints than transaction."),
        QStringLiteral("SPEC"));
    const QCommandLineOption rateOption(QStringLiteral("fault-rate"),
        QStringLiteral("Probability (0..1) of a random fault per transaction."), QStringLiteral("P"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed for --fault-rate and serial numbers."), QStringLiteral("S"));
    parser.addOptions({ portOption, hostOption, allowRemoteOption, keyOption, balanceOption, catalogOption,
        faultOption, rateOption, seedOption });
    parser.addOption(ledgerOption);
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));
    if (!parser.isSet(portOption))
        return usageError(QStringLiteral("--port is required (0 picks a free port)"));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port must be 0..65535"));

    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        return usageError(QStringLiteral("--host must be an IP address"));
    if (!host.isLoopback() && !parser.isSet(allowRemoteOption))
        return usageError(QStringLiteral("refusing to listen on %1: the sandbox is a simulator; "
                                         "use a loopback address or --allow-remote")
                              .arg(host.toString()));

    SandboxOptions options;
    options.apiKey = parser.value(keyOption);
    if (!parser.isSet(keyOption) && qEnvironmentVariableIsSet("PPOB_SANDBOX_API_KEY"))
        options.apiKey = qEnvironmentVariable("PPOB_SANDBOX_API_KEY");
    if (options.apiKey.isEmpty())
        return usageError(QStringLiteral("--api-key (or PPOB_SANDBOX_API_KEY) must not be empty"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(parser.value(balanceOption)).hasMatch())
        return usageError(QStringLiteral("--balance must be whole rupiah, digits only"));
    options.startBalance = parser.value(balanceOption).toLongLong();
    options.catalogPath = parser.value(catalogOption);
    options.ledgerPath = parser.value(ledgerOption);

    SandboxServer server(options);
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        if (!server.addFault(spec, &error))
            return usageError(error);
    }
    if (parser.isSet(rateOption)) {
        const double rate = parser.value(rateOption).toDouble(&ok);
        if (!ok || rate < 0.0 || rate > 1.0)
            return usageError(QStringLiteral("--fault-rate must be between 0 and 1"));
        quint64 seed = 0;
        if (parser.isSet(seedOption)) {
            seed = parser.value(seedOption).toULongLong(&ok);
            if (!ok)
                return usageError(QStringLiteral("--seed must be a non-negative integer"));
        } else {
            seed = quint64(QDateTime::currentMSecsSinceEpoch());
        }
        server.setFaultRate(rate, seed);
    }

    QString error;
    if (!server.listen(host, quint16(port), &error)) {
        std::fprintf(stderr, "ppob-sandbox: %s\n", error.toLocal8Bit().constData());
        return 4;
    }
    std::fprintf(stdout, "listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    // Runs until SIGTERM or SIGINT (default action: the process ends; nothing is persisted).
    return app.exec();
}
