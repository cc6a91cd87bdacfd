#include "app/gui/GuiOptions.h"

#include "app/gui/desktop/DeepLink.h"
#include "models/time/ZoneIds.h"

#include <QTimeZone>

namespace companion {

namespace {
const QStringList &calendarViews()
{
    static const QStringList views { QStringLiteral("week"), QStringLiteral("month"),
                                     QStringLiteral("agenda"), QStringLiteral("editor"),
                                     QStringLiteral("preview") };
    return views;
}
} // namespace

void GuiOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("screenshot"),
                       QStringLiteral("Render the window to a PNG once data is loaded, then exit."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("screenshot-report"),
                       QStringLiteral("With --screenshot: also write a JSON report of the named items."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("page"),
                       QStringLiteral("Start on this page: %1.")
                           .arg(AppController::pageNames().join(QStringLiteral(", "))),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("sync-now"),
                       QStringLiteral("Sync at once (in the running Companion, if there is one).") });
    parser.addOption({ QStringLiteral("join"),
                       QStringLiteral("Open the room of this session (as companion://join/ID does)."),
                       QStringLiteral("SESSION_ID") });
    parser.addPositionalArgument(QStringLiteral("links"),
                                 QStringLiteral("companion:// links to open, e.g. companion://session/ID."),
                                 QStringLiteral("[links...]"));
    parser.addOption({ QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("THEME") });
    parser.addOption(
        { QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800."), QStringLiteral("WxH") });
    parser.addOption({ QStringLiteral("calendar-view"),
                       QStringLiteral("Open the calendar on this view: %1.")
                           .arg(calendarViews().join(QStringLiteral(", "))),
                       QStringLiteral("VIEW") });
    parser.addOption({ QStringLiteral("calendar-date"),
                       QStringLiteral("Open the calendar on this date (YYYY-MM-DD)."),
                       QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("calendar-zone"),
          QStringLiteral("Show the calendar's times in this IANA zone (default: your teaching zone)."),
          QStringLiteral("ZONE") });
}

QString GuiOptions::readFrom(const QCommandLineParser &parser)
{
    page = parser.value(QStringLiteral("page"));
    if (!page.isEmpty() && !AppController::pageNames().contains(page))
        return QStringLiteral("Unknown page \"%1\"; use one of: %2.")
            .arg(page, AppController::pageNames().join(QStringLiteral(", ")));
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return QStringLiteral("--theme must be light or dark.");
    dark = theme == QLatin1String("dark");
    themeGiven = !theme.isEmpty();
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (parts.size() != 2 || parts[0].toInt() < 640 || parts[1].toInt() < 480)
            return QStringLiteral("--size must look like 1280x800 (at least 640x480).");
        size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    calendar.view = parser.value(QStringLiteral("calendar-view"));
    if (!calendar.view.isEmpty() && !calendarViews().contains(calendar.view))
        return QStringLiteral("Unknown calendar view \"%1\"; use one of: %2.")
            .arg(calendar.view, calendarViews().join(QStringLiteral(", ")));
    if (parser.isSet(QStringLiteral("calendar-date"))) {
        calendar.date = QDate::fromString(parser.value(QStringLiteral("calendar-date")), Qt::ISODate);
        if (!calendar.date.isValid())
            return QStringLiteral("--calendar-date must be a date like 2026-12-01.");
    }
    calendar.zone = parser.value(QStringLiteral("calendar-zone"));
    if (!calendar.zone.isEmpty() && !zoneids::isKnown(calendar.zone))
        return QStringLiteral("--calendar-zone: \"%1\" is not a known time zone.").arg(calendar.zone);
    for (const QString &link : parser.positionalArguments()) {
        if (!DeepLink::parse(link).isValid())
            return QStringLiteral(
                       "\"%1\" is not a Companion link; use companion://session/ID, "
                       "companion://join/ID, companion://payouts/return or companion://payouts/refresh.")
                .arg(link.left(200));
        links.append(link);
    }
    if (parser.isSet(QStringLiteral("join"))) {
        const QString link = QStringLiteral("companion://join/") + parser.value(QStringLiteral("join"));
        if (!DeepLink::parse(link).isValid())
            return QStringLiteral("--join needs a session id (letters, digits, - and _).");
        links.append(link);
    }
    syncNow = parser.isSet(QStringLiteral("sync-now"));
    screenshot = parser.value(QStringLiteral("screenshot"));
    screenshotReport = parser.value(QStringLiteral("screenshot-report"));
    return {};
}

} // namespace companion
