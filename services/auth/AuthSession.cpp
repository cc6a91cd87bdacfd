#include "services/auth/AuthSession.h"

#include "models/time/Clock.h"
#include "services/Logging.h"
#include "services/auth/Profile.h"
#include "services/auth/SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace companion {

namespace {
// Refresh a little before the server would reject the token.
constexpr int kExpirySlackSeconds = 5;

QString sessionEndedMessage(const ApiResponse &response)
{
    if (!response.error.message.isEmpty())
        return response.error.message;
    return QCoreApplication::translate("AuthSession", "Your session has ended. Please sign in again.");
}
} // namespace

AuthSession::AuthSession(Profile *profile, PlatformClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(client)
    , m_secrets(secrets)
{ }

bool AuthSession::insecureTokenStore() const
{
    return m_secrets->isInsecure();
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "state" << state;
    Q_EMIT stateChanged();
}

void AuthSession::setLastError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

bool AuthSession::accessTokenFresh() const
{
    return !m_client->accessToken().isEmpty() && m_accessExpiry.isValid()
        && Clock::nowUtc().addSecs(kExpirySlackSeconds) < m_accessExpiry;
}

void AuthSession::restore()
{
    setState(State::Restoring);
    m_secrets->read(m_profile->secretKey(m_client->baseUrl()), [this](const SecretResult &secret) {
        if (!secret.ok()) {
            setState(State::SignedOut);
            setLastError(secret.status == SecretResult::Status::NotFound ? QString() : secret.message);
            Q_EMIT operationFinished(false);
            return;
        }
        m_refreshToken = secret.value;
        refreshAccessToken([this](const ApiResponse &response) {
            if (response.ok()) {
                setLastError({});
                setState(State::SignedIn);
                Q_EMIT operationFinished(true);
                return;
            }
            m_lastFailureWasNetwork = response.kind != ApiResponse::Kind::HttpError;
            if (response.kind == ApiResponse::Kind::NetworkError && m_profile->cachedUser()) {
                // Keep the saved sign-in; greet the person from the cache.
                m_user = *m_profile->cachedUser();
                Q_EMIT userChanged();
                setLastError(response.error.message);
                setState(State::Offline);
            } else if (m_state != State::SignedOut) {
                setLastError(response.error.message);
                setState(State::SignedOut);
            }
            Q_EMIT operationFinished(false);
        });
    });
}

void AuthSession::signIn(const QString &email, const QString &password)
{
    setLastError({});
    m_lastFailureWasNetwork = false;
    setState(State::SigningIn);
    const QJsonObject body { { QStringLiteral("email"), email.trimmed() },
                             { QStringLiteral("password"), password } };
    m_client->send(PlatformClient::Method::Post, QStringLiteral("/api/auth/login"), body, false,
                   [this](const ApiResponse &response) {
                       if (!response.ok()) {
                           m_lastFailureWasNetwork = response.kind != ApiResponse::Kind::HttpError
                               || response.httpStatus >= 500 || response.httpStatus == 429;
                           setLastError(response.error.message);
                           setState(State::SignedOut);
                           Q_EMIT operationFinished(false);
                           return;
                       }
                       acceptTokens(response.object(), [this](const QString &error) {
                           if (!error.isEmpty()) {
                               endSession(error);
                               Q_EMIT operationFinished(false);
                               return;
                           }
                           m_profile->setServerUrl(m_client->baseUrl());
                           setState(State::SignedIn);
                           Q_EMIT operationFinished(true);
                       });
                   });
}

void AuthSession::acceptTokens(const QJsonObject &reply, std::function<void(QString)> done)
{
    const QString access = reply.value(QLatin1String("access_token")).toString();
    const QString refresh = reply.value(QLatin1String("refresh_token")).toString();
    const QJsonValue expiresIn = reply.value(QLatin1String("expires_in"));
    QString userError;
    const auto user = User::fromJson(reply.value(QLatin1String("user")).toObject(), &userError);
    if (access.isEmpty() || refresh.isEmpty() || !expiresIn.isDouble() || !user) {
        // The server answered, but with nonsense: a server problem, not the user's.
        m_lastFailureWasNetwork = true;
        done(QCoreApplication::translate("AuthSession", "The server's sign-in reply was incomplete (%1).")
                 .arg(userError.isEmpty() ? QStringLiteral("tokens missing") : userError));
        return;
    }
    m_client->setAccessToken(access);
    m_accessExpiry = Clock::nowUtc().addSecs(expiresIn.toInteger());
    m_refreshToken = refresh;
    const bool userDiffers = !(m_user == *user);
    m_user = *user;
    m_profile->setCachedUser(m_user);
    if (userDiffers)
        Q_EMIT userChanged();
    Q_EMIT accessTokenChanged();
    // The server rotated the refresh token: the keyring must hold the new one.
    m_secrets->write(m_profile->secretKey(m_client->baseUrl()), refresh,
                     [done](const SecretResult &result) { done(result.ok() ? QString() : result.message); });
}

void AuthSession::updateUser(const User &user)
{
    if (!user.isValid() || user.id != m_user.id || user == m_user)
        return;
    m_user = user;
    m_profile->setCachedUser(m_user);
    Q_EMIT userChanged();
}

void AuthSession::refreshAccessToken(RefreshWaiter waiter)
{
    m_refreshWaiters.append(std::move(waiter));
    if (m_refreshWaiters.size() > 1)
        return; // a refresh is already in flight; wait for it
    if (m_refreshToken.isEmpty()) {
        ApiResponse response;
        response.kind = ApiResponse::Kind::HttpError;
        response.httpStatus = 401;
        response.error = { QStringLiteral("signed_out"),
                           QCoreApplication::translate("AuthSession", "You are not signed in."),
                           {} };
        finishRefresh(response);
        return;
    }
    const QJsonObject body { { QStringLiteral("refresh_token"), m_refreshToken } };
    m_client->send(PlatformClient::Method::Post, QStringLiteral("/api/auth/refresh"), body, false,
                   [this, signOuts = m_signOuts](const ApiResponse &response) {
                       if (signOuts != m_signOuts || m_signingOut) {
                           // Signed out meanwhile: the new tokens must not bring the session back,
                           // and a refusal of the revoked token is the sign-out's to report (it
                           // ended the session before the user was cleared: the name stayed).
                           ApiResponse ended;
                           ended.kind = ApiResponse::Kind::HttpError;
                           ended.httpStatus = 401;
                           ended.error
                               = { QStringLiteral("signed_out"),
                                   QCoreApplication::translate("AuthSession", "You are not signed in."),
                                   {} };
                           finishRefresh(ended);
                           return;
                       }
                       if (!response.ok()) {
                           if (response.kind == ApiResponse::Kind::HttpError && response.httpStatus == 401)
                               endSession(sessionEndedMessage(response));
                           finishRefresh(response);
                           return;
                       }
                       acceptTokens(response.object(), [this, response](const QString &error) {
                           if (error.isEmpty()) {
                               if (m_state == State::Offline) {
                                   // The server is back: the saved sign-in is live again.
                                   setLastError({});
                                   setState(State::SignedIn);
                               }
                               finishRefresh(response);
                               return;
                           }
                           ApiResponse failed = ApiResponse::invalidResponse(response.httpStatus, error);
                           endSession(error);
                           finishRefresh(failed);
                       });
                   });
}

void AuthSession::finishRefresh(const ApiResponse &response)
{
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &waiter : waiters)
        waiter(response);
}

void AuthSession::withFreshAccessToken(std::function<void(const QString &)> done)
{
    if (accessTokenFresh()) {
        done(m_client->accessToken());
        return;
    }
    refreshAccessToken([this, done](const ApiResponse &refreshed) {
        done(refreshed.ok() ? m_client->accessToken() : QString());
    });
}

void AuthSession::send(PlatformClient::Method method, const QString &path, const QJsonObject &body,
                       PlatformClient::Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto replay = [this, method, path, body, callback, headers](const ApiResponse &refreshed) {
        if (!refreshed.ok()) {
            callback(refreshed);
            return;
        }
        m_client->send(method, path, body, true, callback, headers);
    };
    if (!accessTokenFresh()) {
        refreshAccessToken(replay);
        return;
    }
    m_client->send(
        method, path, body, true,
        [this, callback, replay](const ApiResponse &response) {
            if (response.isAuthError() && !m_refreshToken.isEmpty()) {
                // The token expired early or was revoked: refresh once, then replay.
                m_client->setAccessToken({});
                refreshAccessToken(replay);
                return;
            }
            callback(response);
        },
        headers);
}

void AuthSession::endSession(const QString &reason)
{
    qCInfo(lcAuth) << "session ended:" << reason;
    m_client->setAccessToken({});
    m_refreshToken.clear();
    m_accessExpiry = {};
    m_secrets->remove(m_profile->secretKey(m_client->baseUrl()), [](const SecretResult &) {});
    setLastError(reason);
    setState(State::SignedOut);
}

void AuthSession::signOut()
{
    ++m_signOuts; // answers to requests made before this one are stale
    m_signingOut = true;
    auto finish = [this] {
        m_secrets->remove(m_profile->secretKey(m_client->baseUrl()), [this](const SecretResult &result) {
            m_signingOut = false;
            m_profile->clearAccountData();
            m_client->setAccessToken({});
            m_refreshToken.clear();
            m_accessExpiry = {};
            m_user = {};
            Q_EMIT userChanged();
            setLastError(result.ok() ? QString() : result.message);
            setState(State::SignedOut);
            Q_EMIT operationFinished(result.ok());
        });
    };
    // Revoke server-side first; if the server is unreachable the local state is still wiped.
    auto revoke = [this, finish](const QString &refresh) {
        if (refresh.isEmpty()) {
            finish();
            return;
        }
        m_client->send(PlatformClient::Method::Post, QStringLiteral("/api/auth/logout"),
                       { { QStringLiteral("refresh_token"), refresh } }, false,
                       [finish](const ApiResponse &) { finish(); });
    };
    if (!m_refreshToken.isEmpty()) {
        revoke(m_refreshToken);
        return;
    }
    // A fresh process (the CLI) has the token only in the keyring.
    m_secrets->read(m_profile->secretKey(m_client->baseUrl()),
                    [revoke](const SecretResult &secret) { revoke(secret.ok() ? secret.value : QString()); });
}

QString AuthSession::roleName() const
{
    QStringList names;
    if (m_user.roles.contains(Role::Creator))
        names << tr("Creator");
    if (m_user.roles.contains(Role::StudentTeacher))
        names << QStringLiteral("S-T");
    return names.join(QStringLiteral(" · "));
}

} // namespace companion
