#pragma once

#include "Fault.h"

#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace PpobSandbox {

// FIFO of faults. Each request that the head fault applies to consumes one unit of its count.
// Optionally (training) a random fault is drawn for transaction requests the queue leaves alone.
class FaultQueue
{
public:
    void enqueue(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    // Units left over all queued faults.
    int unitsQueued() const;
    QJsonArray toJson() const;

    void setRandomRate(double probability, quint64 seed);
    double randomRate() const { return m_rate; }

    // The fault for one request on `endpoint`, if any (count of the returned copy is 1).
    std::optional<Fault> take(Fault::Endpoint endpoint);

private:
    Fault randomFault();

    QList<Fault> m_faults;
    double m_rate = 0.0;
    QRandomGenerator m_random;
};

} // namespace PpobSandbox
