#pragma once

#include <QString>

namespace companion::server {

// The server clock's "now" as a whole-second RFC 3339 UTC stamp (created_at, updated_at,
// ...). Every other instant text goes through models/time/InstantFormat.h (instant::).
QString nowRfc3339();
// An instant as a person reads it in emails and pages, in their zone (UTC when unknown):
// "Thursday 3 December 2026, 18:00 (Europe/Berlin)".
QString wallTimeText(qint64 epochMs, const QString &zoneId);

} // namespace companion::server
