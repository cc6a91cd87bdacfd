#pragma once

#include <QString>

namespace companion::server {

// The server clock's "now" as a whole-second RFC 3339 UTC stamp (created_at, updated_at,
// ...). Every other instant text goes through models/time/InstantFormat.h (instant::).
QString nowRfc3339();

} // namespace companion::server
