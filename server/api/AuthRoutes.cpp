#include "server/api/AuthRoutes.h"

#include "models/time/InstantFormat.h"
#include "server/core/Logging.h"
#include "server/core/PasswordHasher.h"
#include "server/http/JsonBody.h"
#include "server/http/LoginThrottle.h"
#include "server/http/Router.h"
#include "server/store/TokenService.h"
#include "server/store/UserStore.h"

#include <QThread>

namespace companion::server {

namespace {

HttpResponse tokenResponse(const IssuedTokens &tokens, const UserRecord &user)
{
    return HttpResponse::json(QJsonObject {
        { QStringLiteral("access_token"), tokens.accessToken },
        { QStringLiteral("refresh_token"), tokens.refreshToken },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("expires_in"), tokens.accessTtl },
        { QStringLiteral("expires_at"), instant::toUtcStringSecs(tokens.accessExpiresAt) },
        { QStringLiteral("user"), user.user.toJson() },
    });
}

HttpResponse invalidRefresh()
{
    return HttpResponse::error(401, QStringLiteral("invalid_refresh_token"),
                               QStringLiteral("Your session has ended. Please sign in again."));
}

HttpResponse serverError()
{
    return HttpResponse::error(500, QStringLiteral("internal_error"),
                               QStringLiteral("Something went wrong on the server. Please try again."));
}

// Reads {"refresh_token": "..."}; returns nullopt with `error` set otherwise.
std::optional<QString> refreshTokenFrom(const QJsonObject &body, HttpResponse *error)
{
    const QJsonValue token = body.value(QStringLiteral("refresh_token"));
    if (!token.isString() || token.toString().isEmpty()) {
        Validation validation;
        validation.fail(QStringLiteral("refresh_token"), QStringLiteral("A refresh token is required."));
        *error = validation.response();
        return std::nullopt;
    }
    return token.toString();
}

} // namespace

AuthRoutes::AuthRoutes(TokenService &tokens, UserStore &users, LoginThrottle &throttle)
    : m_tokens(tokens)
    , m_users(users)
    , m_hashing(QThread::idealThreadCount())
    , m_throttle(throttle)
{
    m_elapsed.start();
}

void AuthRoutes::registerOn(Router &router)
{
    router.addJson(
        QStringLiteral("POST"), QStringLiteral("/api/auth/login"), Access::Public,
        [this](HttpRequest &request, const QJsonObject &body) {
            const QJsonValue email = body.value(QStringLiteral("email"));
            const QJsonValue password = body.value(QStringLiteral("password"));
            Validation validation;
            if (!email.isString() || email.toString().trimmed().isEmpty())
                validation.fail(QStringLiteral("email"), QStringLiteral("Enter your email address."));
            if (!password.isString() || password.toString().isEmpty())
                validation.fail(QStringLiteral("password"), QStringLiteral("Enter your password."));
            // The contract's limits; a megabyte "password" would cost a megabyte of hashing.
            if (email.toString().size() > 254)
                validation.fail(QStringLiteral("email"), QStringLiteral("At most 254 characters."));
            if (password.toString().size() > 1024)
                validation.fail(QStringLiteral("password"), QStringLiteral("At most 1024 characters."));
            if (!validation.ok())
                return validation.response();

            // Before any lookup or hashing: the same answer for every e-mail, and no CPU spent.
            if (const int wait
                = m_throttle.waitSeconds(email.toString(), request.remoteAddress, m_elapsed.elapsed());
                wait > 0) {
                qCInfo(lcAuth) << "sign-in throttled" << request.requestId;
                return HttpResponse::error(
                           429, QStringLiteral("too_many_attempts"),
                           QStringLiteral("Too many failed sign-ins. Try again in %1 s.").arg(wait))
                    .withHeader("Retry-After", QByteArray::number(wait));
            }
            if (m_hashing.inFlight() >= kMaxHashesWaiting)
                return HttpResponse::error(
                           503, QStringLiteral("busy"),
                           QStringLiteral("Too many sign-ins at once. Try again in a moment."))
                    .withHeader("Retry-After", "1");
            const auto user = m_users.byEmail(email.toString());
            const QString stored = user ? user->passwordHash : QString();
            m_hashing.run<bool>(
                nullptr,
                [candidate = password.toString(), stored] {
                    // Hash even for unknown emails so timing does not reveal which accounts exist.
                    static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy password"));
                    return PasswordHasher::verify(candidate, stored.isEmpty() ? decoy : stored)
                        && !stored.isEmpty();
                },
                [this, reply = request.defer(), requestId = request.requestId, emailText = email.toString(),
                 remote = request.remoteAddress, userId = user ? user->user.id : QString()](bool valid) {
                    // Read again: the account may have changed while the hash ran.
                    const auto user = valid ? m_users.byId(userId) : std::nullopt;
                    if (!user) {
                        // The throttle counts the failure once the hash decided it.
                        m_throttle.failed(emailText, remote, m_elapsed.elapsed());
                        qCInfo(lcAuth) << "failed sign-in" << requestId;
                        reply.finish(HttpResponse::error(401, QStringLiteral("invalid_credentials"),
                                                         QStringLiteral("Email or password is incorrect.")));
                        return;
                    }
                    m_throttle.succeeded(emailText);
                    const auto tokens = m_tokens.issue(user->user.id);
                    if (!tokens) {
                        reply.finish(serverError());
                        return;
                    }
                    reply.finish(tokenResponse(*tokens, *user), user->user.id);
                });
            return HttpResponse::deferred();
        });

    router.addJson(QStringLiteral("POST"), QStringLiteral("/api/auth/refresh"), Access::Public,
                   [this](HttpRequest &request, const QJsonObject &body) {
                       HttpResponse error;
                       const auto refreshToken = refreshTokenFrom(body, &error);
                       if (!refreshToken)
                           return error;
                       const auto tokens = m_tokens.refresh(*refreshToken);
                       if (!tokens)
                           return invalidRefresh();
                       const auto user = m_users.byId(tokens->userId);
                       if (!user)
                           return invalidRefresh();
                       request.userId = user->user.id;
                       return tokenResponse(*tokens, *user);
                   });

    router.addJson(QStringLiteral("POST"), QStringLiteral("/api/auth/logout"), Access::Public,
                   [this](HttpRequest &, const QJsonObject &body) {
                       HttpResponse error;
                       const auto refreshToken = refreshTokenFrom(body, &error);
                       if (!refreshToken)
                           return error;
                       m_tokens.revokeFamilyOf(*refreshToken);
                       return HttpResponse::noContent();
                   });

    router.add(QStringLiteral("GET"), QStringLiteral("/api/me"), Access::Bearer,
               [this](HttpRequest &request) {
                   const auto user = m_users.byId(request.userId);
                   if (!user)
                       return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                                  QStringLiteral("Please sign in."));
                   return HttpResponse::json(user->toMeJson());
               });
}

} // namespace companion::server
