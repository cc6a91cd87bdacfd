#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace companion {

class AuthSession;

// Asks the platform for a fresh way into a session's room: POST /api/video/room first when
// the user teaches (the teacher who comes first opens the room), then POST /api/video/join.
// Join tokens live ten minutes, so every (re)load of a room asks again.
class RoomJoiner : public QObject
{
    Q_OBJECT
public:
    struct Ticket
    {
        QUrl joinUrl; // carries the token: never logged
        QUrl logoutUrl;
        qint64 expiresAtMs = 0;
        bool moderator = false;
    };
    struct Failure
    {
        enum class Kind { Network, TooEarly, Ended, Cancelled, RoomNotActive, NotAllowed, Other };
        Kind kind = Kind::Other;
        QString message;
    };
    using Callback = std::function<void(const Ticket *ticket, const Failure *failure)>;

    explicit RoomJoiner(AuthSession *session, QObject *parent = nullptr);
    // The callback runs exactly once (unless this object is destroyed first).
    void join(const QString &sessionId, bool opensRoom, Callback callback);

private:
    void requestJoin(const QString &sessionId, const Callback &callback);

    QPointer<AuthSession> m_session;
};

} // namespace companion
