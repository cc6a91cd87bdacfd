#pragma once

#include <QString>

#include <optional>

namespace companion::server {

// Opaque sync cursor: base64url("v1:<change_seq>"). Clients must not parse it; we may
// change its contents with a new version prefix.
namespace syncCursor {
QString encode(qint64 seq);
// nullopt for anything we did not issue.
std::optional<qint64> decode(const QString &cursor);
} // namespace syncCursor

} // namespace companion::server
