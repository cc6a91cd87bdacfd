#include "app/gui/desktop/DesktopNotifier.h"

#include "app/gui/desktop/DesktopEntryId.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "companion.app.notifications", QtInfoMsg)

namespace companion {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
    askCapabilities();
}

void DesktopNotifier::askCapabilities()
{
    const QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError())
            qCInfo(lcNotify) << "no desktop notification server:" << reply.error().message();
        m_actions = !reply.isError() && reply.value().contains(QStringLiteral("actions"));
        m_capabilitiesKnown = true;
        const QList<Notification> waiting = std::exchange(m_waiting, {});
        for (const Notification &notification : waiting)
            send(notification);
    });
}

void DesktopNotifier::show(const Notification &notification)
{
    if (!m_capabilitiesKnown) {
        m_waiting.append(notification);
        return;
    }
    send(notification);
}

void DesktopNotifier::send(const Notification &notification)
{
    QStringList actions;
    if (m_actions) {
        for (const auto &[id, label] : notification.actions)
            actions << id << label;
    }
    const QVariantMap hints { { QStringLiteral("desktop-entry"), desktopEntryId() },
                              { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) } };
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QStringLiteral("Companion") << m_ids.value(notification.tag, 0u) << desktopEntryId()
         << notification.summary << notification.body << actions << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString tag = notification.tag;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCWarning(lcNotify) << "a notification was not shown:" << reply.error().message();
            Q_EMIT failed(tag, reply.error().message());
            return;
        }
        m_ids.insert(tag, reply.value());
    });
}

void DesktopNotifier::close(const QString &tag)
{
    const uint id = m_ids.take(tag);
    if (id == 0)
        return;
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString tag = m_ids.key(id);
    if (!tag.isEmpty()) // the signal is broadcast: other programs' ids are not ours
        Q_EMIT actionInvoked(tag, action);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    const QString tag = m_ids.key(id);
    if (!tag.isEmpty())
        m_ids.remove(tag);
}

} // namespace companion
