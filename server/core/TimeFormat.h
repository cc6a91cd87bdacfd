#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace companion::server {

// RFC 3339 UTC text, the one instant format on the wire and in the database.
QString rfc3339(qint64 epochSeconds);
QString rfc3339(const QDateTime &dateTime);
QString nowRfc3339();
// Parses RFC 3339 with "Z" or an offset; nullopt otherwise.
std::optional<QDateTime> parseRfc3339(const QString &text);

} // namespace companion::server
