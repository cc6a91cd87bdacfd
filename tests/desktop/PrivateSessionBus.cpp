#include "PrivateSessionBus.h"

namespace companion::test {

PrivateSessionBus::~PrivateSessionBus()
{
    for (const QString &name : std::as_const(m_names))
        QDBusConnection::disconnectFromBus(name);
    m_daemon.kill();
    m_daemon.waitForFinished(3000);
}

bool PrivateSessionBus::start(QString *error)
{
    m_daemon.start(
        QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_daemon.waitForStarted(5000) || !m_daemon.waitForReadyRead(5000)) {
        *error = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return true;
}

QDBusConnection PrivateSessionBus::connect(const QString &name) const
{
    if (!m_names.contains(name))
        m_names.append(name);
    return QDBusConnection::connectToBus(m_address, name);
}

} // namespace companion::test
