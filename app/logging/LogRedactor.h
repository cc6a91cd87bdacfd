#pragma once

#include <QString>

namespace companion {

// What must never reach a log file: bearer and JWT tokens, refresh tokens, Stream feed
// tokens, and the secret part of calendar feed URLs (anyone holding one reads the calendar).
namespace logredactor {

QString redact(const QString &message);

} // namespace logredactor
} // namespace companion
