#pragma once

#include <QtGlobal>

namespace companion {

// When a session's Join button works: from `leadMinutes` before the start until the end,
// online, for a session that is not cancelled. Each state says why it does not.
struct JoinWindow
{
    enum class State { TooEarly, Open, Ended, Cancelled, Offline };
    static State stateAt(qint64 nowMs, qint64 startMs, qint64 endMs, int leadMinutes, bool cancelled,
                         bool online);
    // Milliseconds until the button opens (0 once it is open or past).
    static qint64 msUntilOpen(qint64 nowMs, qint64 startMs, int leadMinutes);
};

} // namespace companion
