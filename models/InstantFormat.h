#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace companion {

// RFC 3339 text for instants and local times. The slot engine works in whole seconds
// since the Unix epoch (UTC); these helpers are its only door to text.
namespace instant {

// "2025-03-30T01:00:00Z"
QString toUtcString(qint64 epochSeconds);
// Wall-clock time with its numeric offset, e.g. "2025-03-30T03:00:00+02:00" ("+00:00", never "Z").
QString toLocalString(qint64 epochSeconds, int offsetSeconds);
// Accepts RFC 3339 date-times with "Z" or a numeric offset (seconds optional, fractions
// ignored). Returns std::nullopt for anything else, including a missing offset.
std::optional<qint64> parse(const QString &text);
// "YYYY-MM-DD" only.
std::optional<QDate> parseDate(const QString &text);
// "HH:MM" with 00:00 <= value <= 24:00; returns minutes since local midnight.
std::optional<int> parseMinuteOfDay(const QString &text);
QString minuteOfDayToString(int minute);

} // namespace instant
} // namespace companion
