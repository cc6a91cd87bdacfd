#pragma once

#include <QString>

namespace companion {

// The reverse-DNS id of Companion's desktop file (packaging/): notifications name it so the
// desktop shows our icon and name, and the autostart entry and the D-Bus names follow it.
inline QString desktopEntryId()
{
    return QStringLiteral("org.peerlearning.companion");
}

} // namespace companion
