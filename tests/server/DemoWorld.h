#pragma once

// The one demo world the UI tests (QML tests, screenshots) see: platform-server generates
// it around kDemoDate, and the server's and the app's clocks start at kDemoNow, so what
// the tests show and check is the same whatever day they run. Tests that only need *a*
// world run on the real clock and derive what they expect from the data they read.

#include <QString>
#include <QStringList>

namespace companion::test {

// A Tuesday; the demo world spans 60 days before it to 30 days after.
inline const QString kDemoDate = QStringLiteral("2026-12-01");
// 15:15 in Berlin (the creator's and Jonas's zone), 09:15 in New York (Priya's).
inline const QString kDemoNow = QStringLiteral("2026-12-01T14:15:00Z");

// platform-server arguments for that world. `clockOption` is "--clock-start" (the clock
// runs on, for tests that sync and wait) or "--clock-pin" (screenshots).
inline QStringList demoWorldArguments(const QString &now = kDemoNow,
                                      const QString &clockOption = QStringLiteral("--clock-start"))
{
    return { QStringLiteral("--demo"), QStringLiteral("--demo-date"), kDemoDate, clockOption, now };
}

} // namespace companion::test
