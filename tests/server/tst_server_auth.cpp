// Foundation contract of platform-server over real HTTP: health, sign-in, token
// rotation and revocation, expiry, errors, password storage, demo seeding, shutdown.
#include "ServerProcess.h"
#include "TestHttp.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace companion::test;

namespace {

QJsonObject credentials(const QString &email, const QString &password = QStringLiteral("demo1234"))
{
    return { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
}

bool isRfc3339Utc(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    return shape.match(text).hasMatch();
}

} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<TestHttp> m_http;

    QJsonObject login(const QString &email)
    {
        TestHttp http(m_server.baseUrl());
        const TestReply reply = http.post(QStringLiteral("/api/auth/login"), credentials(email));
        return reply.status == 200 ? reply.json : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        const QStringList lines = m_server.stdoutLines(3);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains(QStringLiteral("creator@demo.test")));
        QVERIFY(lines.at(1).contains(QStringLiteral("st1@demo.test")));
        QVERIFY(lines.at(2).contains(QStringLiteral("st2@demo.test")));
        m_http = std::make_unique<TestHttp>(m_server.baseUrl());
    }

    void health()
    {
        const TestReply reply = m_http->get(QStringLiteral("/api/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json.value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
        QVERIFY(isRfc3339Utc(reply.json.value(QStringLiteral("time")).toString()));
        QVERIFY(!reply.header("X-Request-Id").isEmpty());
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    }

    void requestIdIsEchoedAndLogged()
    {
        const TestReply reply
            = m_http->get(QStringLiteral("/api/health"), { { "X-Request-Id", "test-id-42" } });
        QCOMPARE(reply.header("X-Request-Id"), QByteArray("test-id-42"));
        QTRY_VERIFY(m_server.serverLog().contains("test-id-42"));
    }

    void unknownRouteIsJson404()
    {
        const TestReply reply = m_http->get(QStringLiteral("/api/does-not-exist"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
        QVERIFY(!reply.header("X-Request-Id").isEmpty());
    }

    void wrongMethodIs405()
    {
        const TestReply reply = m_http->send("DELETE", QStringLiteral("/api/health"), {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
    }

    void loginSucceeds_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("zone");
        QTest::newRow("creator") << "creator@demo.test"
                                 << "Maya Lindqvist"
                                 << "creator"
                                 << "Europe/Berlin";
        QTest::newRow("st1 mixed case") << "ST1@Demo.Test"
                                        << "Jonas Weber"
                                        << "st"
                                        << "Europe/Berlin";
        QTest::newRow("st2") << "st2@demo.test"
                             << "Priya Raman"
                             << "st"
                             << "America/New_York";
    }

    void loginSucceeds()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, zone);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const TestReply reply = m_http->post(QStringLiteral("/api/auth/login"), credentials(email));
        QCOMPARE(reply.status, 200);
        const QJsonObject &json = reply.json;
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(json.value(QStringLiteral("access_token")).toString().size() >= 43);
        QVERIFY(json.value(QStringLiteral("refresh_token")).toString().size() >= 43);
        QVERIFY(json.value(QStringLiteral("access_token")) != json.value(QStringLiteral("refresh_token")));
        QVERIFY(json.value(QStringLiteral("expires_in")).isDouble());
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 900);
        const QString expiresAt = json.value(QStringLiteral("expires_at")).toString();
        QVERIFY(isRfc3339Utc(expiresAt));
        const qint64 expiry = QDateTime::fromString(expiresAt, Qt::ISODate).toSecsSinceEpoch();
        QVERIFY(expiry >= before + 899 && expiry <= QDateTime::currentSecsSinceEpoch() + 901);
        const QJsonObject user = json.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), email.toLower());
        QCOMPARE(user.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(user.value(QStringLiteral("time_zone")).toString(), zone);
        QCOMPARE(user.value(QStringLiteral("roles")).toArray(), QJsonArray { role });
        QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());
    }

    void wrongPasswordAndUnknownEmailLookTheSame()
    {
        const TestReply wrong
            = m_http->post(QStringLiteral("/api/auth/login"),
                           credentials(QStringLiteral("creator@demo.test"), QStringLiteral("nope")));
        const TestReply unknown = m_http->post(QStringLiteral("/api/auth/login"),
                                               credentials(QStringLiteral("nobody@demo.test")));
        for (const TestReply &reply : { wrong, unknown }) {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
            QCOMPARE(reply.json.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString(),
                     QStringLiteral("Email or password is incorrect."));
        }
        QCOMPARE(wrong.body, unknown.body);
    }

    void loginValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("not json") << QByteArray("email=x") << "invalid_json" << QStringList {};
        QTest::newRow("json array") << QByteArray("[]") << "invalid_json" << QStringList {};
        QTest::newRow("empty body") << QByteArray() << "invalid_json" << QStringList {};
        QTest::newRow("empty object") << QByteArray("{}") << "validation_failed"
                                      << QStringList { QStringLiteral("email"), QStringLiteral("password") };
        QTest::newRow("empty email") << QByteArray(R"({"email":"  ","password":"x"})") << "validation_failed"
                                     << QStringList { QStringLiteral("email") };
        QTest::newRow("empty password") << QByteArray(R"({"email":"a@b.c","password":""})")
                                        << "validation_failed" << QStringList { QStringLiteral("password") };
        QTest::newRow("password not string")
            << QByteArray(R"({"email":"a@b.c","password":12})") << "validation_failed"
            << QStringList { QStringLiteral("password") };
    }

    void loginValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QStringList, fields);
        const TestReply reply = m_http->send("POST", QStringLiteral("/api/auth/login"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
        QStringList keys = reply.errorFields().keys();
        keys.sort();
        QCOMPARE(keys, fields);
        for (const QString &field : fields)
            QVERIFY(!reply.errorFields().value(field).toString().isEmpty());
    }

    void meReturnsUser()
    {
        const QJsonObject session = login(QStringLiteral("st2@demo.test"));
        QVERIFY(!session.isEmpty());
        TestHttp http(m_server.baseUrl());
        http.setBearer(session.value(QStringLiteral("access_token")).toString());
        const TestReply reply = http.get(QStringLiteral("/api/me"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("email")).toString(), QStringLiteral("st2@demo.test"));
        QCOMPARE(reply.json.value(QStringLiteral("name")).toString(), QStringLiteral("Priya Raman"));
        QCOMPARE(reply.json.value(QStringLiteral("roles")).toArray(), QJsonArray { QStringLiteral("st") });
        QCOMPARE(reply.json.value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("America/New_York"));
        QCOMPARE(reply.json.value(QStringLiteral("id")),
                 session.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")));
    }

    void meRejectsMissingOrBadToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("not bearer") << QByteArray("Basic Zm9vOmJhcg==");
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
        QTest::newRow("unknown token") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    void meRejectsMissingOrBadToken()
    {
        QFETCH(QByteArray, authorization);
        TestHttp http(m_server.baseUrl());
        TestHttp::Headers headers;
        if (!authorization.isEmpty())
            headers.append({ "Authorization", authorization });
        const TestReply reply = http.get(QStringLiteral("/api/me"), headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\""));
    }

    void refreshRotates()
    {
        const QJsonObject first = login(QStringLiteral("creator@demo.test"));
        const QString refresh1 = first.value(QStringLiteral("refresh_token")).toString();
        const TestReply second = m_http->post(QStringLiteral("/api/auth/refresh"),
                                              { { QStringLiteral("refresh_token"), refresh1 } });
        QCOMPARE(second.status, 200);
        const QString refresh2 = second.json.value(QStringLiteral("refresh_token")).toString();
        const QString access2 = second.json.value(QStringLiteral("access_token")).toString();
        QVERIFY(!refresh2.isEmpty());
        QVERIFY(refresh2 != refresh1);
        QVERIFY(access2 != first.value(QStringLiteral("access_token")).toString());
        QCOMPARE(second.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(
            second.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
            QStringLiteral("creator@demo.test"));
        QVERIFY(isRfc3339Utc(second.json.value(QStringLiteral("expires_at")).toString()));

        TestHttp http(m_server.baseUrl());
        http.setBearer(access2);
        QCOMPARE(http.get(QStringLiteral("/api/me")).status, 200);

        // A retry with the old token while its successor is still unused (the client
        // crashed before storing it) is rotated once more, within the grace period.
        const TestReply retried = m_http->post(QStringLiteral("/api/auth/refresh"),
                                               { { QStringLiteral("refresh_token"), refresh1 } });
        QCOMPARE(retried.status, 200);
        const QString retriedRefresh = retried.json.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(retriedRefresh != refresh2);
        // Once the family moved on (its newest token was used), the old token is spent...
        const TestReply third = m_http->post(QStringLiteral("/api/auth/refresh"),
                                             { { QStringLiteral("refresh_token"), retriedRefresh } });
        QCOMPARE(third.status, 200);
        const QString refresh3 = third.json.value(QStringLiteral("refresh_token")).toString();
        const QString access3 = third.json.value(QStringLiteral("access_token")).toString();
        http.setBearer(access3);
        QCOMPARE(http.get(QStringLiteral("/api/me")).status, 200);
        const TestReply reused = m_http->post(QStringLiteral("/api/auth/refresh"),
                                              { { QStringLiteral("refresh_token"), refresh1 } });
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(
            reused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("Your session has ended. Please sign in again."));
        // ...and presenting it again revoked the whole family, including the newest tokens.
        const TestReply descendant = m_http->post(QStringLiteral("/api/auth/refresh"),
                                                  { { QStringLiteral("refresh_token"), refresh3 } });
        QCOMPARE(descendant.status, 401);
        QCOMPARE(descendant.errorCode(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(http.get(QStringLiteral("/api/me")).status, 401);

        // Another sign-in of the same user is a different family and unaffected.
        const QJsonObject other = login(QStringLiteral("creator@demo.test"));
        QCOMPARE(
            m_http
                ->post(QStringLiteral("/api/auth/refresh"),
                       { { QStringLiteral("refresh_token"), other.value(QStringLiteral("refresh_token")) } })
                .status,
            200);
    }

    void refreshErrors()
    {
        const TestReply unknown
            = m_http->post(QStringLiteral("/api/auth/refresh"),
                           { { QStringLiteral("refresh_token"), QStringLiteral("garbage") } });
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_refresh_token"));
        const TestReply missing = m_http->post(QStringLiteral("/api/auth/refresh"), {});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY(missing.errorFields().contains(QStringLiteral("refresh_token")));
        QCOMPARE(m_http->send("POST", QStringLiteral("/api/auth/refresh"), "nope").errorCode(),
                 QStringLiteral("invalid_json"));
    }

    void logoutRevokes()
    {
        const QJsonObject session = login(QStringLiteral("st1@demo.test"));
        const QString refresh = session.value(QStringLiteral("refresh_token")).toString();
        const TestReply out = m_http->post(QStringLiteral("/api/auth/logout"),
                                           { { QStringLiteral("refresh_token"), refresh } });
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());
        QCOMPARE(
            m_http
                ->post(QStringLiteral("/api/auth/refresh"), { { QStringLiteral("refresh_token"), refresh } })
                .status,
            401);
        TestHttp http(m_server.baseUrl());
        http.setBearer(session.value(QStringLiteral("access_token")).toString());
        QCOMPARE(http.get(QStringLiteral("/api/me")).status, 401);
        // Idempotent: again, and for a token we never issued.
        QCOMPARE(
            m_http->post(QStringLiteral("/api/auth/logout"), { { QStringLiteral("refresh_token"), refresh } })
                .status,
            204);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/api/auth/logout"),
                            { { QStringLiteral("refresh_token"), QStringLiteral("never-issued") } })
                     .status,
                 204);
    }

    void oversizedBodyIs413()
    {
        const QByteArray big(2 * 1024 * 1024, 'x');
        const TestReply reply = m_http->send("POST", QStringLiteral("/api/auth/login"), big);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
    }

    void passwordsAreStoredAsPbkdf2()
    {
        const QString connection = QStringLiteral("tst_server_auth_db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/platform.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT password_hash FROM users WHERE email = 'creator@demo.test'")));
            QVERIFY(q.next());
            const QString stored = q.value(0).toString();
            QVERIFY(!stored.contains(QStringLiteral("demo1234")));
            const QStringList parts = stored.split(QLatin1Char('$'));
            QCOMPARE(parts.size(), 4);
            QCOMPARE(parts.at(0), QStringLiteral("pbkdf2_sha256"));
            QVERIFY(parts.at(1).toInt() >= 100000);
            QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
            QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
            // Same password, different salt: the demo hashes all differ (3 teachers, 9 students).
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT password_hash) FROM users "
                                          "WHERE email LIKE '%@demo.test' AND password_hash IS NOT NULL")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 12);
            // Tokens are stored hashed only.
            const QJsonObject session = login(QStringLiteral("st2@demo.test"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = '%1'")
                               .arg(session.value(QStringLiteral("refresh_token")).toString())));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void accessTokenExpires()
    {
        ServerProcess server;
        QVERIFY2(server.start(
                     { QStringLiteral("--demo"), QStringLiteral("--access-token-ttl"), QStringLiteral("1") }),
                 qPrintable(server.errorString()));
        TestHttp http(server.baseUrl());
        const TestReply signIn
            = http.post(QStringLiteral("/api/auth/login"), credentials(QStringLiteral("creator@demo.test")));
        QCOMPARE(signIn.status, 200);
        QCOMPARE(signIn.json.value(QStringLiteral("expires_in")).toInt(), 1);
        http.setBearer(signIn.json.value(QStringLiteral("access_token")).toString());
        QTest::qWait(2100);
        const TestReply expired = http.get(QStringLiteral("/api/me"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
        QCOMPARE(expired.header("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\""));
        // The refresh token still works and yields a fresh access token.
        http.setBearer({});
        const TestReply refreshed = http.post(
            QStringLiteral("/api/auth/refresh"),
            { { QStringLiteral("refresh_token"), signIn.json.value(QStringLiteral("refresh_token")) } });
        QCOMPARE(refreshed.status, 200);
        http.setBearer(refreshed.json.value(QStringLiteral("access_token")).toString());
        QCOMPARE(http.get(QStringLiteral("/api/me")).status, 200);
        QVERIFY(server.stop());
    }

    void rateLimitAnswers429()
    {
        ServerProcess server;
        QVERIFY2(server.start({ QStringLiteral("--rate-limit"), QStringLiteral("5") }),
                 qPrintable(server.errorString()));
        TestHttp http(server.baseUrl());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.get(QStringLiteral("/api/health")).status, 200);
        const TestReply limited = http.get(QStringLiteral("/api/health"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
    }

    void demoSeedIsIdempotentAndSurvivesRestart()
    {
        ServerProcess server;
        QVERIFY2(server.start({ QStringLiteral("--demo") }), qPrintable(server.errorString()));
        QVERIFY(server.stop());
        QVERIFY2(server.start({ QStringLiteral("--demo") }), qPrintable(server.errorString()));
        QCOMPARE(server.stdoutLines(3).size(), 3);
        TestHttp http(server.baseUrl());
        QCOMPARE(
            http.post(QStringLiteral("/api/auth/login"), credentials(QStringLiteral("st1@demo.test"))).status,
            200);
        QVERIFY(server.stop());
        const QString connection = QStringLiteral("tst_server_auth_restart");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(server.dataDir() + QStringLiteral("/platform.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE email LIKE '%@demo.test' "
                                          "AND password_hash IS NOT NULL")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 12); // 3 teachers and 9 students, once each
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void sigtermStopsCleanly()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.stop());
        QVERIFY(server.serverLog().contains("shutting down"));
    }

    void badArgumentsFail()
    {
        QProcess process;
        process.start(ServerProcess::defaultProgram(), { QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--data-dir"));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
