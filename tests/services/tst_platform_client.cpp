// PlatformClient's transport rules with tiny raw HTTP peers on loopback:
// redirects never carry the bearer token to another origin, same-origin
// redirects work, and error bodies of every shape map to typed errors.
#include "services/net/PlatformClient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace companion;

namespace {

// Answers every request with `response(path)` and remembers what it received.
class RawPeer : public QObject
{
public:
    std::function<QByteArray(const QByteArray &path)> response;
    QList<QByteArray> requests;

    RawPeer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    requests << request;
                    const QByteArray path = request.split(' ').value(1);
                    socket->write(response(path));
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
};

QByteArray reply(const QByteArray &statusLine, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

ApiResponse get(PlatformClient &client, const QString &path)
{
    ApiResponse out;
    bool done = false;
    client.send(PlatformClient::Method::Get, path, {}, true, [&](const ApiResponse &r) {
        out = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return out;
}

} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bearerNeverFollowsARedirectToAnotherOrigin()
    {
        RawPeer elsewhere;
        elsewhere.response = [](const QByteArray &) { return reply("200 OK", R"({"stolen":true})"); };
        RawPeer platform;
        platform.response = [&](const QByteArray &path) {
            if (path == "/api/me")
                return reply("302 Found", {},
                             "Location: " + elsewhere.url().toString().toUtf8() + "/collect\r\n");
            return reply("200 OK", R"({"ok":true})");
        };
        PlatformClient client(platform.url());
        client.setAccessToken(QStringLiteral("secret-access-token"));
        const ApiResponse response = get(client, QStringLiteral("/api/me"));
        QVERIFY(!response.ok());
        QTest::qWait(200);
        for (const QByteArray &request : std::as_const(elsewhere.requests))
            QVERIFY2(!request.contains("secret-access-token"), request.constData());
        QVERIFY(elsewhere.requests.isEmpty());
        QVERIFY(platform.requests.first().contains("Authorization: Bearer secret-access-token"));
    }

    void sameOriginRedirectIsFollowed()
    {
        RawPeer platform;
        platform.response = [](const QByteArray &path) {
            if (path == "/api/old")
                return reply("301 Moved Permanently", {}, "Location: /api/new\r\n");
            return reply("200 OK", R"({"moved":true})");
        };
        PlatformClient client(platform.url());
        const ApiResponse response = get(client, QStringLiteral("/api/old"));
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(response.object().value(QLatin1String("moved")).toBool(), true);
    }

    void errorBodiesMapToTypedErrors_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("our error shape")
            << reply("409 Conflict", R"({"error":{"code":"too_early","message":"Wait."}})")
            << int(ApiResponse::Kind::HttpError) << "too_early" << -1;
        QTest::newRow("a proxy's html 502") << reply("502 Bad Gateway", "<html>bad gateway</html>")
                                            << int(ApiResponse::Kind::HttpError) << "http_502" << -1;
        QTest::newRow("429 with Retry-After")
            << reply("429 Too Many Requests", R"({"error":{"code":"rate_limited","message":"Slow down."}})",
                     "Retry-After: 7\r\n")
            << int(ApiResponse::Kind::HttpError) << "rate_limited" << 7;
        QTest::newRow("200 not json") << reply("200 OK", "{\"items\": [1, 2")
                                      << int(ApiResponse::Kind::InvalidResponse) << "invalid_response" << -1;
        QTest::newRow("200 json array") << reply("200 OK", "[1,2]") << int(ApiResponse::Kind::InvalidResponse)
                                        << "invalid_response" << -1;
    }
    void errorBodiesMapToTypedErrors()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(int, retryAfter);
        RawPeer platform;
        platform.response = [raw](const QByteArray &) { return raw; };
        PlatformClient client(platform.url());
        const ApiResponse response = get(client, QStringLiteral("/api/x"));
        QCOMPARE(int(response.kind), kind);
        QCOMPARE(response.error.code, code);
        QVERIFY(!response.error.message.isEmpty());
        QCOMPARE(response.retryAfterSeconds, retryAfter);
    }

    void oversizedRepliesAreCutOff()
    {
        RawPeer platform;
        const QByteArray big = "{\"x\":\"" + QByteArray(3 * 1024 * 1024, 'a') + "\"}";
        platform.response = [big](const QByteArray &) { return reply("200 OK", big); };
        PlatformClient client(platform.url());
        client.setMaxResponseBytes(1024 * 1024);
        const ApiResponse response = get(client, QStringLiteral("/api/x"));
        QCOMPARE(response.kind, ApiResponse::Kind::InvalidResponse);
        QVERIFY(response.error.message.contains(QLatin1String("larger than")));
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platform_client.moc"
