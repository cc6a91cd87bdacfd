#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>

namespace companion::test {

// A D-Bus session bus of the test's own (a dbus-daemon it starts), so that services a test
// plays (a notification server, a tray watcher) see only the program under test, never the
// tests running beside it.
class PrivateSessionBus
{
public:
    ~PrivateSessionBus();

    bool start(QString *error);
    QString address() const { return m_address; }
    // A named connection to the bus; the same name gives the same connection.
    QDBusConnection connect(const QString &name) const;

private:
    QProcess m_daemon;
    QString m_address;
    mutable QStringList m_names;
};

} // namespace companion::test
