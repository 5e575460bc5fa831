#include "CliProcess.h"

#include "SandboxProcess.h"

#include <QJsonDocument>

QJsonObject CliProcess::Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliProcess::CliProcess(SandboxProcess *sandbox, const QString &journalPath)
    : m_sandbox(sandbox)
    , m_journal(journalPath)
{ }

QProcessEnvironment CliProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASIR_BASE_URL"));
    env.remove(QStringLiteral("KASIR_TERMINAL"));
    env.remove(QStringLiteral("KASIR_TEST_CRASH_AT"));
    env.insert(QStringLiteral("KASIR_API_KEY"), m_sandbox->apiKey());
    env.insert(QStringLiteral("KASIR_DB"), m_journal);
    env.insert(QStringLiteral("KASIR_CASHIER"), QStringLiteral("Sari"));
    return env;
}

QStringList CliProcess::arguments(const QStringList &args) const
{
    return QStringList { QStringLiteral("--base-url"), m_sandbox->baseUrl().toString() } + args;
}

void CliProcess::start(QProcess *process, const QStringList &args) const
{
    process->setProcessEnvironment(environment());
    process->start(qEnvironmentVariable("KASIR_CLI_BIN"), arguments(args));
    process->closeWriteChannel();
}

CliProcess::Run CliProcess::collect(QProcess *process, int timeoutMs)
{
    Run run;
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished(5000);
        return run;
    }
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    return run;
}

CliProcess::Run CliProcess::run(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    start(&process, args);
    return collect(&process, timeoutMs);
}
