#include "models/time/ClockOptions.h"

#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"

namespace companion::clockoptions {

namespace {

const QString kStart = QStringLiteral("clock-start");
const QString kPin = QStringLiteral("clock-pin");

} // namespace

void addTo(QCommandLineParser &parser)
{
    parser.addOption({ kStart,
                       QStringLiteral("Start the clock at INSTANT (RFC 3339, e.g. 2026-10-05T13:15:00Z) "
                                      "and let it run from there (tests, screenshots)."),
                       QStringLiteral("INSTANT") });
    parser.addOption({ kPin,
                       QStringLiteral("Stop the clock at INSTANT (RFC 3339): \"now\" never moves "
                                      "(tests, screenshots)."),
                       QStringLiteral("INSTANT") });
}

QString apply(const QCommandLineParser &parser)
{
    if (parser.isSet(kStart) && parser.isSet(kPin))
        return QStringLiteral("--clock-start and --clock-pin exclude each other.");
    for (const QString &name : { kStart, kPin }) {
        if (!parser.isSet(name))
            continue;
        const QString text = parser.value(name);
        const auto ms = instant::parseMs(text);
        if (!ms)
            return QStringLiteral("--%1 needs an RFC 3339 instant with a zone, e.g. "
                                  "2026-10-05T13:15:00Z (got \"%2\").")
                .arg(name, text);
        if (name == kStart)
            Clock::startAt(*ms);
        else
            Clock::pinAt(*ms);
    }
    return {};
}

} // namespace companion::clockoptions
