// The feed's value types and list model: Stream's times (no offset means UTC), activities
// and comments from Stream's JSON (malformed ones refused), post text made safe for Qt's
// styled text with http(s) links only, relative times in the viewer's zone, and who may
// delete what.
#include "models/feed/FeedActivity.h"
#include "models/feed/LinkText.h"
#include "models/itemmodels/FeedActivityListModel.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QTest>

using namespace companion;

class TestFeedActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: refused
        QTest::newRow("stream's own") << "2026-12-07T14:10:46.123456"
                                      << "2026-12-07T14:10:46.123Z";
        QTest::newRow("no fraction") << "2026-12-07T14:10:46"
                                     << "2026-12-07T14:10:46Z";
        QTest::newRow("Z") << "2026-12-07T14:10:46Z"
                           << "2026-12-07T14:10:46Z";
        QTest::newRow("offset") << "2026-12-07T15:10:46+01:00"
                                << "2026-12-07T14:10:46Z";
        QTest::newRow("negative offset") << "2026-03-08T01:30:00-05:00"
                                         << "2026-03-08T06:30:00Z";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("a date only") << "2026-12-07"
                                     << "";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("month 13") << "2026-13-07T14:10:46"
                                  << "";
    }
    void streamTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = parseStreamTime(text);
        QCOMPARE(parsed.has_value(), !utc.isEmpty());
        if (parsed)
            QCOMPARE(instant::toUtcStringMs(*parsed), utc);
    }

    void writtenTimesReadBack()
    {
        for (const qint64 ms : { qint64(0), qint64(1'796'000'000'123), qint64(1'711'846'800'999) }) {
            const QString text = toStreamTime(ms);
            QVERIFY(!text.endsWith(u'Z'));
            QCOMPARE(parseStreamTime(text).value_or(-1), ms);
        }
    }

    void activityFromStream()
    {
        const QJsonObject json {
            { QStringLiteral("id"), QStringLiteral("a1") },
            { QStringLiteral("actor"), QStringLiteral("SU:usr_maya") },
            { QStringLiteral("actor_name"), QStringLiteral("Maya Lindqvist") },
            { QStringLiteral("verb"), QStringLiteral("announce") },
            { QStringLiteral("text"), QStringLiteral("Bring a notebook") },
            { QStringLiteral("time"), QStringLiteral("2026-12-07T14:00:00.000000") },
            { QStringLiteral("reaction_counts"),
              QJsonObject { { QStringLiteral("like"), 2 }, { QStringLiteral("comment"), -4 } } },
            { QStringLiteral("own_reactions"),
              QJsonObject {
                  { QStringLiteral("like"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("r9") } } } } } },
            { QStringLiteral("latest_reactions"),
              QJsonObject {
                  { QStringLiteral("comment"),
                    QJsonArray {
                        QJsonObject {
                            { QStringLiteral("id"), QStringLiteral("c2") },
                            { QStringLiteral("user_id"), QStringLiteral("usr_b") },
                            { QStringLiteral("created_at"), QStringLiteral("2026-12-07T15:00:00") },
                            { QStringLiteral("data"),
                              QJsonObject { { QStringLiteral("text"), QStringLiteral("second") } } } },
                        QJsonObject {
                            { QStringLiteral("id"), QStringLiteral("c1") },
                            { QStringLiteral("user_id"), QStringLiteral("usr_a") },
                            { QStringLiteral("created_at"), QStringLiteral("2026-12-07T14:30:00") },
                            { QStringLiteral("data"),
                              QJsonObject { { QStringLiteral("text"), QStringLiteral("first") } } } },
                        QJsonObject { { QStringLiteral("id"), QStringLiteral("no time") } } } } } },
        };
        const auto a = FeedActivity::fromStreamJson(json, QStringLiteral("course:crs_python"));
        QVERIFY(a);
        QCOMPARE(a->actorId, QStringLiteral("usr_maya"));
        QVERIFY(a->isAnnouncement());
        QCOMPARE(a->likeCount, 2);
        QCOMPARE(a->commentCount, 0); // a negative count is nonsense, not a number to show
        QCOMPARE(a->ownLikeId, QStringLiteral("r9"));
        QCOMPARE(a->comments.size(), 2); // the one without a time is left out
        QCOMPARE(a->comments.first().text, QStringLiteral("first")); // oldest first
        for (const char *key : { "id", "actor", "time" }) {
            QJsonObject broken = json;
            broken.remove(QLatin1String(key));
            QVERIFY2(!FeedActivity::fromStreamJson(broken, {}), key);
        }
    }

    void linkedText_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("styled");
        QTest::newRow("markup is text") << "<b>hi</b> & <script>x</script>"
                                        << "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;";
        QTest::newRow("a link")
            << "Slides: https://example.org/a.pdf"
            << "Slides: <a href=\"https://example.org/a.pdf\">https://example.org/a.pdf</a>";
        QTest::newRow("sentence's full stop") << "See http://x.org/p."
                                              << "See <a href=\"http://x.org/p\">http://x.org/p</a>.";
        QTest::newRow("query kept, escaped")
            << "https://x.org/?a=1&b=\"2\""
            << "<a href=\"https://x.org/?a=1&amp;b=\">https://x.org/?a=1&amp;b=</a>&quot;2&quot;";
        QTest::newRow("javascript is not a link") << "javascript:alert(1)"
                                                  << "javascript:alert(1)";
        QTest::newRow("file is not a link") << "file:///etc/passwd"
                                            << "file:///etc/passwd";
        QTest::newRow("in brackets") << "(https://x.org/y)"
                                     << "(<a href=\"https://x.org/y\">https://x.org/y</a>)";
        QTest::newRow("lines") << "one\ntwo"
                               << "one<br>two";
    }
    void linkedText()
    {
        QFETCH(QString, plain);
        QFETCH(QString, styled);
        QCOMPARE(companion::linkedText(plain), styled);
    }

    void relativeTimesInTheViewersZone()
    {
        FeedActivityListModel model;
        model.setLocale(QLocale::c());
        model.setDisplayZone(QStringLiteral("Asia/Tokyo"));
        const qint64 now = *instant::parseMs(QStringLiteral("2026-12-07T01:30:00Z")); // 10:30 in Tokyo
        const auto at
            = [&](const char *utc) { return model.relativeTime(*instant::parseMs(QLatin1String(utc)), now); };
        QCOMPARE(at("2026-12-07T01:29:40Z"), QStringLiteral("just now"));
        QCOMPARE(at("2026-12-07T01:31:00Z"), QStringLiteral("just now")); // a clock a little ahead
        QCOMPARE(at("2026-12-07T01:05:00Z"), QStringLiteral("25 min ago"));
        QCOMPARE(at("2026-12-06T15:30:00Z"), QStringLiteral("10 h ago")); // 00:30 today in Tokyo
        QCOMPARE(at("2026-12-06T14:30:00Z"), QStringLiteral("Yesterday at 23:30")); // same day in UTC
        QCOMPARE(at("2026-12-03T00:00:00Z"), QStringLiteral("Thursday at 09:00"));
        QCOMPARE(at("2026-11-20T00:00:00Z"), QStringLiteral("20 Nov 2026"));
    }

    void whoMayDelete()
    {
        FeedActivity mine;
        mine.id = QStringLiteral("1");
        mine.actorId = QStringLiteral("usr_me");
        FeedActivity theirs = mine;
        theirs.id = QStringLiteral("2");
        theirs.actorId = QStringLiteral("usr_other");
        FeedActivity waiting = mine;
        waiting.id = QStringLiteral("pending:1");
        FeedActivityListModel model;
        model.setActivities({ waiting }, { mine, theirs }, QStringLiteral("usr_me"), false);
        const auto canDelete = [&](int row) {
            return model.data(model.index(row), FeedActivityListModel::CanDeleteRole).toBool();
        };
        QVERIFY(model.data(model.index(0), FeedActivityListModel::PendingRole).toBool());
        QVERIFY(!canDelete(0)); // still in the outbox
        QVERIFY(canDelete(1));
        QVERIFY(!canDelete(2));
        QCOMPARE(model.data(model.index(1), FeedActivityListModel::ActorNameRole).toString(),
                 QStringLiteral("You"));
        model.setActivities({}, { mine, theirs }, QStringLiteral("usr_me"), true);
        QVERIFY(canDelete(1)); // a moderator
    }
};

QTEST_GUILESS_MAIN(TestFeedActivity)
#include "tst_feed_activity.moc"
