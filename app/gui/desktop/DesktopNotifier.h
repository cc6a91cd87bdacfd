#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace companion {

// Desktop notifications through the freedesktop notification server on D-Bus
// (org.freedesktop.Notifications), without KNotifications, which Debian 12 lacks for Qt 6.
// Actions are offered only when the server says it shows them (GetCapabilities); their
// clicks come back as actionInvoked(tag, action), "default" being a click on the bubble.
// Every call is asynchronous. No notification server: nothing is shown, and that is logged.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    struct Notification
    {
        QString tag; // ours: a later notification with the same tag replaces the bubble
        QString summary;
        QString body;
        QList<QPair<QString, QString>> actions; // id, label
    };

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    void show(const Notification &notification);
    void close(const QString &tag);

Q_SIGNALS:
    void actionInvoked(const QString &tag, const QString &action);
    // A notification could not be shown (no server, or it refused): for tests and logs.
    void failed(const QString &tag, const QString &error);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void askCapabilities();
    void send(const Notification &notification);

    QDBusConnection m_bus;
    bool m_capabilitiesKnown = false;
    bool m_actions = false;
    QList<Notification> m_waiting; // until the capabilities are known
    QHash<QString, uint> m_ids; // tag -> the server's id of its bubble
};

} // namespace companion
