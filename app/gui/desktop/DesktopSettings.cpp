#include "app/gui/desktop/DesktopSettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QJSEngine>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace companion {

namespace {
QPointer<DesktopSettings> s_instance;
const QString leadKey = QStringLiteral("desktop/reminder_lead_minutes");
const QString trayKey = QStringLiteral("desktop/keep_in_tray");
} // namespace

DesktopSettings::DesktopSettings(QString settingsPath, AutostartEntry autostart, QObject *parent)
    : QObject(parent)
    , m_settingsPath(std::move(settingsPath))
    , m_autostart(std::move(autostart))
{
    askForTrayHost();
}

void DesktopSettings::setInstance(DesktopSettings *instance)
{
    s_instance = instance;
}

DesktopSettings *DesktopSettings::instance()
{
    return s_instance;
}

DesktopSettings *DesktopSettings::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

int DesktopSettings::reminderLeadMinutes() const
{
    return QSettings(m_settingsPath, QSettings::IniFormat).value(leadKey, defaultLeadMinutes).toInt();
}

void DesktopSettings::setReminderLeadMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 120);
    if (minutes == reminderLeadMinutes())
        return;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(leadKey, minutes);
    Q_EMIT changed();
}

bool DesktopSettings::keepInTray() const
{
    return QSettings(m_settingsPath, QSettings::IniFormat).value(trayKey, false).toBool();
}

void DesktopSettings::setKeepInTray(bool keep)
{
    if (keep == keepInTray())
        return;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(trayKey, keep);
    Q_EMIT changed();
}

void DesktopSettings::setStartAtLogin(bool start)
{
    m_error = m_autostart.setEnabled(start);
    Q_EMIT changed();
}

void DesktopSettings::askForTrayHost()
{
    // Qt shows a StatusNotifierItem only where a watcher/host runs; without one (stock GNOME)
    // a tray option would promise what never appears.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    call << QStringLiteral("org.kde.StatusNotifierWatcher");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> reply = *w;
        m_trayAvailable = !reply.isError() && reply.value();
        Q_EMIT trayAvailableChanged();
    });
}

} // namespace companion
