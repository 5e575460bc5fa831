#include "people/PinVerifier.h"

#include "people/PinHasher.h"
#include "people/UserDirectory.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace Kasir {

PinVerifier::PinVerifier(UserDirectory *users, QObject *parent)
    : QObject(parent)
    , m_users(users)
{ }

void PinVerifier::verify(const QString &name, const QString &pin)
{
    if (m_busy)
        return;
    m_busy = true;
    PinCheck check;
    const std::optional<PinHash> stored = m_users->storedPin(name, &check);
    QPointer<PinVerifier> self(this);
    if (!stored) {
        QTimer::singleShot(0, this, [this, check] {
            m_busy = false;
            emit finished(check);
        });
        return;
    }
    const PinHash hash = *stored;
    QThreadPool::globalInstance()->start([self, name, pin, hash] {
        const bool matched = PinHasher::matches(pin, hash);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, name, matched] {
                if (!self)
                    return;
                self->m_busy = false;
                emit self->finished(self->m_users->recordAttempt(name, matched));
            },
            Qt::QueuedConnection);
    });
}

} // namespace Kasir
