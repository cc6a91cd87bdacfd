#pragma once

#include "models/User.h"
#include "services/net/PlatformClient.h"

#include <QDateTime>
#include <QObject>

namespace companion {

class Profile;
class SecretStore;

// Who is signed in, and the tokens that prove it. The refresh token lives only
// in the SecretStore (the keyring); the access token only in memory. Requests
// made through `send()` get a fresh access token transparently: an expired one
// is refreshed once (single flight, however many requests are waiting) and the
// request replayed.
class AuthSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userEmail READ userEmail NOTIFY userChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY userChanged)
    Q_PROPERTY(bool creator READ isCreator NOTIFY userChanged)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY userChanged)
    // active | bounced | complained | failed ("" until the platform said)
    Q_PROPERTY(QString emailStatus READ emailStatus NOTIFY userChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool insecureTokenStore READ insecureTokenStore CONSTANT)
public:
    enum class State {
        SignedOut,
        Restoring, // reading the keyring and refreshing
        SigningIn,
        SignedIn,
        Offline, // a saved sign-in exists but the server cannot be reached
    };
    Q_ENUM(State)

    AuthSession(Profile *profile, PlatformClient *client, SecretStore *secrets, QObject *parent = nullptr);

    State state() const { return m_state; }
    const User &user() const { return m_user; }
    QString userName() const { return m_user.name; }
    QString userEmail() const { return m_user.email; }
    // "Creator · S-T" in the window's language ("S-T" is the platform's term in every one).
    QString roleName() const;
    bool isCreator() const { return m_user.roles.contains(Role::Creator); }
    QString timeZone() const { return m_user.timeZone; }
    QString emailStatus() const { return m_user.emailStatus; }
    QString lastError() const { return m_lastError; }
    bool insecureTokenStore() const;
    PlatformClient *client() const { return m_client; }
    // Whether the last failed operation failed because the server was unreachable
    // or answered nonsense (rather than refusing the credentials).
    bool lastFailureWasNetwork() const { return m_lastFailureWasNetwork; }

    // Resume a saved sign-in: keyring → refresh → SignedIn (or SignedOut/Offline).
    Q_INVOKABLE void restore();
    Q_INVOKABLE void signIn(const QString &email, const QString &password);
    // Revokes the refresh token on the server (best effort), removes it from the
    // keyring and deletes the profile's cached data.
    Q_INVOKABLE void signOut();

    // The signed-in user as the server describes them now (the sync's `GET /api/me`): the
    // session stays the one owner of the user, so a zone or name changed on the web reaches
    // everyone that reads user()/timeZone(). Saved in the Profile as a sign-in does;
    // `userChanged` only when something changed. Ignored for another user id.
    void updateUser(const User &user);

    // The current access token, refreshed first when it is about to expire; empty when none
    // could be had (signed out, server unreachable). For what cannot go through send(): the
    // change stream's WebSocket.
    void withFreshAccessToken(std::function<void(const QString &token)> done);

    // An authenticated request with transparent refresh and replay.
    void send(PlatformClient::Method method, const QString &path, const QJsonObject &body,
              PlatformClient::Callback callback, const QList<QPair<QByteArray, QByteArray>> &headers = {});

Q_SIGNALS:
    void stateChanged();
    void userChanged();
    void lastErrorChanged();
    // A new access token was accepted (sign-in or refresh).
    void accessTokenChanged();
    // Finished a signIn/restore/signOut attempt (for the CLI, which quits on it).
    void operationFinished(bool success);

private:
    using RefreshWaiter = std::function<void(const ApiResponse &)>;
    void setState(State state);
    void setLastError(const QString &message);
    void refreshAccessToken(RefreshWaiter waiter);
    void finishRefresh(const ApiResponse &response);
    // Applies a login/refresh reply: keeps the access token, stores the rotated
    // refresh token, updates the user. Calls `done` with an error message or empty.
    void acceptTokens(const QJsonObject &reply, std::function<void(QString)> done);
    void endSession(const QString &reason);
    bool accessTokenFresh() const;

    Profile *m_profile;
    PlatformClient *m_client;
    SecretStore *m_secrets;
    State m_state = State::SignedOut;
    User m_user;
    QString m_lastError;
    QString m_refreshToken; // in memory only while a session is live
    QDateTime m_accessExpiry; // local clock, from expires_in
    QList<RefreshWaiter> m_refreshWaiters;
    quint64 m_signOuts = 0; // a refresh answered after a sign-out began is dropped
    bool m_signingOut = false; // from signOut() until its local wipe; the server may refuse us meanwhile
    bool m_lastFailureWasNetwork = false;
};

} // namespace companion
