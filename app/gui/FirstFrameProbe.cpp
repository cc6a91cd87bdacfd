#include "app/gui/FirstFrameProbe.h"

#include "app/gui/shell/AccountController.h"
#include "models/itemmodels/SessionListModel.h"

#include <QQuickWindow>

#include <cstdio>
#include <ctime>

namespace companion {

namespace {
long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}
} // namespace

FirstFrameProbe::FirstFrameProbe(QQuickWindow *window, AccountController *account, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_account(account)
{
    // frameSwapped comes from the render thread; the model is read on the GUI thread, so
    // count its rows when the scene is synchronised (GUI thread blocked) instead.
    connect(
        window, &QQuickWindow::afterSynchronizing, this,
        [this] { m_rowsAtSwap = int(m_account->sessions()->all().size()); }, Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, &FirstFrameProbe::onFrameSwapped,
            Qt::DirectConnection);
}

bool FirstFrameProbe::requested()
{
    return qEnvironmentVariableIsSet("COMPANION_FIRST_FRAME_PROBE");
}

void FirstFrameProbe::onFrameSwapped()
{
    const long long now = monotonicNs();
    if (!m_firstFrameSeen) {
        m_firstFrameSeen = true;
        std::fprintf(stderr, "first-frame %lld\n", now);
    }
    if (m_rowsAtSwap > 0) {
        std::fprintf(stderr, "first-data-frame %lld sessions=%d\n", now, m_rowsAtSwap);
        std::fflush(stderr);
        disconnect(m_window, nullptr, this, nullptr);
    }
}

} // namespace companion
