#include "app/gui/desktop/ScreenSaverInhibitor.h"

#include "app/gui/desktop/DesktopEntryId.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QPointer>

namespace companion {

Q_LOGGING_CATEGORY(lcInhibit, "companion.desktop.inhibit")

namespace {

const QString kScreenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kGnome = QStringLiteral("org.gnome.SessionManager");
constexpr uint kGnomeInhibitIdle = 8;

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{ }

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    if (m_cookie)
        sendRelease();
}

void ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_wanted)
        return;
    m_wanted = true;
    ++m_generation;
    callInhibit(Service::FreedesktopScreenSaver, reason);
}

void ScreenSaverInhibitor::callInhibit(Service service, const QString &reason)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcInhibit) << "no session bus: the screen may sleep during a session";
        Q_EMIT inhibited({});
        return;
    }
    const QString app = desktopEntryId();
    QDBusMessage call = service == Service::FreedesktopScreenSaver
        ? QDBusMessage::createMethodCall(kScreenSaver, QStringLiteral("/org/freedesktop/ScreenSaver"),
                                         kScreenSaver, QStringLiteral("Inhibit"))
        : QDBusMessage::createMethodCall(kGnome, QStringLiteral("/org/gnome/SessionManager"), kGnome,
                                         QStringLiteral("Inhibit"));
    if (service == Service::FreedesktopScreenSaver)
        call << app << reason;
    else
        call << app << uint(0) << reason << kGnomeInhibitIdle;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    const quint64 generation = m_generation;
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, service, reason, generation]() {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (reply.isError()) {
                if (service == Service::FreedesktopScreenSaver && generation == m_generation && m_wanted) {
                    callInhibit(Service::GnomeSessionManager, reason);
                    return;
                }
                qCInfo(lcInhibit) << "no screensaver service took the inhibition:" << reply.error().message();
                Q_EMIT inhibited({});
                return;
            }
            m_service = service;
            m_cookie = reply.value();
            if (generation != m_generation || !m_wanted) {
                sendRelease(); // released while the answer was on its way
                return;
            }
            const QString name = service == Service::FreedesktopScreenSaver ? kScreenSaver : kGnome;
            qCInfo(lcInhibit) << "screen kept awake through" << name;
            Q_EMIT inhibited(name);
        });
}

void ScreenSaverInhibitor::release()
{
    if (!m_wanted)
        return;
    m_wanted = false;
    ++m_generation;
    if (m_cookie)
        sendRelease();
    Q_EMIT released();
}

void ScreenSaverInhibitor::sendRelease()
{
    const bool freedesktop = m_service == Service::FreedesktopScreenSaver;
    QDBusMessage call = freedesktop
        ? QDBusMessage::createMethodCall(kScreenSaver, QStringLiteral("/org/freedesktop/ScreenSaver"),
                                         kScreenSaver, QStringLiteral("UnInhibit"))
        : QDBusMessage::createMethodCall(kGnome, QStringLiteral("/org/gnome/SessionManager"), kGnome,
                                         QStringLiteral("Uninhibit"));
    call << m_cookie;
    m_bus.asyncCall(call, 5000);
    m_cookie = 0;
    m_service = Service::None;
}

} // namespace companion
