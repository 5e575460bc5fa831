#include "ReferenceGenerator.h"

#include <QDateTime>

namespace PpobSandbox {

ReferenceGenerator::ReferenceGenerator()
    : m_random(QRandomGenerator::securelySeeded())
{ }

void ReferenceGenerator::seed(quint64 seed)
{
    m_random.seed(quint32(seed ^ (seed >> 32)) ^ 0x5eed5eedu);
}

QString ReferenceGenerator::nextRefId()
{
    // 1777946295495 ms * 10^6 is 19 digits until the year 2286.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    m_lastRef = qMax(now, m_lastRef + 1);
    return QString::number(m_lastRef);
}

QString ReferenceGenerator::nextSerialNo(const QString &prefix)
{
    const quint32 digits = m_random.bounded(100000000u, 1000000000u);
    return prefix + QString::number(digits);
}

} // namespace PpobSandbox
