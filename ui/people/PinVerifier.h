#pragma once

#include "people/PinCheck.h"

#include <QObject>

namespace Kasir {

class UserDirectory;

// Checks a PIN without blocking the window: the PBKDF2 work runs on a worker thread, the
// journal is read and written on this thread. finished() comes from the event loop.
class PinVerifier : public QObject
{
    Q_OBJECT
public:
    explicit PinVerifier(UserDirectory *users, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void verify(const QString &name, const QString &pin);

signals:
    void finished(const Kasir::PinCheck &check);

private:
    UserDirectory *m_users;
    bool m_busy = false;
};

} // namespace Kasir
