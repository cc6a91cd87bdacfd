// FaultProxy against a real `platform-server --demo`: every fault as a QNetworkAccessManager
// client (and curl, with the main thread blocked) sees it.

#include "tests/server/ServerProcess.h"
#include "tests/support/FaultProxy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace companion::test;

namespace {

const QByteArray loginBody = R"({"email":"creator@demo.test","password":"demo1234"})";

struct Result
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body; // the first keepBytes bytes
    qint64 bytes = 0; // all bytes received
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 declaredLength = -1;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct Call
{
    QByteArray method = "GET";
    QString path = QStringLiteral("/api/health");
    QByteArray body;
    int transferTimeoutMs = 10000;
    qint64 keepBytes = 1024 * 1024;
    qint64 abortAfterBytes = -1; // the client gives up after this many bytes
};

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private:
    Result fetch(const QUrl &base, const Call &call)
    {
        QNetworkRequest request(base.resolved(QUrl(call.path)));
        request.setTransferTimeout(call.transferTimeoutMs);
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        Result result;
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_manager.sendCustomRequest(request, call.method, call.body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            const QByteArray chunk = reply->readAll();
            result.bytes += chunk.size();
            if (result.body.size() < call.keepBytes)
                result.body += chunk.left(call.keepBytes - result.body.size());
            if (call.abortAfterBytes >= 0 && result.bytes >= call.abortAfterBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(call.transferTimeoutMs + 5000, &loop, &QEventLoop::quit);
        loop.exec();
        result.finished = reply->isFinished();
        if (!result.finished)
            reply->abort();
        if (reply->isOpen()) {
            const QByteArray rest = reply->readAll();
            result.bytes += rest.size();
            result.body += rest.left(std::max<qint64>(0, call.keepBytes - result.body.size()));
        }
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->rawHeader("Content-Type");
        result.retryAfter = reply->rawHeader("Retry-After");
        if (reply->hasRawHeader("Content-Length"))
            result.declaredLength = reply->rawHeader("Content-Length").toLongLong();
        result.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return result;
    }
    Result viaProxy(const Call &call = {}) { return fetch(m_proxy.url(), call); }
    Result direct(const Call &call = {}) { return fetch(m_server.baseUrl(), call); }
    static Call login()
    {
        Call call;
        call.method = "POST";
        call.path = QStringLiteral("/api/auth/login");
        call.body = loginBody;
        return call;
    }

    ServerProcess m_server;
    FaultProxy m_proxy;
    QNetworkAccessManager m_manager;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
        QVERIFY2(m_proxy.start(m_server.baseUrl()), qPrintable(m_proxy.errorString()));
        QCOMPARE(m_proxy.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_proxy.url().port() > 0);
    }

    void init()
    {
        m_proxy.clearFault();
        m_proxy.resetCounters();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qInfo().noquote() << "proxy log:" << m_proxy.requestLog().join(QStringLiteral("\n  "));
    }

    void onlyLoopbackUpstreams()
    {
        FaultProxy other;
        QVERIFY(!other.start(QUrl(QStringLiteral("http://example.com:80"))));
        QVERIFY(other.errorString().contains(QStringLiteral("loopback")));
        QVERIFY(!other.start(QUrl(QStringLiteral("http://192.168.1.1:8080"))));
        QVERIFY(!other.start(QUrl(QStringLiteral("https://127.0.0.1:8443"))));
        QVERIFY(!other.isRunning());
        QVERIFY(other.start(QUrl(QStringLiteral("http://localhost:1"))));
        other.stop();
        QVERIFY(other.url().isEmpty());
    }

    void passThroughEqualsDirect()
    {
        const Result direct = this->direct();
        const Result proxied = viaProxy();
        QCOMPARE(proxied.error, QNetworkReply::NoError);
        QCOMPARE(proxied.status, direct.status);
        QCOMPARE(proxied.contentType, direct.contentType);
        QCOMPARE(proxied.json().value(QStringLiteral("status")),
                 direct.json().value(QStringLiteral("status")));
        QCOMPARE(proxied.json().keys(), direct.json().keys());

        const Result directLogin = this->direct(login());
        const Result proxiedLogin = viaProxy(login());
        QCOMPARE(proxiedLogin.error, QNetworkReply::NoError);
        QCOMPARE(proxiedLogin.status, 200);
        QCOMPARE(proxiedLogin.status, directLogin.status);
        QCOMPARE(proxiedLogin.json().keys(), directLogin.json().keys());
        QVERIFY(proxiedLogin.json().value(QStringLiteral("access_token")).isString());

        // A wrong password is relayed as the server's own error.
        Call wrong = login();
        wrong.body = R"({"email":"creator@demo.test","password":"nope"})";
        const Result rejected = viaProxy(wrong);
        QCOMPARE(rejected.status, 401);
        QCOMPARE(rejected.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("invalid_credentials"));

        QCOMPARE(m_proxy.requestsSeen(), 3);
        QCOMPARE(m_proxy.faultsInjected(), 0);
        QCOMPARE(m_proxy.requestLog(),
                 QStringList({ QStringLiteral("GET /api/health -> none/200"),
                               QStringLiteral("POST /api/auth/login -> none/200"),
                               QStringLiteral("POST /api/auth/login -> none/401") }));
    }

    void keepAliveAndPipelining()
    {
        // Two requests written at once on one connection: both answered, in order.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_proxy.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray login
            = "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: "
            + QByteArray::number(loginBody.size()) + "\r\n\r\n" + loginBody;
        socket.write("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n" + login);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (received.count("HTTP/1.1 200") < 2 || !received.contains("access_token")) {
            QVERIFY2(timer.elapsed() < 10000, received.constData());
            socket.waitForReadyRead(200);
            received += socket.readAll();
        }
        QVERIFY(received.indexOf("\"status\"") < received.indexOf("access_token"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive
        QCOMPARE(m_proxy.requestsSeen(), 2);
    }

    void refuse()
    {
        viaProxy(); // leaves a pooled keep-alive connection in QNAM
        m_proxy.setFault(Fault::Refuse);
        const Result refused = viaProxy();
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        const Result refusedLogin = viaProxy(login());
        QCOMPARE(refusedLogin.error, QNetworkReply::ConnectionRefusedError);

        m_proxy.clearFault();
        const Result back = viaProxy();
        QCOMPARE(back.error, QNetworkReply::NoError);
        QCOMPARE(back.status, 200);
    }

    void closeImmediately()
    {
        m_proxy.setFault(Fault::CloseImmediately);
        const Result closed = viaProxy(login());
        QCOMPARE(closed.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(closed.status, 0);
        QVERIFY(closed.body.isEmpty());
        QVERIFY(m_proxy.requestsSeen() >= 1);

        // QNAM silently resends a request when a *reused* keep-alive connection closes before
        // any response byte, so a single close on a warm connection is invisible to it.
        m_proxy.clearFault();
        QCOMPARE(viaProxy().status, 200); // warms the pool
        m_proxy.resetCounters();
        m_proxy.setFault(Fault::CloseImmediately, FaultOptions().withTimes(1));
        const Result resent = viaProxy(login());
        QCOMPARE(resent.error, QNetworkReply::NoError);
        QCOMPARE(resent.status, 200);
        QCOMPARE(m_proxy.faultsInjected(), 1);
        QCOMPARE(m_proxy.requestsSeen(), 2);
    }

    void resetMidBody_data()
    {
        QTest::addColumn<bool>("isLogin");
        QTest::newRow("health") << false;
        QTest::newRow("login") << true;
    }
    void resetMidBody()
    {
        QFETCH(bool, isLogin);
        const Call call = isLogin ? login() : Call {};
        const Result full = direct(call);
        m_proxy.setFault(Fault::ResetMidBody);
        const Result reset = viaProxy(call);
        qInfo() << "reset:" << reset.error << reset.errorString << "status" << reset.status << "got"
                << reset.bytes << "of" << full.body.size();
        // QNAM usually reports the reset; now and then (seen once in ~30 runs, under load) it
        // finishes "without error" on the short body instead, as with Truncate. Either way
        // the client sees fewer bytes than Content-Length promised, which is what it checks.
        QVERIFY2(reset.error != QNetworkReply::NoError || reset.bytes < reset.declaredLength,
                 qPrintable(reset.errorString));
        if (reset.error != QNetworkReply::NoError)
            QVERIFY(reset.error == QNetworkReply::RemoteHostClosedError
                    || reset.error == QNetworkReply::UnknownNetworkError);
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.declaredLength, full.body.size());
        QVERIFY(reset.bytes < full.body.size());
        QVERIFY(QJsonDocument::fromJson(reset.body).isNull());
        // QNAM may send an idempotent GET once more when the connection closes under it (seen
        // under load, with the "without error" finish above): the fault then fires twice.
        QVERIFY2(m_proxy.faultsInjected() == 1 || (!isLogin && m_proxy.faultsInjected() == 2),
                 qPrintable(QString::number(m_proxy.faultsInjected())));
        QVERIFY(m_proxy.requestLog().value(0).contains(QStringLiteral("reset-mid-body/200")));
    }

    void stall()
    {
        m_proxy.setFault(Fault::Stall);
        Call call = login();
        call.transferTimeoutMs = 500;
        const Result stalled = viaProxy(call);
        QVERIFY(stalled.finished);
        QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError); // the transfer timeout
        QVERIFY(stalled.elapsedMs >= 450);
        QCOMPARE(m_proxy.requestLog(), QStringList { QStringLiteral("POST /api/auth/login -> stall/-") });

        // A slow server: stallMs, then the real answer.
        m_proxy.setFault(Fault::Stall, FaultOptions().withStallMs(300));
        const Result slow = viaProxy(login());
        QCOMPARE(slow.error, QNetworkReply::NoError);
        QCOMPARE(slow.status, 200);
        QVERIFY(slow.elapsedMs >= 290);
    }

    void stallMidBody()
    {
        const Result full = direct(login());
        m_proxy.setFault(Fault::StallMidBody);
        Call call = login();
        // The transfer timeout also counts the server's silence while it checks the password
        // (hundreds of ms on a loaded 2-core machine): give it room, so only the stall trips it.
        call.transferTimeoutMs = int(std::max<qint64>(1500, 4 * full.elapsedMs));
        const Result stalled = viaProxy(call);
        QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(stalled.status, 200);
        QVERIFY(stalled.bytes > 0 && stalled.bytes < full.body.size());

        m_proxy.setFault(Fault::StallMidBody, FaultOptions().withStallMs(300));
        const Result slow = viaProxy(login());
        QCOMPARE(slow.error, QNetworkReply::NoError);
        QCOMPARE(slow.body.size(), full.body.size());
        QVERIFY(slow.json().value(QStringLiteral("access_token")).isString());
        QVERIFY(slow.elapsedMs >= 290);
    }

    void truncate()
    {
        const Result full = direct(login());
        m_proxy.setFault(Fault::Truncate);
        const Result cut = viaProxy(login());
        qInfo() << "truncate:" << cut.error << cut.errorString << "got" << cut.bytes << "of"
                << full.body.size();
        QVERIFY(cut.error != QNetworkReply::NoError || cut.bytes < cut.declaredLength);
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.declaredLength, full.body.size());
        QCOMPARE(cut.bytes, full.body.size() / 2);
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
    }

    void serverError()
    {
        m_proxy.setFault(Fault::ServerError);
        const Result error = viaProxy(login());
        QCOMPARE(error.status, 503);
        QCOMPARE(error.error, QNetworkReply::ServiceUnavailableError);
        QVERIFY(error.contentType.startsWith("text/html"));
        QJsonParseError parse;
        QJsonDocument::fromJson(error.body, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);

        m_proxy.setFault(Fault::ServerError, FaultOptions().withServerErrorStatus(502));
        QCOMPARE(viaProxy().status, 502);
    }

    void tooManyRequests()
    {
        m_proxy.setFault(Fault::TooManyRequests, FaultOptions().withRetryAfter(7));
        const Result limited = viaProxy(login());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("7"));
        QCOMPARE(limited.contentType, QByteArray("application/json"));
        QCOMPARE(limited.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("rate_limited"));
        QVERIFY(limited.json()[QStringLiteral("error")][QStringLiteral("message")].isString());
    }

    void invalidJson()
    {
        m_proxy.setFault(Fault::InvalidJson);
        const Result invalid = viaProxy(login());
        QCOMPARE(invalid.error, QNetworkReply::NoError);
        QCOMPARE(invalid.status, 200);
        QCOMPARE(invalid.contentType, QByteArray("application/json"));
        QVERIFY(invalid.body.startsWith("{"));
        QJsonParseError parse;
        QJsonDocument::fromJson(invalid.body, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);
    }

    void wrongJsonTypes()
    {
        m_proxy.setFault(Fault::WrongJsonTypes);
        const Result health = viaProxy();
        QCOMPARE(health.status, 200);
        QCOMPARE(health.declaredLength, health.body.size());
        const QJsonObject healthJson = health.json();
        QVERIFY(!healthJson.isEmpty());
        QVERIFY(healthJson.value(QStringLiteral("status")).isDouble()); // "ok" -> 2
        QCOMPARE(healthJson.value(QStringLiteral("status")).toDouble(), 2.0);

        const Result login = viaProxy(TestFaultProxy::login());
        QCOMPARE(login.status, 200);
        const QJsonObject json = login.json();
        QVERIFY(json.contains(QStringLiteral("access_token")));
        QVERIFY(json.value(QStringLiteral("access_token")).isDouble());
        for (const QJsonValue &value : json)
            QVERIFY(!value.isString() || value.toString() == QLatin1String("true")
                    || value.toString() == QLatin1String("false") || value.toString().toDouble() != 0.0
                    || value.toString() == QLatin1String("0"));

        // The transformation itself, nested.
        const QByteArray wrong
            = FaultProxy::wrongJsonTypes(R"({"s":"abc","n":5,"b":true,"z":null,"a":[1,"x"],"o":{"k":"vv"}})");
        const QJsonObject object = QJsonDocument::fromJson(wrong).object();
        QCOMPARE(object.value(QStringLiteral("s")), QJsonValue(3));
        QCOMPARE(object.value(QStringLiteral("n")), QJsonValue(QStringLiteral("5")));
        QCOMPARE(object.value(QStringLiteral("b")), QJsonValue(QStringLiteral("true")));
        QCOMPARE(object.value(QStringLiteral("z")), QJsonValue(0));
        QCOMPARE(object.value(QStringLiteral("a")).toObject(),
                 QJsonObject({ { QStringLiteral("0"), QStringLiteral("1") }, { QStringLiteral("1"), 1 } }));
        QCOMPARE(object.value(QStringLiteral("o")).toArray(), QJsonArray({ 2 }));
        bool changed = true;
        QCOMPARE(FaultProxy::wrongJsonTypes("not json", &changed), QByteArray("not json"));
        QVERIFY(!changed);
    }

    void hugeBody()
    {
        m_proxy.setFault(Fault::HugeBody);
        Call call;
        call.keepBytes = 64;
        const Result huge = viaProxy(call);
        QCOMPARE(huge.error, QNetworkReply::NoError);
        QCOMPARE(huge.status, 200);
        QCOMPARE(huge.declaredLength, qint64(50) * 1024 * 1024);
        QCOMPARE(huge.bytes, qint64(50) * 1024 * 1024);
        QVERIFY(huge.body.startsWith("{\"items\":[\""));

        // A small one is complete, valid JSON.
        m_proxy.setFault(Fault::HugeBody, FaultOptions().withHugeBytes(200000));
        call.keepBytes = 1024 * 1024;
        const Result small = viaProxy(call);
        QCOMPARE(small.body.size(), 200000);
        QVERIFY(QJsonDocument::fromJson(small.body).object().value(QStringLiteral("items")).isArray());

        // A client that gives up: the proxy stops streaming and keeps serving.
        m_proxy.setFault(Fault::HugeBody, FaultOptions().withTimes(1));
        call.abortAfterBytes = 1024 * 1024;
        const Result abandoned = viaProxy(call);
        QCOMPARE(abandoned.error, QNetworkReply::OperationCanceledError);
        QVERIFY(abandoned.bytes < qint64(50) * 1024 * 1024);
        QCOMPARE(viaProxy().status, 200);
    }

    void timesAndPathPrefix()
    {
        m_proxy.setFault(Fault::ServerError,
                         FaultOptions().withPathPrefix(QStringLiteral("/api/auth")).withTimes(2));
        QCOMPARE(viaProxy().status, 200); // other path: passes
        QCOMPARE(viaProxy(login()).status, 503);
        QCOMPARE(viaProxy(login()).status, 503);
        QCOMPARE(viaProxy(login()).status, 200); // used up
        QCOMPARE(m_proxy.faultsInjected(), 2);
        QCOMPARE(m_proxy.requestsSeen(), 4);
        QCOMPARE(m_proxy.requestLog(),
                 QStringList({ QStringLiteral("GET /api/health -> none/200"),
                               QStringLiteral("POST /api/auth/login -> server-error/503"),
                               QStringLiteral("POST /api/auth/login -> server-error/503"),
                               QStringLiteral("POST /api/auth/login -> none/200") }));
    }

    void forwardAnyway()
    {
        // The server handles the request, the client only sees the fault.
        const QByteArray before = m_server.serverLog();
        m_proxy.setFault(Fault::ServerError, FaultOptions().withForwardAnyway(true));
        QCOMPARE(viaProxy(login()).status, 503);
        QTRY_VERIFY(m_server.serverLog().size() > before.size()
                    && m_server.serverLog().mid(before.size()).contains("/api/auth/login"));
    }

    void worksWhileMainThreadBlocks()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/curl")))
            QSKIP("curl is not installed");
        auto curl = [](const QStringList &args) {
            QProcess process;
            process.start(QStringLiteral("/usr/bin/curl"), QStringList { QStringLiteral("-sS") } + args);
            process.waitForFinished(20000); // blocks this thread; the proxy must still answer
            return std::pair { process.exitCode(), process.readAllStandardOutput() };
        };
        const QString health = m_proxy.url().toString() + QStringLiteral("/api/health");

        auto [code, out] = curl({ health });
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        m_proxy.setFault(Fault::TooManyRequests, FaultOptions().withRetryAfter(3));
        std::tie(code, out) = curl({ QStringLiteral("-i"), health });
        QCOMPARE(code, 0);
        QVERIFY(out.startsWith("HTTP/1.1 429"));
        QVERIFY(out.contains("Retry-After: 3"));

        m_proxy.setFault(Fault::Stall);
        std::tie(code, out) = curl({ QStringLiteral("--max-time"), QStringLiteral("1"), health });
        QCOMPARE(code, 28); // curl: operation timed out

        m_proxy.setFault(Fault::ResetMidBody);
        std::tie(code, out) = curl({ QStringLiteral("-d"), QString::fromUtf8(loginBody),
                                     m_proxy.url().toString() + QStringLiteral("/api/auth/login") });
        QVERIFY2(code == 56 || code == 18, qPrintable(QString::number(code))); // recv failure / partial file

        m_proxy.setFault(Fault::Refuse);
        std::tie(code, out) = curl({ health });
        QCOMPARE(code, 7); // couldn't connect
        m_proxy.clearFault();
        std::tie(code, out) = curl({ health });
        QCOMPARE(code, 0);
    }

    void upstreamDown()
    {
        // Runs last: stops and restarts the server.
        m_server.stop();
        const Result down = viaProxy();
        QCOMPARE(down.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(m_proxy.requestLog().value(0).endsWith(QStringLiteral("none/upstream-unreachable")));

        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
        QVERIFY(m_proxy.setUpstream(m_server.baseUrl()));
        QCOMPARE(viaProxy().status, 200);
    }

    void stopClosesStalledConnections()
    {
        FaultProxy proxy;
        QVERIFY(proxy.start(m_server.baseUrl()));
        proxy.setFault(Fault::Stall);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(proxy.requestsSeen(), 1);
        proxy.stop();
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000));
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_fault_proxy.moc"
