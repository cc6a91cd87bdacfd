#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace companion {

// When something starts, as people say it, in a zone's calendar days: "Today at 18:00",
// "Tomorrow at 09:00", "Thursday at 18:00 (in 2 days)", "Thu 17 Dec at 18:00 (in 10 days)";
// the past alike ("Yesterday at 18:00", "Monday at 09:00 (2 days ago)"). Days are counted
// between calendar dates in `zone`, so 23:30 → 00:30 the next day is "Tomorrow", and DST
// days count as one day each.
struct RelativeWhen
{
    static QString format(const QDateTime &start, const QDateTime &now, const QTimeZone &zone,
                          const QLocale &locale = QLocale());
};

} // namespace companion
