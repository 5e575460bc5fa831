#pragma once

#include <QObject>

class QSocketNotifier;

namespace Kasir {

// Turns SIGINT and SIGTERM into a Qt signal while a payment is in flight, so that the tool can
// say what it knows and exit cleanly instead of dying mid-sentence. The C signal handler only
// writes the signal number to a pipe (async-signal-safe); a QSocketNotifier reads it in the
// event loop. While not armed, the handler restores the default action and re-raises, so
// Ctrl-C still ends the tool at once (for example at a confirmation prompt).
// One instance per process.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; // restores the default actions

    bool install(); // false when the pipe or the handlers could not be set up
    void setArmed(bool armed);
    bool isArmed() const;

signals:
    void interrupted(int signalNumber);

private:
    void onReadable();

    int m_fds[2] = { -1, -1 };
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Kasir
