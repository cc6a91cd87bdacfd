#pragma once

#include "app/gui/desktop/AutostartEntry.h"

#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace companion {

// The QML singleton `DesktopSettings`: how Companion lives on the desktop, per profile
// (its settings file): the reminder lead time, keeping running in the tray when the window
// closes (off by default, and only where a tray exists), and starting at login.
class DesktopSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int reminderLeadMinutes READ reminderLeadMinutes WRITE setReminderLeadMinutes NOTIFY changed)
    Q_PROPERTY(bool keepInTray READ keepInTray WRITE setKeepInTray NOTIFY changed)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY changed)
    // A StatusNotifier host (a panel that shows tray icons) is on the session bus.
    Q_PROPERTY(bool trayAvailable READ trayAvailable NOTIFY trayAvailableChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    static constexpr int defaultLeadMinutes = 10;

    DesktopSettings(QString settingsPath, AutostartEntry autostart, QObject *parent = nullptr);

    static void setInstance(DesktopSettings *instance);
    static DesktopSettings *instance();
    static DesktopSettings *create(QQmlEngine *, QJSEngine *);

    int reminderLeadMinutes() const;
    void setReminderLeadMinutes(int minutes);
    bool keepInTray() const;
    void setKeepInTray(bool keep);
    bool startAtLogin() const { return m_autostart.exists(); }
    void setStartAtLogin(bool start);
    bool trayAvailable() const { return m_trayAvailable; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void changed();
    void trayAvailableChanged();

private:
    void askForTrayHost();

    QString m_settingsPath;
    AutostartEntry m_autostart;
    bool m_trayAvailable = false;
    QString m_error;
};

} // namespace companion
