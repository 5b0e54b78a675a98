#include "reminders/clock.h"

#include <utility>

namespace samen::reminders {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime now)
    : m_now(std::move(now))
{ }

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime &now)
{
    m_now = now;
}

void ManualClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace samen::reminders
