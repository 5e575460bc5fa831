#include "people/PinHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Kasir {

bool PinHasher::isValidPin(const QString &pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,8}$"));
    return re.match(pin).hasMatch();
}

QByteArray PinHasher::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    if (iterations < MinimumIterations || salt.isEmpty())
        return QByteArray();
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, HashBytes);
}

PinHash PinHasher::hashNew(const QString &pin, int iterations)
{
    PinHash h;
    h.salt.resize(SaltBytes);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(h.salt.data()), SaltBytes / int(sizeof(quint32)));
    h.iterations = qMax(iterations, int(MinimumIterations));
    h.hash = derive(pin, h.salt, h.iterations);
    return h;
}

bool PinHasher::matches(const QString &pin, const PinHash &stored)
{
    const QByteArray derived = derive(pin, stored.salt, stored.iterations);
    if (derived.isEmpty() || derived.size() != stored.hash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < derived.size(); ++i)
        diff |= static_cast<unsigned char>(derived.at(i) ^ stored.hash.at(i));
    return diff == 0;
}

} // namespace Kasir
