#pragma once

#include <QString>

namespace companion {

// Quiet by default, verbose on request. Both programs print only warnings and errors
// (their info categories off) unless --verbose; QT_LOGGING_RULES still wins, as Qt applies
// it after these rules. The window also keeps a log file (info and up, tokens and feed
// URLs redacted), for when a teacher reports a problem.
namespace logsetup {

void forCommandLine(bool verbose);
// `logDirectory` empty: no file (screenshot and test runs).
void forWindow(bool verbose, const QString &logDirectory);

} // namespace logsetup
} // namespace companion
