#include "app/gui/room/RoomLauncher.h"

#include "app/AppContext.h"
#include "app/gui/desktop/DesktopNotifier.h"
#include "app/gui/desktop/ScreenSaverInhibitor.h"
#include "app/gui/room/RoomSession.h"
#include "app/gui/settings/ViewSettings.h"
#include "app/gui/shell/AccountController.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "models/video/JoinWindow.h"
#include "services/auth/AuthSession.h"
#include "services/video/RoomJoiner.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQuickWebEngineProfile>
#include <QQuickWindow>
#include <QSettings>
#include <QTimeZone>
#include <QWebEngineNotification>

namespace companion {

Q_DECLARE_LOGGING_CATEGORY(lcRoom)

namespace {

RoomLauncher *s_instance = nullptr;
const QString kGeometryKey = QStringLiteral("roomWindow/geometry");

} // namespace

RoomLauncher::RoomLauncher(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_inhibitor(new ScreenSaverInhibitor(QDBusConnection::sessionBus(), this))
{
    if (context && context->session())
        m_joiner = new RoomJoiner(context->session(), this);
    // The windows go before the QML engine does.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &RoomLauncher::closeAll);
}

void RoomLauncher::closeAll()
{
    const auto rooms = m_rooms;
    m_rooms.clear();
    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it) {
        delete it.value().data();
        delete it.key();
    }
    updateInhibition();
}

void RoomLauncher::setUpProfile()
{
    if (m_profileReady)
        return;
    m_profileReady = true;
    // Rooms share the default profile (a breakout must live in its opener's profile). In QML
    // it is off the record: nothing of a room is kept on disk, and no stale client files
    // survive a server upgrade.
    QQuickWebEngineProfile *profile = QQuickWebEngineProfile::defaultProfile();
    profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    connect(profile, &QQuickWebEngineProfile::presentNotification, this,
            [this](QWebEngineNotification *notification) {
                notifyFromPage(notification->title(), notification->message());
                notification->show();
            });
}

RoomLauncher::~RoomLauncher()
{
    closeAll();
}

void RoomLauncher::setInstance(RoomLauncher *instance)
{
    s_instance = instance;
}

RoomLauncher *RoomLauncher::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString RoomLauncher::joiningSessionId() const
{
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.key()->state() == RoomSession::State::Joining && !it.key()->breakout())
            return it.key()->sessionId();
    }
    return {};
}

int RoomLauncher::joinState(const QDateTime &start, const QDateTime &end, bool cancelled) const
{
    const ViewSettings *view = ViewSettings::instance();
    const AccountController *account = AccountController::instance();
    const bool online = account && account->connection() == AccountController::Connection::Online;
    return int(JoinWindow::stateAt(Clock::nowMs(), start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(),
                                   view ? view->joinWindowMinutes() : 10, cancelled, online));
}

int RoomLauncher::joinStateOf(const QString &sessionId) const
{
    const AccountController *account = AccountController::instance();
    if (!account || sessionId.isEmpty())
        return -1;
    for (const Session &session : account->allSessions()) {
        if (session.id == sessionId)
            return joinState(session.start, session.end, session.status == Session::Status::Cancelled);
    }
    return -1;
}

QString RoomLauncher::joinHint(int state) const
{
    const ViewSettings *view = ViewSettings::instance();
    const int lead = view ? view->joinWindowMinutes() : 10;
    switch (state) {
    case TooEarly:
        return tr("Join opens %n minute(s) before the start.", nullptr, lead);
    case Open:
        return tr("The room is open.");
    case Ended:
        return tr("This session has ended.");
    case Cancelled:
        return tr("This session was cancelled.");
    case Offline:
        return tr("Joining needs a connection to the server.");
    }
    return {};
}

void RoomLauncher::join(const QString &sessionId)
{
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.key()->sessionId() == sessionId && !it.key()->breakout()) {
            if (it.value()) { // already open or joining: bring it to the front, nothing else
                it.value()->show();
                it.value()->raise();
                it.value()->requestActivate();
            }
            return;
        }
    }
    RoomSession::Info info { sessionId, tr("Session room"), {}, false };
    if (const AccountController *account = AccountController::instance()) {
        for (const Session &session : account->allSessions()) {
            if (session.id != sessionId)
                continue;
            info.title = session.courseTitle;
            const QTimeZone zone(account->teachingZone().toUtf8());
            const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
            info.timeText = tr("%1, %2–%3")
                                .arg(DateText::format(session.start.toTimeZone(shown).date(),
                                                      DateText::Style::WeekdayDate),
                                     DateText::format(session.start.toTimeZone(shown).time()),
                                     DateText::format(session.end.toTimeZone(shown).time()));
            info.opensRoom = session.viewerRole != u"student";
            break;
        }
    }
    auto *room = new RoomSession(info, m_joiner);
    QQuickWindow *window = createWindow(room);
    if (!window) {
        delete room;
        return;
    }
    room->connectRoom();
}

void RoomLauncher::openBreakout(RoomSession *main, QObject *request)
{
    if (!main || !request)
        return;
    auto *room = new RoomSession(main, request);
    if (!createWindow(room))
        delete room;
}

QQuickWindow *RoomLauncher::createWindow(RoomSession *room)
{
    if (!m_engine) {
        Q_EMIT failed(room->sessionId(), QStringLiteral("no QML engine"));
        return nullptr;
    }
    setUpProfile();
    QQmlComponent component(m_engine, QUrl(QStringLiteral("qrc:/Companion/Room/RoomWindow.qml")));
    QObject *object
        = component.createWithInitialProperties({ { QStringLiteral("room"), QVariant::fromValue(room) } });
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (!window) {
        qCWarning(lcRoom) << "cannot create the room window:" << component.errorString();
        delete object;
        Q_EMIT failed(room->sessionId(), component.errorString());
        return nullptr;
    }
    QJSEngine::setObjectOwnership(window, QJSEngine::CppOwnership);
    QJSEngine::setObjectOwnership(room, QJSEngine::CppOwnership);
    m_rooms.insert(room, window);
    connect(
        room, &RoomSession::ended, this, [this, room]() { closed(room, true); }, Qt::QueuedConnection);
    connect(room, &RoomSession::stateChanged, this, &RoomLauncher::roomsChanged);
    connect(room, &RoomSession::openExternally, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(
        window, &QWindow::visibleChanged, this,
        [this, room, window]() {
            if (!window->isVisible() && m_rooms.contains(room))
                closed(room, false); // the user closed the window: left, not ended
        },
        Qt::QueuedConnection);
    updateInhibition();
    Q_EMIT roomsChanged();
    return window;
}

void RoomLauncher::closed(RoomSession *room, bool sessionOver)
{
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return;
    QPointer<QQuickWindow> window = it.value();
    m_rooms.erase(it);
    const QString sessionId = room->sessionId();
    const bool breakout = room->breakout();
    if (window) {
        window->hide();
        window->deleteLater();
    }
    room->deleteLater();
    updateInhibition();
    Q_EMIT roomsChanged();
    if (sessionOver && !breakout)
        Q_EMIT sessionEnded(sessionId);
}

void RoomLauncher::updateInhibition()
{
    if (m_rooms.isEmpty())
        m_inhibitor->release();
    else
        m_inhibitor->inhibit(tr("A session is running"));
}

QQuickWindow *RoomLauncher::windowOf(const QString &sessionId) const
{
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.key()->sessionId() == sessionId && !it.key()->breakout())
            return it.value();
    }
    return nullptr;
}

QQuickWindow *RoomLauncher::breakoutWindowOf(const QString &sessionId) const
{
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.key()->sessionId() == sessionId && it.key()->breakout())
            return it.value();
    }
    return nullptr;
}

QRect RoomLauncher::savedGeometry() const
{
    return QSettings().value(kGeometryKey).toRect();
}

void RoomLauncher::saveGeometry(const QRect &geometry)
{
    if (geometry.width() > 200 && geometry.height() > 150)
        QSettings().setValue(kGeometryKey, geometry);
}

void RoomLauncher::notifyFromPage(const QString &title, const QString &message)
{
    if (!m_notifier)
        m_notifier = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    m_notifier->show({ QStringLiteral("room-page"), title, message, {} });
    Q_EMIT pageNotified(title, message);
}

} // namespace companion
