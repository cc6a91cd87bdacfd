#include "server/core/TimeFormat.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"

namespace companion::server {

QString nowRfc3339()
{
    return instant::toUtcStringSecs(Clock::nowSecs());
}

} // namespace companion::server
