#pragma once

#include "PrivateSessionBus.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace companion::test {

// A private D-Bus session (its own dbus-daemon, so tests running beside it cannot send it
// anything) with a freedesktop notification server on it that records every Notify call.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received
    {
        uint id;
        uint replacesId;
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotificationServer(bool supportsActions = true);
    ~FakeNotificationServer() override;

    bool start(QString *error);
    // A connection to the private bus for the code under test.
    QDBusConnection clientBus() const;
    // The private bus's address, for a program under test (DBUS_SESSION_BUS_ADDRESS).
    QString address() const { return m_bus.address(); }
    // As a click on the bubble's button `action`.
    void invoke(uint id, const QString &action);

    QList<Received> received;

public Q_SLOTS:
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    void CloseNotification(uint id);

private:
    bool m_actions;
    PrivateSessionBus m_bus;
    uint m_nextId = 1;
};

} // namespace companion::test
