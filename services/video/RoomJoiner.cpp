#include "services/video/RoomJoiner.h"

#include "models/time/InstantFormat.h"
#include "services/auth/AuthSession.h"

#include <QJsonObject>

namespace companion {

namespace {

RoomJoiner::Failure failureOf(const ApiResponse &response)
{
    using Kind = RoomJoiner::Failure::Kind;
    RoomJoiner::Failure failure { Kind::Other, response.error.message };
    if (response.kind == ApiResponse::Kind::NetworkError) {
        failure.kind = Kind::Network;
        return failure;
    }
    const QString code = response.error.code;
    if (code == u"too_early")
        failure.kind = Kind::TooEarly;
    else if (code == u"session_ended")
        failure.kind = Kind::Ended;
    else if (code == u"session_cancelled")
        failure.kind = Kind::Cancelled;
    else if (code == u"room_not_active")
        failure.kind = Kind::RoomNotActive;
    else if (response.httpStatus == 403 || response.httpStatus == 404)
        failure.kind = Kind::NotAllowed;
    return failure;
}

} // namespace

RoomJoiner::RoomJoiner(AuthSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void RoomJoiner::join(const QString &sessionId, bool opensRoom, Callback callback)
{
    if (!m_session || m_session->state() != AuthSession::State::SignedIn) {
        const Failure failure { Failure::Kind::Network, tr("Joining needs a connection to the server.") };
        callback(nullptr, &failure);
        return;
    }
    if (!opensRoom) {
        requestJoin(sessionId, callback);
        return;
    }
    QPointer<RoomJoiner> self(this);
    m_session->send(PlatformClient::Method::Post, QStringLiteral("/api/video/room"),
                    { { QStringLiteral("session_id"), sessionId } },
                    [self, sessionId, callback](const ApiResponse &response) {
                        if (!self)
                            return;
                        if (!response.ok()) {
                            const Failure failure = failureOf(response);
                            callback(nullptr, &failure);
                            return;
                        }
                        self->requestJoin(sessionId, callback);
                    });
}

void RoomJoiner::requestJoin(const QString &sessionId, const Callback &callback)
{
    QPointer<RoomJoiner> self(this);
    m_session->send(
        PlatformClient::Method::Post, QStringLiteral("/api/video/join"),
        { { QStringLiteral("session_id"), sessionId } }, [self, callback](const ApiResponse &response) {
            if (!self)
                return;
            if (!response.ok()) {
                const Failure failure = failureOf(response);
                callback(nullptr, &failure);
                return;
            }
            const QJsonObject answer = response.object();
            Ticket ticket;
            ticket.joinUrl = QUrl(answer.value(QLatin1String("join_url")).toString(), QUrl::StrictMode);
            ticket.logoutUrl = QUrl(answer.value(QLatin1String("logout_url")).toString(), QUrl::StrictMode);
            ticket.moderator = answer.value(QLatin1String("is_moderator")).toBool();
            ticket.expiresAtMs
                = instant::parseMs(answer.value(QLatin1String("expires_at")).toString()).value_or(0);
            const QString scheme = ticket.joinUrl.scheme();
            if (!ticket.joinUrl.isValid() || (scheme != u"https" && scheme != u"http")) {
                const Failure failure { Failure::Kind::Other,
                                        tr("The server sent a room address Companion cannot open.") };
                callback(nullptr, &failure);
                return;
            }
            callback(&ticket, nullptr);
        });
}

} // namespace companion
