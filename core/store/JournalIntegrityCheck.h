#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace Kasir {

// The journal's full integrity check (PRAGMA quick_check) on a worker thread with its own
// read-only connection, so that the window starts at once whatever the journal's size and still
// learns of damage soon after. finished() arrives on the thread that called start().
class JournalIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit JournalIntegrityCheck(const QString &path, QObject *parent = nullptr);
    ~JournalIntegrityCheck() override; // waits for a running check

    void start();
    bool isRunning() const;

    // The check itself, on the calling thread: empty when the file passed, otherwise the faults.
    static QString run(const QString &path);

signals:
    void finished(bool ok, const QString &detail);

private:
    QString m_path;
    QThread *m_thread = nullptr;
};

} // namespace Kasir
