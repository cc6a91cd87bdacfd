#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace companion {

// The text of each element of a delta-sync page's top-level "items" array, exactly as the
// server sent it: the cache stores an item's JSON as received (after QJsonDocument parsed the
// page and the item was validated) instead of serialising the parsed values a second time.
// `body` must be text that QJsonDocument already accepted. std::nullopt when the page is not
// the plain shape this reads (no "items" array, "items" twice, an escaped key, text left
// over): the caller then serialises the parsed items, as it always may.
std::optional<QList<QByteArrayView>> pageItemTexts(QByteArrayView body);

} // namespace companion
