// The change stream (GET /api/changes/stream, a WebSocket) against a real demo platform-server:
// only a signed-in upgrade gets through (401 otherwise, never a token in the URL); a booking
// and its cancel reach the teacher's and the student's streams within a second, naming only
// the collections that changed, and an unrelated S-T or student hears nothing; a sign-out
// closes the stream at once (4003) and an expired token at its expiry (4001).
#include "ServerProcess.h"
#include "TestHttp.h"
#include "models/time/InstantFormat.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace companion::test;

namespace {

// The status line and headers a raw upgrade request gets.
QByteArray upgradeAnswer(const QUrl &base, const QByteArray &path, const QByteArray &extraHeaders)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write("GET " + path
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                 + extraHeaders + "\r\n");
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("\r\n\r\n") && timer.elapsed() < 5000) {
        if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
    }
    return answer;
}

// One client's stream: every message and how it ended.
class Listener
{
public:
    Listener()
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &message) {
                             messages << QJsonDocument::fromJson(message.toUtf8()).object();
                         });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] {
            closed = true;
            closeCode = m_socket.closeCode();
        });
    }
    bool open(const QUrl &base, const QString &token)
    {
        QUrl url = base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/changes/stream"));
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(request);
        return connected.wait(5000);
    }
    // The collections the messages so far named.
    QStringList changed() const
    {
        QStringList names;
        for (const QJsonObject &message : messages)
            for (const QJsonValue &name : message.value(QLatin1String("changed")).toArray())
                if (!names.contains(name.toString()))
                    names << name.toString();
        return names;
    }

    QList<QJsonObject> messages;
    bool closed = false;
    int closeCode = 0;

private:
    QWebSocket m_socket;
};

QString tokenOf(TestHttp &http)
{
    return http.bearer();
}

} // namespace

class TestChangeStream : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    // A booked session of Jonas's Spanish offering for student Lena, three days from now.
    QString book()
    {
        TestHttp hooks(m_server.baseUrl());
        const QString start
            = companion::instant::toUtcStringSecs(QDateTime::currentSecsSinceEpoch() + 3LL * 24 * 3600);
        const TestReply reply
            = hooks.post(QStringLiteral("/api/_test/sessions"),
                         { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                           { QStringLiteral("start"), start },
                           { QStringLiteral("student_id"), QStringLiteral("usr_lena") } });
        return reply.status == 201 ? reply.json.value(QLatin1String("id")).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks") }),
                 qPrintable(m_server.errorString()));
    }

    void onlyASignedInUpgradeGetsThrough()
    {
        const auto jonas = signedIn(m_server.baseUrl(), QStringLiteral("st1@demo.test"));
        QVERIFY(!tokenOf(*jonas).isEmpty());
        const QByteArray path = "/api/changes/stream";
        QVERIFY2(upgradeAnswer(m_server.baseUrl(), path, {}).startsWith("HTTP/1.1 401"),
                 upgradeAnswer(m_server.baseUrl(), path, {}).constData());
        QVERIFY(upgradeAnswer(m_server.baseUrl(), path, "Authorization: Bearer not-a-token\r\n")
                    .startsWith("HTTP/1.1 401"));
        const QByteArray bearer = "Authorization: Bearer " + tokenOf(*jonas).toLatin1() + "\r\n";
        const QByteArray accepted = upgradeAnswer(m_server.baseUrl(), path, bearer);
        QVERIFY2(accepted.startsWith("HTTP/1.1 101"), accepted.constData());
        // Only this route takes upgrades; a plain GET is told to upgrade.
        QVERIFY(upgradeAnswer(m_server.baseUrl(), "/api/me", bearer).startsWith("HTTP/1.1 400"));
        const TestReply plain = jonas->get(QString::fromLatin1(path));
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.errorCode(), QStringLiteral("upgrade_required"));
        TestHttp anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.get(QString::fromLatin1(path)).status, 401);

        // A WebSocket client without the header does not get a stream either.
        Listener nobody;
        QVERIFY(!nobody.open(m_server.baseUrl(), {}));
    }

    void aBookingAndItsCancelReachOnlyThoseConcerned()
    {
        const auto jonas = signedIn(m_server.baseUrl(), QStringLiteral("st1@demo.test"));
        const auto lena = signedIn(m_server.baseUrl(), QStringLiteral("student1@demo.test"));
        const auto priya = signedIn(m_server.baseUrl(), QStringLiteral("st2@demo.test"));
        const auto noah = signedIn(m_server.baseUrl(), QStringLiteral("student9@demo.test"));
        Listener teacher, student, otherTeacher, stranger;
        QVERIFY(teacher.open(m_server.baseUrl(), tokenOf(*jonas)));
        QVERIFY(student.open(m_server.baseUrl(), tokenOf(*lena)));
        QVERIFY(otherTeacher.open(m_server.baseUrl(), tokenOf(*priya)));
        QVERIFY(stranger.open(m_server.baseUrl(), tokenOf(*noah)));

        QElapsedTimer sinceBooking;
        sinceBooking.start();
        const QString id = book();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!teacher.messages.isEmpty() && !student.messages.isEmpty(), 5000);
        QVERIFY2(sinceBooking.elapsed() < 1000, qPrintable(QString::number(sinceBooking.elapsed())));
        // The teacher's session and his share of the payment; the student's session.
        QCOMPARE(teacher.changed(), QStringList({ QStringLiteral("sessions"), QStringLiteral("splits") }));
        QCOMPARE(student.changed(), QStringList({ QStringLiteral("sessions") }));
        // Coalesced: one booking is one message.
        QCOMPARE(teacher.messages.size(), 1);

        QElapsedTimer sinceCancel;
        sinceCancel.start();
        teacher.messages.clear();
        student.messages.clear();
        const TestReply cancelled = jonas->post(QStringLiteral("/api/sessions/%1/cancel").arg(id),
                                                { { QStringLiteral("reason"), QStringLiteral("I am ill") } });
        QCOMPARE(cancelled.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(teacher.changed().contains(QStringLiteral("sessions"))
                                     && student.changed().contains(QStringLiteral("sessions")),
                                 5000);
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));

        // Nothing of it for people it does not concern (the refunds' webhooks included).
        QTest::qWait(1500);
        QCOMPARE(otherTeacher.messages, QList<QJsonObject>());
        QCOMPARE(stranger.messages, QList<QJsonObject>());
        QVERIFY(!otherTeacher.closed && !stranger.closed);
    }

    void aSignOutClosesTheStreamAtOnce()
    {
        TestHttp http(m_server.baseUrl());
        const TestReply login = http.post(QStringLiteral("/api/auth/login"),
                                          { { QStringLiteral("email"), QStringLiteral("st2@demo.test") },
                                            { QStringLiteral("password"), QStringLiteral("demo1234") } });
        QCOMPARE(login.status, 200);
        Listener stream;
        QVERIFY(stream.open(m_server.baseUrl(), login.json.value(QLatin1String("access_token")).toString()));
        QElapsedTimer sinceLogout;
        sinceLogout.start();
        QCOMPARE(http.post(QStringLiteral("/api/auth/logout"),
                           { { QStringLiteral("refresh_token"),
                               login.json.value(QLatin1String("refresh_token")) } })
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(stream.closed, 5000);
        QVERIFY(sinceLogout.elapsed() < 1000);
        QCOMPARE(stream.closeCode, 4003);
    }

    void anExpiredTokenEndsTheStream()
    {
        ServerProcess shortLived;
        QVERIFY2(shortLived.start(
                     { QStringLiteral("--demo"), QStringLiteral("--access-token-ttl"), QStringLiteral("2") }),
                 qPrintable(shortLived.errorString()));
        const auto maya = signedIn(shortLived.baseUrl(), QStringLiteral("creator@demo.test"));
        Listener stream;
        QVERIFY(stream.open(shortLived.baseUrl(), tokenOf(*maya)));
        QTRY_VERIFY_WITH_TIMEOUT(stream.closed, 6000);
        QCOMPARE(stream.closeCode, 4001);
    }
};

QTEST_GUILESS_MAIN(TestChangeStream)
#include "tst_change_stream.moc"
