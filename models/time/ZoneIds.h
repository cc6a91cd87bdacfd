#pragma once

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace companion::zoneids {

// The time zones Companion accepts from anyone: the names of the IANA database as the
// system's tzdata lists them (its tzdata.zi, or Qt's list when that file is missing),
// never a path, a POSIX rule string or Qt's own "UTC+05:00" offsets. QTimeZone would open
// a file for any of those, even ../../proc/self/fd/0.
bool isKnown(const QString &id);

// The zone for a known id; nullopt for anything else.
std::optional<QTimeZone> zoneFor(const QString &id);

} // namespace companion::zoneids
