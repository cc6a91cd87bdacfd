#include "models/video/JoinWindow.h"

namespace companion {

JoinWindow::State JoinWindow::stateAt(qint64 nowMs, qint64 startMs, qint64 endMs, int leadMinutes,
                                      bool cancelled, bool online)
{
    // The lasting reasons first: a cancelled or finished session stays so when back online.
    if (cancelled)
        return State::Cancelled;
    if (nowMs >= endMs)
        return State::Ended;
    if (nowMs < startMs - qint64(leadMinutes) * 60'000)
        return State::TooEarly;
    return online ? State::Open : State::Offline;
}

qint64 JoinWindow::msUntilOpen(qint64 nowMs, qint64 startMs, int leadMinutes)
{
    return qMax<qint64>(0, startMs - qint64(leadMinutes) * 60'000 - nowMs);
}

} // namespace companion
