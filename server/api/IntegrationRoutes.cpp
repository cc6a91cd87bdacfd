#include "server/api/IntegrationRoutes.h"

#include "ical/GoogleCalendarLink.h"
#include "ical/SessionCalendar.h"
#include "models/Session.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "server/api/ServerContext.h"
#include "server/core/Logging.h"
#include "server/core/ReturnUrl.h"
#include "server/core/TimeFormat.h"
#include "server/http/JsonBody.h"
#include "server/http/Router.h"
#include "server/payments/ConnectAccountState.h"
#include "server/providers/ProviderWorkers.h"
#include "server/providers/Providers.h"
#include "server/store/CalendarFeedStore.h"
#include "server/store/CatalogStore.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

namespace companion::server {

namespace {

// Join opens 10 minutes before the start and closes when the session ends.
constexpr qint64 kJoinLeadSeconds = 10 * 60;

std::optional<QString> sessionIdFrom(const HttpRequest &request, HttpResponse *error)
{
    const auto body = parseJsonBody(request, error);
    if (!body)
        return std::nullopt;
    const QString id = body->value(QStringLiteral("session_id")).toString();
    if (id.isEmpty()) {
        Validation validation;
        validation.fail(QStringLiteral("session_id"), QStringLiteral("Required."));
        *error = validation.response();
        return std::nullopt;
    }
    return id;
}

// Only in a build without sandboxes, for a service whose URL is not configured.
HttpResponse providerUnavailable(const QString &what)
{
    return HttpResponse::error(503, QStringLiteral("provider_unavailable"),
                               QStringLiteral("%1 is not available on this server.").arg(what));
}

HttpResponse sessionNotFound()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("This session does not exist or is not yours."));
}

// The feed keeps sessions that ended up to this long ago: a teacher looks back at last
// month's classes in their calendar, and the feed stays small.
constexpr qint64 kFeedPastDays = 60;

// RFC 9110 HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT").
QByteArray httpDate(const QDateTime &instant)
{
    return QLocale::c()
        .toString(instant.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime fromHttpDate(const QByteArray &text)
{
    QDateTime parsed = QLocale::c().toDateTime(QString::fromLatin1(text).trimmed(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

// If-None-Match: "*" or a list of entity tags, weak ones compared weakly (RFC 9110 §13.1.2).
bool etagMatches(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

} // namespace

IntegrationRoutes::IntegrationRoutes(ServerContext &context)
    : m_context(context)
{ }

void IntegrationRoutes::registerOn(Router &router)
{
    registerVideo(router);
    registerPayments(router);
    registerCalendar(router);
}

std::optional<IntegrationRoutes::VideoSession>
IntegrationRoutes::videoSessionFor(const HttpRequest &request, VideoAccess access, HttpResponse *error)
{
    if (!m_context.video) {
        *error = providerUnavailable(QStringLiteral("Video"));
        return std::nullopt;
    }
    const auto sessionId = sessionIdFrom(request, error);
    if (!sessionId)
        return std::nullopt;
    const SessionRelation relation = m_context.sessions->relation(request.userId, *sessionId);
    const auto timing
        = relation == SessionRelation::None ? std::nullopt : m_context.sessions->timing(*sessionId);
    if (!timing) {
        *error = sessionNotFound();
        return std::nullopt;
    }
    if (access == VideoAccess::Teacher && relation == SessionRelation::Student) {
        *error = HttpResponse::error(403, QStringLiteral("forbidden"),
                                     QStringLiteral("Only the session's teacher can open its room."));
        return std::nullopt;
    }
    if (timing->status == u"cancelled") {
        *error = HttpResponse::error(409, QStringLiteral("session_cancelled"),
                                     QStringLiteral("This session was cancelled."));
        return std::nullopt;
    }
    return VideoSession { *sessionId, relation, *timing };
}

void IntegrationRoutes::withRoomOf(const VideoSession &session, RoomThen then)
{
    if (!session.timing.roomId.isEmpty()) {
        then(VideoProvider::Room { session.timing.roomId, session.timing.roomSid }, {});
        return;
    }
    struct Created
    {
        std::optional<VideoProvider::Room> room;
        QString message;
    };
    VideoProvider *video = m_context.video;
    m_context.workers->run<Created>(
        ProviderWorkers::Service::Video, nullptr,
        [video, id = session.id, title = session.timing.courseTitle] {
            Created created;
            created.room = video->createRoom(id, title, &created.message);
            return created;
        },
        [this, id = session.id, then = std::move(then)](Created created) {
            if (!created.room) {
                then(std::nullopt,
                     HttpResponse::error(502, QStringLiteral("provider_error"), created.message));
                return;
            }
            m_context.sessions->setRoom(id, created.room->roomId, created.room->roomSid);
            then(created.room, {});
        });
}

HttpResponse IntegrationRoutes::openRoom(HttpRequest &request)
{
    HttpResponse error;
    const auto session = videoSessionFor(request, VideoAccess::Teacher, &error);
    if (!session)
        return error;
    const bool created = session->timing.roomId.isEmpty();
    withRoomOf(*session,
               [reply = request.defer(), id = session->id, created](std::optional<VideoProvider::Room> room,
                                                                    HttpResponse error) {
                   if (!room) {
                       reply.finish(error);
                       return;
                   }
                   reply.finish(
                       HttpResponse::json(QJsonObject { { QStringLiteral("session_id"), id },
                                                        { QStringLiteral("room_id"), room->roomId },
                                                        { QStringLiteral("room_sid"), room->roomSid },
                                                        { QStringLiteral("created"), created } },
                                          created ? 201 : 200));
               });
    return HttpResponse::deferred();
}

HttpResponse IntegrationRoutes::joinRoom(HttpRequest &request)
{
    HttpResponse error;
    const auto session = videoSessionFor(request, VideoAccess::Member, &error);
    if (!session)
        return error;
    const qint64 nowMs = Clock::nowMs();
    const qint64 opensMs = session->timing.startMs - kJoinLeadSeconds * 1000;
    if (nowMs < opensMs)
        return HttpResponse::error(409, QStringLiteral("too_early"),
                                   QStringLiteral("The room opens 10 minutes before the session starts (%1).")
                                       .arg(instant::toUtcStringMs(opensMs)));
    if (nowMs >= session->timing.endMs)
        return HttpResponse::error(409, QStringLiteral("session_ended"),
                                   QStringLiteral("This session has ended."));
    const bool moderator = session->relation != SessionRelation::Student;
    // After the teacher ended the room for everyone (PlugNmeet's "end session"), students
    // would only open an empty new room: only the teacher may open it again.
    const auto facts = m_context.sessions->outcomeFacts(session->id);
    if (!moderator && facts && facts->roomFinished)
        return HttpResponse::error(409, QStringLiteral("room_not_active"),
                                   QStringLiteral("The teacher has closed this session's room."));
    const auto user = m_context.users->byId(request.userId);
    const QString logoutUrl = VideoProvider::logoutUrl(m_context.baseUrl, session->id).toString();
    const QString userId = request.userId;
    const QString name = user ? user->user.name : QString();
    const qint64 expiresAt = session->timing.endMs / 1000 + 1800;
    withRoomOf(*session,
               [this, reply = request.defer(), id = session->id, userId, name, moderator, expiresAt,
                logoutUrl](std::optional<VideoProvider::Room> room, HttpResponse error) {
                   if (!room) {
                       reply.finish(error);
                       return;
                   }
                   VideoProvider *video = m_context.video;
                   m_context.workers->run<VideoProvider::Join>(
                       ProviderWorkers::Service::Video, nullptr,
                       [video, room = *room, userId, name, moderator, expiresAt] {
                           return video->joinToken(room, userId, name, moderator, expiresAt);
                       },
                       [reply, id, room = *room, moderator, logoutUrl](VideoProvider::Join join) {
                           reply.finish(HttpResponse::json(QJsonObject {
                               { QStringLiteral("session_id"), id },
                               { QStringLiteral("room_id"), room.roomId },
                               { QStringLiteral("join_url"), join.url },
                               { QStringLiteral("token"), join.token },
                               { QStringLiteral("is_moderator"), moderator },
                               { QStringLiteral("expires_at"), instant::toUtcStringSecs(join.expiresAt) },
                               { QStringLiteral("logout_url"), logoutUrl },
                           }));
                       });
               });
    return HttpResponse::deferred();
}

void IntegrationRoutes::registerVideo(Router &router)
{
    // Only the teacher (or the course's creator) opens a room; its members join it.
    // Where Stripe sends the browser after onboarding (return) or with an expired link
    // (refresh): a page that opens companion://payouts/…, so Companion comes to the front and
    // asks for the status itself. The page says nothing about the outcome: the status decides.
    // The rooms' logout_url: a browser that ends a session lands here; Companion closes its
    // room window on this address instead.
    router.add(QStringLiteral("GET"), QStringLiteral("/video/ended"), Access::Public, [](HttpRequest &) {
        return HttpResponse::text(
            "text/html; charset=utf-8",
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Session ended</title>"
            "</head><body style=\"font-family:sans-serif;margin:2em\"><h1>Session ended</h1>"
            "<p>Thank you for teaching and learning together. You can close this page; "
            "attendance and the recording appear in Companion.</p></body></html>");
    });
    for (const QString &which : { QStringLiteral("return"), QStringLiteral("refresh") }) {
        router.add(QStringLiteral("GET"), QStringLiteral("/connect/") + which, Access::Public,
                   [which](HttpRequest &) {
                       const QString link = QStringLiteral("companion://payouts/") + which;
                       return HttpResponse::text(
                           "text/html; charset=utf-8",
                           QStringLiteral(
                               "<!doctype html><html><head><meta charset=\"utf-8\">"
                               "<meta http-equiv=\"refresh\" content=\"0;url=%1\">"
                               "<title>Back to Companion</title></head>"
                               "<body style=\"font-family:sans-serif;margin:2em\"><h1>Back to Companion</h1>"
                               "<p>Companion checks your payout status with Stripe now.</p>"
                               "<p><a href=\"%1\">Open Companion</a> if it did not come to the front. "
                               "You can close this page.</p></body></html>")
                               .arg(link)
                               .toUtf8());
                   });
    }

    router.add(QStringLiteral("POST"), QStringLiteral("/api/video/room"), Access::Bearer,
               [this](HttpRequest &request) { return openRoom(request); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/video/join"), Access::Bearer,
               [this](HttpRequest &request) { return joinRoom(request); });
}

void IntegrationRoutes::registerPayments(Router &router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/payments/connect/onboard"), Access::Bearer,
               [this](HttpRequest &request) { return onboard(request); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/payments/connect/status"), Access::Bearer,
               [this](HttpRequest &request) { return connectStatus(request); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/payments/connect/login-link"), Access::Bearer,
               [this](HttpRequest &request) { return loginLink(request); });
}

HttpResponse IntegrationRoutes::onboard(HttpRequest &request)
{
    if (!m_context.payments)
        return providerUnavailable(QStringLiteral("Payout onboarding"));
    const auto user = m_context.users->byId(request.userId);
    if (!user)
        return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Please sign in."));
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        HttpResponse error;
        const auto parsed = parseJsonBody(request, &error);
        if (!parsed)
            return error;
        body = *parsed;
    }
    // Stripe wants https pages; these hand the browser back to Companion. A caller's own
    // return URL must be companion://, this platform's address or a configured origin.
    QString urls[2] = {
        m_context.baseUrl.resolved(QUrl(QStringLiteral("/connect/return"))).toString(),
        m_context.baseUrl.resolved(QUrl(QStringLiteral("/connect/refresh"))).toString(),
    };
    Validation validation;
    const char *names[2] = { "return_url", "refresh_url" };
    for (int i = 0; i < 2; ++i) {
        const QString name = QString::fromLatin1(names[i]);
        const QJsonValue value = body.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString()
            || !ReturnUrl::isAllowed(value.toString(), m_context.baseUrl, m_context.returnOrigins))
            validation.fail(
                name,
                QStringLiteral("Use companion://…, this platform's address or a configured return origin."));
        else
            urls[i] = value.toString();
    }
    if (!validation.ok())
        return validation.response();
    const QString returnUrl = urls[0];
    const QString refreshUrl = urls[1];
    struct Onboarding
    {
        QString accountId;
        bool created = false;
        PaymentProvider::Link link;
    };
    PaymentProvider *payments = m_context.payments;
    m_context.workers->run<Onboarding>(
        ProviderWorkers::Service::Payments, nullptr,
        [payments, accountId = user->stripeAccountId, userId = user->user.id, email = user->user.email,
         returnUrl, refreshUrl] {
            Onboarding result;
            result.accountId = accountId;
            if (result.accountId.isEmpty()) {
                result.accountId = payments->createAccount(userId, email);
                result.created = true;
            }
            if (!result.accountId.isEmpty())
                result.link = payments->onboardingLink(result.accountId, returnUrl, refreshUrl);
            return result;
        },
        [this, reply = request.defer(), userId = user->user.id](Onboarding result) {
            if (result.accountId.isEmpty()) {
                reply.finish(HttpResponse::error(502, QStringLiteral("provider_error"),
                                                 QStringLiteral("Stripe did not create a payout account; "
                                                                "try again in a minute.")));
                return;
            }
            if (result.created)
                m_context.users->updatePayoutState(userId, result.accountId, QStringLiteral("pending"), false,
                                                   { QStringLiteral("individual.verification.document"),
                                                     QStringLiteral("external_account") });
            reply.finish(HttpResponse::json(QJsonObject {
                { QStringLiteral("account_id"), result.accountId },
                { QStringLiteral("url"), result.link.url },
                { QStringLiteral("expires_at"), instant::toUtcStringSecs(result.link.expiresAt) },
            }));
        });
    return HttpResponse::deferred();
}

HttpResponse IntegrationRoutes::connectStatus(HttpRequest &request)
{
    const auto user = m_context.users->byId(request.userId);
    if (!user)
        return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Please sign in."));
    QJsonObject json {
        { QStringLiteral("account_id"),
          user->stripeAccountId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(user->stripeAccountId) },
        { QStringLiteral("account_status"), user->stripeAccountStatus },
        { QStringLiteral("payouts_enabled"), user->payoutsEnabled },
        { QStringLiteral("details_submitted"),
          user->stripeAccountStatus == u"enabled" || user->stripeAccountStatus == u"restricted" },
        { QStringLiteral("requirements_due"), QJsonArray::fromStringList(user->requirementsDue) },
    };
    // The answer from the state as the last account.updated (or retrieval) reported it.
    const auto answer = [this, base = json, legacy = user->stripeAccountStatus,
                         payoutsEnabled = user->payoutsEnabled, accountId = user->stripeAccountId] {
        QJsonObject json = base;
        const auto account
            = accountId.isEmpty() ? std::nullopt : ConnectAccountState::load(*m_context.db, accountId);
        if (account) {
            json.insert(QStringLiteral("state"), account->state());
            json.insert(QStringLiteral("account_status"), account->legacyStatus());
            json.insert(QStringLiteral("payouts_enabled"), account->payoutsEnabled);
            json.insert(QStringLiteral("details_submitted"), account->detailsSubmitted);
            json.insert(QStringLiteral("charges_enabled"), account->chargesEnabled);
            json.insert(QStringLiteral("requirements_due"),
                        QJsonArray::fromStringList(account->requirementsDue()));
            json.insert(QStringLiteral("requirements"), account->requirementsJson());
        } else {
            // Accounts no webhook has described yet (demo data, or just created).
            json.insert(QStringLiteral("state"),
                        legacy == u"enabled"          ? QStringLiteral("enabled")
                            : legacy == u"restricted" ? QStringLiteral("restricted")
                            : legacy == u"pending"    ? QStringLiteral("action_required")
                                                      : QStringLiteral("not_started"));
            json.insert(QStringLiteral("charges_enabled"), payoutsEnabled);
        }
        return HttpResponse::json(json);
    };
    // While it is not enabled, re-read the account from Stripe (at most every 30 s): webhooks
    // lag, and the return URL says nothing (it also follows "Save for later").
    const auto account = user->stripeAccountId.isEmpty()
        ? std::nullopt
        : ConnectAccountState::load(*m_context.db, user->stripeAccountId);
    const qint64 now = Clock::nowSecs();
    if (!m_context.payments || user->stripeAccountId.isEmpty() || (account && account->state() == u"enabled")
        || now - m_accountRefreshedAt.value(user->stripeAccountId) < 30)
        return answer();
    m_accountRefreshedAt.insert(user->stripeAccountId, now);
    PaymentProvider *payments = m_context.payments;
    m_context.workers->run<PaymentProvider::Call>(
        ProviderWorkers::Service::Payments, nullptr,
        [payments, accountId = user->stripeAccountId] { return payments->retrieveAccount(accountId); },
        [this, reply = request.defer(), answer, now](PaymentProvider::Call retrieved) {
            if (retrieved.ok && m_context.db->transaction()) {
                // Dated a second early: an event of the same second (Stripe dates them to the
                // second) may describe a later change, so it must win the tie.
                if (ConnectAccountState::save(*m_context.db, retrieved.object,
                                              QStringLiteral("retrieved_%1").arg(now), now - 1))
                    m_context.db->commit();
                else
                    m_context.db->rollback();
            }
            reply.finish(answer());
        });
    return HttpResponse::deferred();
}

HttpResponse IntegrationRoutes::loginLink(HttpRequest &request)
{
    if (!m_context.payments)
        return providerUnavailable(QStringLiteral("Payout onboarding"));
    const auto user = m_context.users->byId(request.userId);
    if (!user || user->stripeAccountId.isEmpty() || user->stripeAccountStatus == u"pending")
        return HttpResponse::error(409, QStringLiteral("onboarding_incomplete"),
                                   QStringLiteral("Finish payout onboarding first."));
    PaymentProvider *payments = m_context.payments;
    m_context.workers->run<PaymentProvider::Link>(
        ProviderWorkers::Service::Payments, nullptr,
        [payments, accountId = user->stripeAccountId] { return payments->loginLink(accountId); },
        [reply = request.defer()](PaymentProvider::Link link) {
            if (link.url.isEmpty()) {
                reply.finish(HttpResponse::error(502, QStringLiteral("provider_error"),
                                                 QStringLiteral("Stripe did not give a sign-in link; try "
                                                                "again in a minute.")));
                return;
            }
            reply.finish(HttpResponse::json(
                QJsonObject { { QStringLiteral("url"), link.url },
                              { QStringLiteral("expires_at"), instant::toUtcStringSecs(link.expiresAt) } }));
        });
    return HttpResponse::deferred();
}

void IntegrationRoutes::registerCalendar(Router &router)
{
    const auto feedJson = [this](const CalendarFeedStore::Feed &feed) {
        const QUrl url = m_context.baseUrl.resolved(QUrl(QStringLiteral("/calendar/%1.ics").arg(feed.token)));
        QUrl webcal = url;
        webcal.setScheme(QStringLiteral("webcal"));
        return QJsonObject { { QStringLiteral("url"), url.toString() },
                             { QStringLiteral("webcal_url"), webcal.toString() },
                             { QStringLiteral("google_url"),
                               ical::GoogleCalendarLink::subscribe(url).toString(QUrl::FullyEncoded) },
                             { QStringLiteral("created_at"), feed.createdAt } };
    };
    const auto feedFailed = [] {
        return HttpResponse::error(500, QStringLiteral("internal_error"),
                                   QStringLiteral("Could not create the calendar feed."));
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/api/calendar/feed"), Access::Bearer,
               [this, feedJson, feedFailed](HttpRequest &request) {
                   auto feed = m_context.calendarFeeds->feedOf(request.userId);
                   if (!feed) // first use, or after a revoke: a new private feed
                       feed = m_context.calendarFeeds->rotate(request.userId, nowRfc3339());
                   return feed ? HttpResponse::json(feedJson(*feed)) : feedFailed();
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/calendar/feed/rotate"), Access::Bearer,
               [this, feedJson, feedFailed](HttpRequest &request) {
                   const auto feed = m_context.calendarFeeds->rotate(request.userId, nowRfc3339());
                   return feed ? HttpResponse::json(feedJson(*feed)) : feedFailed();
               });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/calendar/feed"), Access::Bearer,
               [this, feedFailed](HttpRequest &request) {
                   return m_context.calendarFeeds->revoke(request.userId) ? HttpResponse::noContent()
                                                                          : feedFailed();
               });
    // The subscription itself: public, the unguessable token is the credential (and never
    // logged: "{!file}").
    router.add(QStringLiteral("GET"), QStringLiteral("/calendar/{!file}"), Access::Public,
               [this](HttpRequest &request) { return calendarFeed(request); });
}

HttpResponse IntegrationRoutes::calendarFeed(HttpRequest &request)
{
    QString token = request.pathParams.value(QStringLiteral("file"));
    const QString userId = token.endsWith(QStringLiteral(".ics"))
        ? m_context.calendarFeeds->userOf(token.chopped(4))
        : QString();
    const auto owner = userId.isEmpty() ? std::nullopt : m_context.users->byId(userId);
    if (!owner)
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Unknown calendar."));

    const SessionStore::Calendar calendar
        = m_context.sessions->calendarOf(userId, Clock::nowMs() - kFeedPastDays * 24 * 3600 * 1000);
    if (!calendar.ok)
        return HttpResponse::error(500, QStringLiteral("internal_error"),
                                   QStringLiteral("Could not read the calendar."));
    QList<Session> sessions;
    sessions.reserve(calendar.sessions.size());
    QDateTime lastModified;
    for (const QJsonObject &json : calendar.sessions) {
        QString error;
        if (const auto session = Session::fromJson(json, &error)) {
            sessions.append(*session);
            if (!lastModified.isValid() || session->updatedAt > lastModified)
                lastModified = session->updatedAt;
        } else {
            qCWarning(lcServer).noquote() << "calendar feed: skipping a session:" << error;
        }
    }
    // No DTSTAMP of "now": the same sessions give the same bytes, so the ETag holds.
    const QByteArray ics = ical::SessionCalendar::write(sessions, { owner->user.name, owner->user.timeZone },
                                                        m_context.baseUrl, QDateTime(), calendar.students);
    const QByteArray etag
        = '"' + QCryptographicHash::hash(ics, QCryptographicHash::Sha256).toHex().left(32) + '"';

    const QByteArray ifNoneMatch = request.header("if-none-match");
    const QDateTime ifModifiedSince = fromHttpDate(request.header("if-modified-since"));
    // If-Modified-Since counts only without If-None-Match (RFC 9110 §13.1.3); whole seconds.
    const bool unchanged = !ifNoneMatch.isEmpty() ? etagMatches(ifNoneMatch, etag)
                                                  : ifModifiedSince.isValid() && lastModified.isValid()
            && lastModified.toSecsSinceEpoch() <= ifModifiedSince.toSecsSinceEpoch();
    HttpResponse response = unchanged ? HttpResponse::text({}, {}, 304)
                                      : HttpResponse::text("text/calendar; charset=utf-8", ics);
    response.withHeader("ETag", etag).withHeader("Cache-Control", "private, max-age=300");
    if (lastModified.isValid())
        response.withHeader("Last-Modified", httpDate(lastModified));
    return response;
}

} // namespace companion::server
