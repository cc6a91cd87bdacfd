// StreamFeedClient against a real platform-server and its Stream sandbox: a token per feed,
// kept while it is valid, fetched again when the clock says it ran out or when Stream
// refuses it (a server restarted with another Stream secret); Stream's own words for a
// refusal; an add retried with the same foreign_id and time is one post. And FeedCacheStore
// on its own: pages kept, replaced, trimmed, and the unread counts from what was seen.
#include "../e2e/CliRunner.h"
#include "../server/ServerProcess.h"
#include "models/feed/FeedActivity.h"
#include "models/time/Clock.h"
#include "services/auth/AuthSession.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/Profile.h"
#include "services/feed/StreamFeedClient.h"
#include "services/net/PlatformClient.h"
#include "services/storage/CacheStore.h"
#include "services/storage/FeedCacheStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

QJsonObject activity(const QString &id, const QString &actor, const QString &time)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("actor"), actor },
             { QStringLiteral("verb"), QStringLiteral("post") },
             { QStringLiteral("object"), QStringLiteral("text") },
             { QStringLiteral("text"), id },
             { QStringLiteral("time"), time } };
}

} // namespace

class TestStreamFeedClient : public QObject
{
    Q_OBJECT

    struct World
    {
        World(const QUrl &server, const QString &dir)
            : profile(dir)
            , http(server)
            , secrets(QStringLiteral("CompanionTest"))
            , session(&profile, &http, &secrets)
            , feeds(&session)
        { }
        bool signIn()
        {
            QSignalSpy done(&session, &AuthSession::operationFinished);
            session.signIn(QStringLiteral("creator@demo.test"), QStringLiteral("demo1234"));
            return done.wait(15000) && session.state() == AuthSession::State::SignedIn;
        }
        StreamFeedClient::Page read(const QString &feedId, ApiResponse *response = nullptr)
        {
            bool finished = false;
            StreamFeedClient::Page result;
            feeds.read(feedId, {}, 10, [&](const ApiResponse &r, const StreamFeedClient::Page &page) {
                finished = true;
                result = page;
                if (response)
                    *response = r;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 15000); }();
            return result;
        }
        ApiResponse post(const QString &feedId, const StreamFeedClient::Post &post)
        {
            std::optional<ApiResponse> answer;
            feeds.post(feedId, post, [&](const ApiResponse &r) { answer = r; });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000); }();
            return *answer;
        }
        Profile profile;
        PlatformClient http;
        KeychainSecretStore secrets;
        AuthSession session;
        StreamFeedClient feeds;
    };

    ServerProcess m_server;
    QStringList m_args;

    // Feed tokens the platform handed out so far, from its request log.
    int tokenRequests()
    {
        QFile log(m_server.logPath());
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count("POST /api/stream/token")) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A fixed port: the restart below must keep the address the token's base_url names.
        m_args = { QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(freeLocalPort()) };
        QVERIFY2(m_server.start(m_args), qPrintable(m_server.errorString()));
    }

    void cleanup() { Clock::useSystem(); }

    void tokenKeptThenRenewed()
    {
        QTemporaryDir dir;
        World world(m_server.baseUrl(), dir.path());
        QVERIFY(world.signIn());
        const int before = tokenRequests();
        ApiResponse response;
        QVERIFY(world.read(QStringLiteral("course:crs_python"), &response).activities.size() >= 3);
        QVERIFY(response.ok());
        QTRY_COMPARE(tokenRequests(), before + 1); // one token
        world.read(QStringLiteral("course:crs_python"));
        world.read(QStringLiteral("community:all"));
        QTRY_COMPARE(tokenRequests(), before + 2); // kept for the first feed; one per feed

        // The clock passed the token's expiry: a new one before Stream is asked.
        Clock::startAt(QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000);
        QVERIFY(world.read(QStringLiteral("community:all"), &response).activities.size() >= 3);
        QVERIFY(response.ok());
        QTRY_COMPARE(tokenRequests(), before + 3);
    }

    void refusedTokenIsRenewedOnce()
    {
        QTemporaryDir dir;
        World world(m_server.baseUrl(), dir.path());
        QVERIFY(world.signIn());
        QVERIFY(!world.read(QStringLiteral("course:crs_python")).activities.isEmpty());
        const int before = tokenRequests();
        // Stream's secret changes (a rotation): every token handed out before is refused.
        qputenv("STREAM_API_SECRET", "a-rotated-stream-secret");
        const bool restarted = m_server.start(m_args);
        qunsetenv("STREAM_API_SECRET");
        QVERIFY2(restarted, qPrintable(m_server.errorString()));
        ApiResponse response;
        QVERIFY(world.read(QStringLiteral("course:crs_python"), &response).activities.size() >= 3);
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QTRY_COMPARE(tokenRequests(), before + 1); // exactly one new token
        QVERIFY(m_server.start(m_args)); // the usual secret again
    }

    void refusalsInStreamsWords()
    {
        QTemporaryDir dir;
        World world(m_server.baseUrl(), dir.path());
        QVERIFY(world.signIn());
        const ApiResponse refused = world.post(
            QStringLiteral("community:all"),
            { QStringLiteral("Hear ye"), true, QStringLiteral("post:test-announce"), Clock::nowMs() });
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.error.code, QStringLiteral("stream_403"));
        QVERIFY2(refused.error.message.contains(QStringLiteral("permission")),
                 qPrintable(refused.error.message));
        // A feed the platform does not open for her: its answer, before Stream.
        ApiResponse response;
        world.read(QStringLiteral("course:crs_nope"), &response);
        QCOMPARE(response.httpStatus, 403);
        QCOMPARE(response.error.code, QStringLiteral("not_enrolled"));
    }

    void retriedPostIsOnePost()
    {
        QTemporaryDir dir;
        World world(m_server.baseUrl(), dir.path());
        QVERIFY(world.signIn());
        const StreamFeedClient::Post post { QStringLiteral("Once, however often it is sent"), false,
                                            QStringLiteral("post:retried-key"), 1'796'000'000'123 };
        const ApiResponse first = world.post(QStringLiteral("community:all"), post);
        const ApiResponse again = world.post(QStringLiteral("community:all"), post);
        QVERIFY(first.ok() && again.ok());
        QCOMPARE(first.httpStatus, 201);
        QCOMPARE(again.httpStatus, 200);
        QCOMPARE(again.object().value(u"id"), first.object().value(u"id"));
        const auto parsed = FeedActivity::fromStreamJson(first.object(), QStringLiteral("community:all"));
        QVERIFY(parsed);
        QCOMPARE(parsed->timeMs, post.timeMs);
        QCOMPARE(parsed->actorName, QStringLiteral("Maya Lindqvist"));
    }

    void feedCacheKeepsPagesAndCountsUnread()
    {
        QTemporaryDir dir;
        CacheStore cache(dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(cache.open(), QString());
        FeedCacheStore feeds(cache);
        const QString feed = QStringLiteral("course:crs_x");
        QVERIFY(feeds.putNewest(feed,
                                { activity(QStringLiteral("b"), QStringLiteral("usr_other"),
                                           QStringLiteral("2026-12-02T10:00:00.000000")),
                                  activity(QStringLiteral("a"), QStringLiteral("SU:usr_me"),
                                           QStringLiteral("2026-12-01T10:00:00")) }));
        QCOMPARE(feeds.unreadCounts(QStringLiteral("usr_me")).value(feed), 1); // never opened; not her own
        QVERIFY(feeds.markSeen(feed));
        QCOMPARE(feeds.unreadCounts(QStringLiteral("usr_me")).value(feed), 0);
        // An older page adds; unreadable JSON is skipped, not stored.
        QVERIFY(feeds.putOlder(feed,
                               { activity(QStringLiteral("z"), QStringLiteral("usr_other"),
                                          QStringLiteral("2026-11-01T10:00:00Z")),
                                 QJsonObject { { QStringLiteral("id"), QStringLiteral("broken") } } }));
        QCOMPARE(feeds.activities(feed).size(), 3);
        QCOMPARE(feeds.unreadCounts(QStringLiteral("usr_me")).value(feed), 0); // older than what she saw
        // A newer post by someone else (Stream's time with an offset is honoured).
        QVERIFY(feeds.put(feed,
                          activity(QStringLiteral("c"), QStringLiteral("usr_other"),
                                   QStringLiteral("2026-12-02T12:00:00+01:00"))));
        QCOMPARE(feeds.unreadCounts(QStringLiteral("usr_me")).value(feed), 1);
        QCOMPARE(feeds.activities(feed).first().toObject().value(u"id").toString(), QStringLiteral("c"));
        // The newest page replaces what was kept: a post deleted on Stream disappears.
        QVERIFY(feeds.putNewest(feed,
                                { activity(QStringLiteral("c"), QStringLiteral("usr_other"),
                                           QStringLiteral("2026-12-02T11:00:00Z")) }));
        QCOMPARE(feeds.activities(feed).size(), 1);
        QVERIFY(feeds.remove(feed, QStringLiteral("c")));
        QVERIFY(!feeds.hasPages(feed));
        // At most kKeptPerFeed per feed, the newest.
        QJsonArray many;
        for (int i = 0; i < FeedCacheStore::kKeptPerFeed + 30; ++i)
            many.append(activity(QStringLiteral("m%1").arg(i), QStringLiteral("usr_other"),
                                 QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())
                                     .addSecs(i * 60)
                                     .toString(Qt::ISODate)));
        QVERIFY(feeds.putOlder(feed, many));
        const QJsonArray kept = feeds.activities(feed);
        QCOMPARE(kept.size(), FeedCacheStore::kKeptPerFeed);
        QCOMPARE(kept.first().toObject().value(u"id").toString(),
                 QStringLiteral("m%1").arg(FeedCacheStore::kKeptPerFeed + 29));
    }
};

QTEST_GUILESS_MAIN(TestStreamFeedClient)
#include "tst_stream_feed_client.moc"
