#pragma once

#include <QByteArrayView>

namespace companion::server {

// Compares two byte strings without an early exit, so the time taken does not reveal how
// many leading bytes of a guessed signature, key or password hash were right. Lengths are
// public (fixed by each scheme), so a length mismatch may return at once.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace companion::server
