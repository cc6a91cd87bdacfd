#pragma once

#include "app/gui/shell/AppController.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <QStringList>

namespace companion {

// The window's own command-line options (beside AppOptions, which the CLI shares): the
// start page, theme, size and calendar position, and the screenshot mode.
struct GuiOptions
{
    QString page;
    bool dark = false;
    bool themeGiven = false; // --theme overrides the setting (screenshots, tests)
    QSize size { 1280, 800 };
    CalendarStart calendar;
    QString screenshot;
    QString screenshotReport;
    QStringList links; // companion:// URLs to open (the desktop's %U)
    bool syncNow = false;

    static void addTo(QCommandLineParser &parser);
    // Empty on success, else a message for people.
    QString readFrom(const QCommandLineParser &parser);
};

} // namespace companion
