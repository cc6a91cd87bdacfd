#include "FakeNotificationServer.h"

namespace companion::test {

namespace {
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

FakeNotificationServer::FakeNotificationServer(bool supportsActions)
    : m_actions(supportsActions)
{ }

FakeNotificationServer::~FakeNotificationServer() = default;

bool FakeNotificationServer::start(QString *error)
{
    if (!m_bus.start(error))
        return false;
    QDBusConnection server = m_bus.connect(QStringLiteral("notify-server"));
    if (!server.isConnected() || !server.registerService(interface)
        || !server.registerObject(path, this, QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("could not serve notifications on %1: %2")
                     .arg(m_bus.address(), server.lastError().message());
        return false;
    }
    return true;
}

QDBusConnection FakeNotificationServer::clientBus() const
{
    return m_bus.connect(QStringLiteral("notify-client"));
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return m_actions ? QStringList { QStringLiteral("actions"), QStringLiteral("body") }
                     : QStringList { QStringLiteral("body") };
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &icon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int)
{
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    received.append({ id, replacesId, appName, icon, summary, body, actions, hints });
    return id;
}

void FakeNotificationServer::CloseNotification(uint) { }

void FakeNotificationServer::invoke(uint id, const QString &action)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, QStringLiteral("ActionInvoked"));
    signal << id << action;
    m_bus.connect(QStringLiteral("notify-server")).send(signal);
}

} // namespace companion::test
