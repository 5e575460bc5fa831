#pragma once

#include "clock/Clock.h"

// A clock the test sets and moves by hand.
class TestClock final : public Kasir::Clock
{
public:
    explicit TestClock(const QDateTime &startUtc = QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC))
        : m_now(startUtc.toUTC())
    { }
    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};
