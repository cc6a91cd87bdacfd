// The review's client findings (docs: ../shared/design/security-review.md), each reproduced
// with the review's own request against a platform that lies, and what must happen now:
//   F9  a delta sync that makes no progress stops with invalid_response (cursor that never
//       advances; more pages than the server's `remaining` allows)
//   F14 two damaged caches in the same second are both moved aside
//   F16 a server-supplied name with terminal escapes reaches the terminal without them
//   and the note on profile internals: cache databases and their folder are owner-only
#include "../e2e/CliRunner.h"
#include "../server/ServerProcess.h"
#include "HostileServer.h"
#include "models/time/Clock.h"
#include "services/storage/CacheStore.h"
#include "tests/support/WireSession.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace companion;
using namespace companion::test;

namespace {

// companion-cli with the event loop running (the hostile server lives in this thread).
RunResult runCliServing(const QStringList &arguments, const QByteArray &stdinData = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(COMPANION_CLI_PATH), arguments);
    RunResult result;
    if (!process.waitForStarted())
        return result;
    process.write(stdinData);
    process.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray page(const QString &cursor, bool hasMore, std::optional<int> remaining)
{
    QJsonObject body { { QStringLiteral("items"), QJsonArray() },
                       { QStringLiteral("next_cursor"), cursor },
                       { QStringLiteral("has_more"), hasMore } };
    if (remaining)
        body.insert(QStringLiteral("remaining"), *remaining);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSecurityClient : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    // Signs st1 in through `hostile` into `profile`.
    void signIn(HostileServer &hostile, const QString &profile)
    {
        const RunResult login = runCliServing({ QStringLiteral("--server"), hostile.url().toString(),
                                                QStringLiteral("--profile"), profile, QStringLiteral("login"),
                                                QStringLiteral("--email"), QStringLiteral("st1@demo.test"),
                                                QStringLiteral("--password-stdin") },
                                              "demo1234\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
    }

    // F9: {"items":[],"next_cursor":"djE6MQ","has_more":true} forever made 2,711 requests in
    // 120 s. Now the second identical cursor ends the sync with invalid_response (exit 4).
    void f09_syncStopsWhenTheCursorDoesNotAdvance()
    {
        HostileServer hostile(m_server.baseUrl(),
                              [](const QByteArray &method, const QString &path, const QByteArray &) {
                                  if (method == "GET" && path.startsWith(u"/api/sessions"))
                                      return std::optional<CannedReply>(
                                          { 200, page(QStringLiteral("djE6MQ"), true, std::nullopt) });
                                  return std::optional<CannedReply>();
                              });
        QTemporaryDir profile;
        signIn(hostile, profile.path());
        QElapsedTimer timer;
        timer.start();
        const RunResult sync = runCliServing({ QStringLiteral("--profile"), profile.path(),
                                               QStringLiteral("sync"), QStringLiteral("--json") });
        QVERIFY2(sync.exitCode > 0, sync.out.constData());
        QVERIFY2(sync.out.contains("does not advance"), sync.out.constData());
        QVERIFY2(hostile.answered() <= 3, qPrintable(QString::number(hostile.answered())));
        QVERIFY(timer.elapsed() < 30000);
    }

    // F9: cursors that do advance, but more pages than the first page's `remaining` allows.
    void f09_syncStopsAfterMorePagesThanTheServerSaid()
    {
        int served = 0;
        HostileServer hostile(
            m_server.baseUrl(), [&served](const QByteArray &method, const QString &path, const QByteArray &) {
                if (method == "GET" && path.startsWith(u"/api/earnings/splits")) {
                    ++served;
                    const QString cursor = QString::fromLatin1(
                        QByteArray("v1:" + QByteArray::number(1000 + served))
                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                    return std::optional<CannedReply>({ 200, page(cursor, true, 0) });
                }
                return std::optional<CannedReply>();
            });
        QTemporaryDir profile;
        signIn(hostile, profile.path());
        const RunResult sync = runCliServing({ QStringLiteral("--profile"), profile.path(),
                                               QStringLiteral("sync"), QStringLiteral("--json") });
        QVERIFY2(sync.exitCode > 0, sync.out.constData());
        QVERIFY2(sync.out.contains("more splits pages than it said"), sync.out.constData());
        // remaining 0 after the first page: 1 + 0 + the slack of 10 pages, then no more.
        QVERIFY2(served <= 12, qPrintable(QString::number(served)));
    }

    // Pages are checked on the sync's thread while the page before is written (DeltaPager): a
    // page with a bad item still stops the sync in order. The page before it is in the cache
    // with its cursor, the bad one and the one after are not.
    void f09_aRejectedPageStopsTheSyncAfterThePagesBeforeIt()
    {
        const auto session = [](const QString &id) {
            QJsonObject json = test::wireSession(id, QStringLiteral("2026-03-30T08:00:00Z"));
            json.insert(QStringLiteral("viewer_role"), QStringLiteral("student"));
            json.insert(QStringLiteral("updated_at"), QStringLiteral("2026-03-01T08:00:00Z"));
            return json;
        };
        const auto cursorOf = [](int seq) {
            return QString::fromLatin1(
                QByteArray("v1:" + QByteArray::number(seq))
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        QStringList asked;
        HostileServer hostile(
            m_server.baseUrl(), [&](const QByteArray &method, const QString &path, const QByteArray &) {
                if (method != "GET" || !path.startsWith(u"/api/sessions"))
                    return std::optional<CannedReply>();
                const QString cursor = QUrlQuery(QUrl(path).query()).queryItemValue(QStringLiteral("cursor"));
                asked << cursor;
                QJsonObject item = session(QStringLiteral("ses_") + QString::number(asked.size()));
                if (cursor == cursorOf(1))
                    item.insert(QStringLiteral("price_cents"), QStringLiteral("45.00"));
                const int seq = cursor.isEmpty() ? 1 : cursor == cursorOf(1) ? 2 : 3;
                const QJsonObject body { { QStringLiteral("items"), QJsonArray { item } },
                                         { QStringLiteral("next_cursor"), cursorOf(seq) },
                                         { QStringLiteral("has_more"), seq < 3 },
                                         { QStringLiteral("remaining"), 3 - seq } };
                return std::optional<CannedReply>(
                    { 200, QJsonDocument(body).toJson(QJsonDocument::Compact) });
            });
        QTemporaryDir profile;
        signIn(hostile, profile.path());
        const RunResult sync = runCliServing({ QStringLiteral("--profile"), profile.path(),
                                               QStringLiteral("sync"), QStringLiteral("--json") });
        QVERIFY2(sync.exitCode > 0, sync.out.constData());
        QVERIFY2(sync.out.contains("cannot use") && sync.out.contains("price_cents"), sync.out.constData());

        QDirIterator files(profile.path(), { QStringLiteral("*.sqlite") }, QDir::Files,
                           QDirIterator::Subdirectories);
        QString cachePath;
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.contains(u"/cache/"))
                cachePath = file;
        }
        QVERIFY(!cachePath.isEmpty());
        CacheStore cache(cachePath);
        QCOMPARE(cache.open(), QString());
        QCOMPARE(cache.cursor(QStringLiteral("sessions")), cursorOf(1));
        const QList<Session> cached = cache.sessions();
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first().id, QStringLiteral("ses_1"));
    }

    // F9 (related): --timeout restarted with every byte, so a server that dribbled one byte a
    // second kept sync waiting as long as it liked. Four times the timeout is the most now.
    void f09_aTricklingServerCannotHoldASync()
    {
        HostileServer hostile(m_server.baseUrl(),
                              [](const QByteArray &method, const QString &path, const QByteArray &) {
                                  if (method == "GET" && path.startsWith(u"/api/sessions")) {
                                      CannedReply reply { 200, page(QStringLiteral("djE6MQ"), false, 0) };
                                      reply.dribbleMs = 500;
                                      return std::optional<CannedReply>(reply);
                                  }
                                  return std::optional<CannedReply>();
                              });
        QTemporaryDir profile;
        signIn(hostile, profile.path());
        QElapsedTimer timer;
        timer.start();
        const RunResult sync
            = runCliServing({ QStringLiteral("--profile"), profile.path(), QStringLiteral("--timeout"),
                              QStringLiteral("2"), QStringLiteral("sync"), QStringLiteral("--json") });
        QCOMPARE(sync.exitCode, 4);
        QVERIFY2(sync.out.contains("took too long"), sync.out.constData());
        // The body needs 30 s at this pace; the deadline is 4 x 2 s (plus the sign-in's restore).
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    // F14: "<file>.damaged-yyyyMMddTHHmmss" twice in one second made the second rename fail.
    void f14_twoDamagedCachesInOneSecondAreBothMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usr_jonas.sqlite"));
        Clock::pinAt(QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QStringList movedAside;
        for (int round = 0; round < 2; ++round) {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
            garbage.write(QByteArray(8192, 'x'));
            garbage.close();
            CacheStore cache(path);
            QCOMPARE(cache.open(), QString());
            QVERIFY(cache.wasRebuilt());
            movedAside.append(cache.movedAsidePath());
        }
        Clock::useSystem();
        QVERIFY(movedAside.at(0) != movedAside.at(1));
        for (const QString &copy : movedAside) {
            QVERIFY2(QFileInfo(copy).size() == 8192, qPrintable(copy)); // each kept byte for byte
        }
    }

    // Note: profile internals were 0644 and cache/ 0755 (safe only through the 0700 profile).
    void note_profileFilesAreOwnerOnly()
    {
        QTemporaryDir profile;
        const RunResult login = runCliServing(
            { QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--profile"),
              profile.path(), QStringLiteral("login"), QStringLiteral("--email"),
              QStringLiteral("st1@demo.test"), QStringLiteral("--password-stdin") },
            "demo1234\n");
        QCOMPARE(login.exitCode, 0);
        QCOMPARE(
            runCliServing({ QStringLiteral("--profile"), profile.path(), QStringLiteral("sync") }).exitCode,
            0);
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        int databases = 0;
        QDirIterator it(profile.path(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u".sqlite"))
                ++databases;
            if (path.endsWith(u".sqlite") || it.fileInfo().isDir())
                QVERIFY2((it.fileInfo().permissions() & groupOrOther) == 0, qPrintable(path));
        }
        QVERIFY(databases >= 1);
    }

    // Note: whoami --json passed {"id":null,"time_zone":42} through, where sync refused it.
    void note_whoamiRefusesAWronglyTypedUser()
    {
        HostileServer hostile(
            m_server.baseUrl(), [](const QByteArray &method, const QString &path, const QByteArray &) {
                if (method == "GET" && path == u"/api/me")
                    return std::optional<CannedReply>(
                        { 200, R"({"id":null,"email":"a@b.c","name":"A","roles":["st"],"time_zone":42})" });
                return std::optional<CannedReply>();
            });
        QTemporaryDir profile;
        signIn(hostile, profile.path());
        const RunResult whoami = runCliServing({ QStringLiteral("--profile"), profile.path(),
                                                 QStringLiteral("whoami"), QStringLiteral("--json") });
        QCOMPARE(whoami.exitCode, 4);
        QVERIFY2(whoami.json().value(QStringLiteral("error")).toString().contains(QLatin1String("user.id")),
                 whoami.out.constData());
        QVERIFY(!whoami.out.contains("\"time_zone\":42"));
    }

    // F16: whoami printed ESC [2J, ESC [31m, BEL and a CR of a server-supplied name raw.
    void f16_serverTextReachesTheTerminalWithoutControlCharacters()
    {
        const QByteArray evil = QStringLiteral("\u001b[2J\u001b[31mEVIL\u001b[0m\u0007 <x\r y@z>").toUtf8();
        HostileServer hostile(
            m_server.baseUrl(), [&evil](const QByteArray &method, const QString &path, const QByteArray &) {
                if (method == "GET" && path == u"/api/me") {
                    const QJsonObject me { { QStringLiteral("id"), QStringLiteral("usr_jonas") },
                                           { QStringLiteral("email"), QString::fromUtf8(evil) },
                                           { QStringLiteral("name"), QString::fromUtf8(evil) },
                                           { QStringLiteral("roles"), QJsonArray { QStringLiteral("st") } },
                                           { QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin") } };
                    return std::optional<CannedReply>(
                        { 200, QJsonDocument(me).toJson(QJsonDocument::Compact) });
                }
                return std::optional<CannedReply>();
            });
        QTemporaryDir profile;
        signIn(hostile, profile.path());
        const RunResult whoami
            = runCliServing({ QStringLiteral("--profile"), profile.path(), QStringLiteral("whoami") });
        QCOMPARE(whoami.exitCode, 0);
        QVERIFY2(whoami.out.contains("EVIL"), whoami.out.constData());
        for (const char control : { '\x1b', '\x07', '\r' }) {
            QVERIFY2(!whoami.out.contains(control), whoami.out.toHex(' ').constData());
            QVERIFY2(!whoami.err.contains(control), whoami.err.toHex(' ').constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSecurityClient)
#include "tst_security_client.moc"
