#pragma once

#include <QDBusConnection>
#include <QObject>

namespace companion {

// Keeps the screen awake while a session room is open, as a browser does for a call:
// org.freedesktop.ScreenSaver.Inhibit where a desktop offers it, else GNOME's
// org.gnome.SessionManager.Inhibit with "idle" (8). Qt WebEngine 6.4 has no Wake Lock to
// do this for the page. Every call is asynchronous; without either service nothing happens
// (and that is logged).
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit ScreenSaverInhibitor(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                  QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    // Idempotent: one inhibition however often it is asked for.
    void inhibit(const QString &reason);
    void release();
    bool active() const { return m_wanted; }

Q_SIGNALS:
    // For tests and logs: which service took it ("" when none did).
    void inhibited(const QString &service);
    void released();

private:
    enum class Service { None, FreedesktopScreenSaver, GnomeSessionManager };
    void callInhibit(Service service, const QString &reason);
    void sendRelease();

    QDBusConnection m_bus;
    bool m_wanted = false;
    Service m_service = Service::None;
    uint m_cookie = 0;
    quint64 m_generation = 0;
};

} // namespace companion
