#pragma once

#include <QObject>

class QQuickWindow;

namespace companion {

class AccountController;

// For the start benchmark (tests/bench/start_bench.py), on when COMPANION_FIRST_FRAME_PROBE is
// set: prints to stderr the CLOCK_MONOTONIC time (ns) of the first frame the window swapped,
// and of the first one swapped after the session list got rows, e.g.
//   first-frame 123456789
//   first-data-frame 234567890 sessions=10000
// The benchmark compares them with its own clock reading taken before it started the process.
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    FirstFrameProbe(QQuickWindow *window, AccountController *account, QObject *parent = nullptr);

    static bool requested();

private:
    void onFrameSwapped();

    QQuickWindow *m_window;
    AccountController *m_account;
    bool m_firstFrameSeen = false;
    int m_rowsAtSwap = 0; // session rows the model had when the data frame was polished
};

} // namespace companion
