#include "FakeNotificationServer.h"

namespace companion::test {

namespace {
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

FakeNotificationServer::FakeNotificationServer(bool supportsActions)
    : m_actions(supportsActions)
{ }

FakeNotificationServer::~FakeNotificationServer()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("notify-server"));
    QDBusConnection::disconnectFromBus(QStringLiteral("notify-client"));
    m_daemon.kill();
    m_daemon.waitForFinished(3000);
}

bool FakeNotificationServer::start(QString *error)
{
    m_daemon.start(
        QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000)) {
        *error = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QDBusConnection server = QDBusConnection::connectToBus(m_address, QStringLiteral("notify-server"));
    if (!server.isConnected() || !server.registerService(interface)
        || !server.registerObject(path, this, QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("could not serve notifications on %1: %2")
                     .arg(m_address, server.lastError().message());
        return false;
    }
    return true;
}

QDBusConnection FakeNotificationServer::clientBus() const
{
    return QDBusConnection::connectToBus(m_address, QStringLiteral("notify-client"));
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
    QDBusConnection(QStringLiteral("notify-server")).send(signal);
}

} // namespace companion::test
