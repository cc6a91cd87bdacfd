#include "app/gui/shell/AppClock.h"

#include "models/time/Clock.h"
#include "models/time/RelativeWhen.h"

#include <QTimeZone>

namespace companion {

namespace {

QDateTime inZone(const QDateTime &instant, const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    return instant.toTimeZone(tz.isValid() ? tz : QTimeZone::utc());
}

} // namespace

QDateTime AppClock::now() const
{
    return Clock::nowUtc();
}

int AppClock::hourIn(const QDateTime &instant, const QString &zone) const
{
    return inZone(instant, zone).time().hour();
}

QString AppClock::relativeWhen(const QDateTime &start, const QDateTime &now, const QString &zone) const
{
    return RelativeWhen::format(start, now, inZone(now, zone).timeZone());
}

} // namespace companion
