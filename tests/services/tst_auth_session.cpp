// AuthSession against a real platform-server process and the real keyring
// (gnome-keyring in the test's D-Bus session).
#include "../server/ServerProcess.h"
#include "services/auth/AuthSession.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/Profile.h"
#include "services/net/PlatformClient.h"
#include "tests/support/FaultProxy.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using companion::test::ServerProcess;

namespace {

const QString kCreator = QStringLiteral("creator@demo.test");
const QString kPassword = QStringLiteral("demo1234");

// One client-side world: a profile, an HTTP client, the keyring and a session.
struct Client
{
    explicit Client(const QUrl &server, const QString &profileDir)
        : profile(profileDir)
        , http(server)
        , secrets(QStringLiteral("CompanionTest"))
        , session(&profile, &http, &secrets)
    { }

    bool finish(std::function<void()> operation, bool expectSuccess)
    {
        QSignalSpy finished(&session, &AuthSession::operationFinished);
        operation();
        if (!finished.wait(15000))
            return false;
        return finished.constFirst().constFirst().toBool() == expectSuccess;
    }

    SecretResult readSecret()
    {
        SecretResult out;
        bool done = false;
        secrets.read(profile.secretKey(http.baseUrl()), [&](const SecretResult &r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

    ApiResponse get(const QString &path)
    {
        ApiResponse out;
        bool done = false;
        session.send(PlatformClient::Method::Get, path, {}, [&](const ApiResponse &r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return out;
    }

    Profile profile;
    PlatformClient http;
    KeychainSecretStore secrets;
    AuthSession session;
};

int postJson(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(
                     { QStringLiteral("--demo"), QStringLiteral("--access-token-ttl"), QStringLiteral("2") }),
                 qPrintable(m_server.errorString()));
    }

    void signInStoresRefreshTokenInKeyringAndRestores()
    {
        QTemporaryDir dir;
        {
            Client client(m_server.baseUrl(), dir.path());
            QVERIFY(client.finish([&] { client.session.signIn(kCreator, kPassword); }, true));
            QCOMPARE(client.session.state(), AuthSession::State::SignedIn);
            QCOMPARE(client.session.userName(), QStringLiteral("Maya Lindqvist"));
            QCOMPARE(client.session.roleName(), QStringLiteral("Creator"));
            QCOMPARE(client.session.timeZone(), QStringLiteral("Europe/Berlin"));
            QVERIFY(client.readSecret().ok());
            QVERIFY(!client.readSecret().value.isEmpty());
        }
        // A new process-like world finds the sign-in in the keyring.
        Client again(m_server.baseUrl(), dir.path());
        QVERIFY(again.finish([&] { again.session.restore(); }, true));
        QCOMPARE(again.session.state(), AuthSession::State::SignedIn);
        const ApiResponse me = again.get(QStringLiteral("/api/me"));
        QVERIFY2(me.ok(), qPrintable(me.error.message));
        QCOMPARE(me.object().value(QLatin1String("email")).toString(), kCreator);
    }

    void wrongPasswordIsRefusedAndNothingStored()
    {
        QTemporaryDir dir;
        Client client(m_server.baseUrl(), dir.path());
        QVERIFY(client.finish([&] { client.session.signIn(kCreator, QStringLiteral("nope")); }, false));
        QCOMPARE(client.session.state(), AuthSession::State::SignedOut);
        QCOMPARE(client.session.lastError(), QStringLiteral("Email or password is incorrect."));
        QVERIFY(!client.session.lastFailureWasNetwork());
        QCOMPARE(client.readSecret().status, SecretResult::Status::NotFound);
    }

    void expiredAccessTokenIsRefreshedTransparentlyOnce()
    {
        // Through a pass-through proxy, whose log counts the refresh requests.
        companion::test::FaultProxy proxy;
        QVERIFY2(proxy.start(m_server.baseUrl()), qPrintable(proxy.errorString()));
        QTemporaryDir dir;
        Client client(proxy.url(), dir.path());
        QVERIFY(client.finish([&] { client.session.signIn(kCreator, kPassword); }, true));
        const QString firstRefresh = client.readSecret().value;
        QTest::qWait(3000); // the access token (ttl 2 s) has expired

        // Several requests at once: exactly one refresh must happen. A second refresh
        // with the already-rotated token would be reuse and revoke the whole family.
        int ok = 0, answered = 0;
        for (int i = 0; i < 5; ++i)
            client.session.send(PlatformClient::Method::Get, QStringLiteral("/api/me"), {},
                                [&](const ApiResponse &r) {
                                    ++answered;
                                    ok += r.ok() ? 1 : 0;
                                });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 15000);
        QCOMPARE(ok, 5);
        QCOMPARE(client.session.state(), AuthSession::State::SignedIn);
        const QStringList refreshes = proxy.requestLog().filter(QStringLiteral("/api/auth/refresh"));
        QVERIFY2(refreshes.size() == 1, qPrintable(proxy.requestLog().join(QLatin1Char('\n'))));
        QCOMPARE(proxy.requestLog().filter(QStringLiteral("GET /api/me")).size(), 5);
        const QString rotated = client.readSecret().value;
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != firstRefresh); // the keyring holds the rotated token
    }

    void revokedRefreshTokenSendsUserBackToSignIn()
    {
        QTemporaryDir dir;
        Client client(m_server.baseUrl(), dir.path());
        QVERIFY(client.finish([&] { client.session.signIn(kCreator, kPassword); }, true));
        const QString refresh = client.readSecret().value;
        // Revoked elsewhere (another device signed out, or an admin).
        QCOMPARE(
            postJson(m_server.url(QStringLiteral("/api/auth/logout")),
                     QJsonDocument(QJsonObject { { QStringLiteral("refresh_token"), refresh } }).toJson()),
            204);
        QTest::qWait(3000);
        QSignalSpy stateChanged(&client.session, &AuthSession::stateChanged);
        const ApiResponse me = client.get(QStringLiteral("/api/me"));
        QVERIFY(!me.ok());
        QCOMPARE(me.httpStatus, 401);
        QCOMPARE(client.session.state(), AuthSession::State::SignedOut);
        QVERIFY2(client.session.lastError().contains(QLatin1String("sign in again")),
                 qPrintable(client.session.lastError()));
        QCOMPARE(client.readSecret().status, SecretResult::Status::NotFound);
    }

    void signOutRemovesKeyringEntryAndCachedData()
    {
        QTemporaryDir dir;
        Client client(m_server.baseUrl(), dir.path());
        QVERIFY(client.finish([&] { client.session.signIn(kCreator, kPassword); }, true));
        QVERIFY(QDir().mkpath(client.profile.cacheDirectory()));
        QFile cached(QDir(client.profile.cacheDirectory()).filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cached.open(QIODevice::WriteOnly));
        cached.write("data");
        cached.close();
        QVERIFY(client.profile.cachedUser());

        const QString refresh = client.readSecret().value;
        QVERIFY(client.finish([&] { client.session.signOut(); }, true));
        QCOMPARE(client.session.state(), AuthSession::State::SignedOut);
        QCOMPARE(client.readSecret().status, SecretResult::Status::NotFound);
        QVERIFY(!QDir(client.profile.cacheDirectory()).exists());
        QVERIFY(!client.profile.cachedUser());
        // The server revoked it too.
        QCOMPARE(
            postJson(m_server.url(QStringLiteral("/api/auth/refresh")),
                     QJsonDocument(QJsonObject { { QStringLiteral("refresh_token"), refresh } }).toJson()),
            401);
    }

    void unreachableServerKeepsSignInAndGoesOffline()
    {
        // A fixed port, so the server can come back at the address the profile knows.
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        const QStringList args { QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(port) };
        ServerProcess server;
        QVERIFY2(server.start(args), qPrintable(server.errorString()));
        QTemporaryDir dir;
        {
            Client client(server.baseUrl(), dir.path());
            QVERIFY(client.finish([&] { client.session.signIn(kCreator, kPassword); }, true));
        }
        server.stop();
        Client offline(server.baseUrl(), dir.path());
        QVERIFY(offline.finish([&] { offline.session.restore(); }, false));
        QCOMPARE(offline.session.state(), AuthSession::State::Offline);
        QCOMPARE(offline.session.userName(), QStringLiteral("Maya Lindqvist"));
        QVERIFY(offline.session.lastFailureWasNetwork());
        QVERIFY(offline.readSecret().ok()); // not thrown away for a network blip

        // The server comes back: the next request revives the saved sign-in.
        QVERIFY2(server.start(args), qPrintable(server.errorString()));
        const ApiResponse me = offline.get(QStringLiteral("/api/me"));
        QVERIFY2(me.ok(), qPrintable(me.error.message));
        QCOMPARE(offline.session.state(), AuthSession::State::SignedIn);
        QCOMPARE(offline.session.lastError(), QString());
    }

    void plainHttpToRemoteHostIsRefused()
    {
        QVERIFY(PlatformClient::validateBaseUrl(QUrl(QStringLiteral("http://example.com")))
                    .contains(QLatin1String("plain http")));
        QVERIFY(PlatformClient::validateBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:80"))).isEmpty());
        QVERIFY(PlatformClient::validateBaseUrl(QUrl(QStringLiteral("https://example.com"))).isEmpty());
        QVERIFY(!PlatformClient::validateBaseUrl(QUrl(QStringLiteral("ftp://example.com"))).isEmpty());
    }

private:
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_auth_session.moc"
