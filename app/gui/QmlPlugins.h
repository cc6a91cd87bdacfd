#pragma once

// The static QML modules every host of the UI links (the app and the QML
// tests). Include this in exactly one translation unit per executable.

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Companion_AppPlugin)
Q_IMPORT_QML_PLUGIN(Companion_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Companion_HomePlugin)
Q_IMPORT_QML_PLUGIN(Companion_CalendarPlugin)
Q_IMPORT_QML_PLUGIN(Companion_BookingsPlugin)
Q_IMPORT_QML_PLUGIN(Companion_EarningsPlugin)
Q_IMPORT_QML_PLUGIN(Companion_PayoutsPlugin)
Q_IMPORT_QML_PLUGIN(Companion_FeedPlugin)
Q_IMPORT_QML_PLUGIN(Companion_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Companion_RoomPlugin)
Q_IMPORT_QML_PLUGIN(Companion_ShellPlugin)
