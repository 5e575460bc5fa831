#include "FaultQueue.h"

#include <iterator>

namespace PpobSandbox {

int FaultQueue::unitsQueued() const
{
    int n = 0;
    for (const Fault &f : m_faults)
        n += f.count;
    return n;
}

QJsonArray FaultQueue::toJson() const
{
    QJsonArray array;
    for (const Fault &f : m_faults)
        array.append(f.toJson());
    return array;
}

void FaultQueue::setRandomRate(double probability, quint64 seed)
{
    m_rate = qBound(0.0, probability, 1.0);
    m_random.seed(quint32(seed ^ (seed >> 32)));
}

std::optional<Fault> FaultQueue::take(Fault::Endpoint endpoint)
{
    if (!m_faults.isEmpty() && m_faults.first().appliesTo(endpoint)) {
        Fault f = m_faults.first();
        if (--m_faults.first().count <= 0)
            m_faults.removeFirst();
        f.count = 1;
        return f;
    }
    if (endpoint == Fault::Endpoint::Transaction && m_rate > 0.0 && m_random.generateDouble() < m_rate)
        return randomFault();
    return std::nullopt;
}

Fault FaultQueue::randomFault()
{
    static constexpr Fault::Kind kinds[] = {
        Fault::Kind::Delay,
        Fault::Kind::DropBefore,
        Fault::Kind::DropAfter,
        Fault::Kind::Error500Before,
        Fault::Kind::Error500After,
        Fault::Kind::MalformedJson,
        Fault::Kind::Html502,
        Fault::Kind::Pending,
    };
    Fault f;
    f.kind = kinds[m_random.bounded(int(std::size(kinds)))];
    f.delayMs = f.kind == Fault::Kind::Delay ? 500 + int(m_random.bounded(2500)) : 0;
    f.checks = 1 + int(m_random.bounded(2));
    f.thenSuccess = m_random.bounded(4) != 0;
    return f;
}

} // namespace PpobSandbox
