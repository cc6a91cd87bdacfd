#include "server/core/TimeFormat.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"

#include <QDateTime>

namespace companion::server {

QString rfc3339Ms(qint64 epochMs)
{
    return instant::toUtcStringMs(epochMs);
}

QString rfc3339Secs(qint64 epochSeconds)
{
    return instant::toUtcStringSecs(epochSeconds);
}

QString nowRfc3339()
{
    return rfc3339Secs(Clock::nowSecs());
}

QString dbInstantMs(qint64 epochMs)
{
    return instant::toStorageStringMs(epochMs);
}

std::optional<qint64> parseRfc3339Ms(const QString &text)
{
    return instant::parseMs(text);
}

} // namespace companion::server
