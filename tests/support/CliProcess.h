#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

class SandboxProcess;

// Runs the real kasir-ewallet-cli (KASIR_CLI_BIN) against a SandboxProcess with a given journal
// (KASIR_DB), the sandbox's key in KASIR_API_KEY and --base-url first on the command line.
class CliProcess
{
public:
    struct Run
    {
        int exitCode = -1; // -1: did not exit normally in time
        QByteArray out;
        QByteArray err;
        QJsonObject json() const; // stdout as one JSON object
    };

    CliProcess(SandboxProcess *sandbox, const QString &journalPath);

    void setJournal(const QString &journalPath) { m_journal = journalPath; }
    QString journal() const { return m_journal; }

    QProcessEnvironment environment() const;
    QStringList arguments(const QStringList &args) const; // --base-url URL + args
    // Starts without waiting; stdin is closed (not a terminal).
    void start(QProcess *process, const QStringList &args) const;
    static Run collect(QProcess *process, int timeoutMs = 60000);
    // Runs to the end.
    Run run(const QStringList &args, int timeoutMs = 60000) const;

private:
    SandboxProcess *m_sandbox;
    QString m_journal;
};
