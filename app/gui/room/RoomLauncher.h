#pragma once

#include "app/gui/room/RoomSession.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRect>

namespace companion {

class AppContext;
class DesktopNotifier;
class RoomJoiner;
class ScreenSaverInhibitor;

// Opens session rooms, each in a window of its own (qml/room/RoomWindow.qml): from a Join
// button, a reminder, `companion --join ID` or a companion://join link. One window per
// session (a second Join brings it to the front; a click while joining does nothing), the
// breakouts a room opens, the screen kept awake while any room is open, the windows'
// size remembered, and "Session ended" handed back to the main window.
class RoomLauncher : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Rooms)
    QML_SINGLETON
    Q_PROPERTY(QString joiningSessionId READ joiningSessionId NOTIFY roomsChanged)
    Q_PROPERTY(int openRooms READ openRooms NOTIFY roomsChanged)
public:
    // Why Join works or does not (JoinWindow's states).
    enum JoinState { TooEarly, Open, Ended, Cancelled, Offline };
    Q_ENUM(JoinState)

    explicit RoomLauncher(AppContext *context, QObject *parent = nullptr);
    ~RoomLauncher() override;
    static void setInstance(RoomLauncher *instance);
    static RoomLauncher *create(QQmlEngine *engine, QJSEngine *);

    QString joiningSessionId() const;
    int openRooms() const { return int(m_rooms.size()); }

    // For a Join button: its state now (the view's clock, the join window setting, online).
    Q_INVOKABLE int joinState(const QDateTime &start, const QDateTime &end, bool cancelled) const;
    // The same for a session of the account (-1 when the account does not know it).
    Q_INVOKABLE int joinStateOf(const QString &sessionId) const;
    // The sentence under a Join button for that state.
    Q_INVOKABLE QString joinHint(int state) const;
    Q_INVOKABLE void join(const QString &sessionId);
    // A same-origin window.open of a room: a breakout window, accepting `request` at once.
    Q_INVOKABLE void openBreakout(companion::RoomSession *main, QObject *request);
    // The window of a session's room (null when none is open), for tests and "raise".
    Q_INVOKABLE QQuickWindow *windowOf(const QString &sessionId) const;
    Q_INVOKABLE QQuickWindow *breakoutWindowOf(const QString &sessionId) const;
    Q_INVOKABLE QRect savedGeometry() const;
    Q_INVOKABLE void saveGeometry(const QRect &geometry);
    // A page's web notification, shown as a desktop notification.
    Q_INVOKABLE void notifyFromPage(const QString &title, const QString &message);

Q_SIGNALS:
    void roomsChanged();
    // A room closed because its session ended (not when the user only left).
    void sessionEnded(const QString &sessionId);
    // A room's page showed a web notification (it went to the desktop as well).
    void pageNotified(const QString &title, const QString &message);
    // A room could not even open a window (no QML engine): for logs and tests.
    void failed(const QString &sessionId, const QString &reason);

private:
    void closeAll();
    void setUpProfile();
    QQuickWindow *createWindow(RoomSession *room);
    void closed(RoomSession *room, bool sessionOver);
    void updateInhibition();

    AppContext *m_context;
    QPointer<QQmlEngine> m_engine;
    RoomJoiner *m_joiner = nullptr;
    ScreenSaverInhibitor *m_inhibitor;
    DesktopNotifier *m_notifier = nullptr;
    bool m_profileReady = false;
    QHash<RoomSession *, QPointer<QQuickWindow>> m_rooms;
};

} // namespace companion
