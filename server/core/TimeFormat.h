#pragma once

#include <QString>

#include <optional>

namespace companion::server {

// Thin server names over the one instant implementation, models/InstantFormat.h.
// Wire text: RFC 3339 UTC, ".sss" only when the millisecond part is not zero.
QString rfc3339Ms(qint64 epochMs);
// Whole-second RFC 3339 UTC text, for stamps that are seconds by design: the server's
// own clock readings (created_at, updated_at, ...), token expiries, provider epochs.
QString rfc3339Secs(qint64 epochSeconds);
QString nowRfc3339();
// Database text of instants that may carry milliseconds (sessions.starts_at/ends_at and
// what is compared with them): fixed width "yyyy-MM-ddTHH:mm:ss.sssZ", so SQL < and >
// and ORDER BY on the TEXT column are correct. Bind parameters in this form too.
QString dbInstantMs(qint64 epochMs);
// RFC 3339 with "Z" or an offset -> epoch milliseconds (sub-millisecond digits truncated);
// nullopt otherwise. Reads the wire form and the database form alike.
std::optional<qint64> parseRfc3339Ms(const QString &text);

} // namespace companion::server
