#pragma once

#include <QRandomGenerator>
#include <QString>

namespace PpobSandbox {

// Mints ref_id (19 digits: epoch milliseconds followed by 6 digits, strictly increasing) and
// serial_no (product prefix + 9 digits).
class ReferenceGenerator
{
public:
    ReferenceGenerator();
    void seed(quint64 seed);

    QString nextRefId();
    QString nextSerialNo(const QString &prefix);

private:
    qint64 m_lastRef = 0;
    QRandomGenerator m_random;
};

} // namespace PpobSandbox
