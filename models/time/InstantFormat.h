#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace companion {

// RFC 3339 text for instants and local times. The slot engine, the server and the client
// keep instants as whole milliseconds since the Unix epoch (UTC); these helpers are their
// only door to text (one parser, one writer per form).
namespace instant {

// Wire form, RFC 3339 UTC: "2025-03-30T01:00:00Z", with ".sss" only when the millisecond
// part is not zero ("2025-03-30T01:00:00.500Z").
QString toUtcStringMs(qint64 epochMs);
// Wall-clock time with its numeric offset, e.g. "2025-03-30T03:00:00+02:00" ("+00:00", never
// "Z"); ".sss" only when the millisecond part is not zero.
QString toLocalStringMs(qint64 epochMs, int offsetSeconds);
// Storage form: fixed width "yyyy-MM-ddTHH:mm:ss.sssZ" (always three fraction digits), so
// that stored instants compare and sort correctly as text (the wire form does not:
// "10:00:00.500Z" < "10:00:00Z"). Years 0000-9999 only.
QString toStorageStringMs(qint64 epochMs);
// Whole-second UTC form without a fraction ("2025-03-30T01:00:00Z"), for stamps that are
// seconds by design (the server's own created_at/updated_at clock readings, token expiries).
QString toUtcStringSecs(qint64 epochSeconds);
// Accepts RFC 3339 date-times with "Z" or a numeric offset; seconds optional; a fraction
// of 1 to 9 digits after the seconds is kept to the millisecond and sub-millisecond digits
// are truncated (".1239" -> 123 ms, always toward the past). Returns std::nullopt for
// anything else: a missing offset, more than 9 fraction digits, out-of-range fields.
std::optional<qint64> parseMs(const QString &text);
// "YYYY-MM-DD" only.
std::optional<QDate> parseDate(const QString &text);
// "HH:MM" with 00:00 <= value <= 24:00; returns minutes since local midnight.
std::optional<int> parseMinuteOfDay(const QString &text);
QString minuteOfDayToString(int minute);

// QDateTime overloads of the above (any time spec; the instant is what counts). An invalid
// QDateTime gives an empty string; parse() gives an invalid QDateTime for text parseMs refuses.
QString toUtcStringMs(const QDateTime &instant);
QString toStorageStringMs(const QDateTime &instant);
QString toUtcStringSecs(const QDateTime &instant);
QDateTime parse(const QString &text); // UTC

} // namespace instant
} // namespace companion
