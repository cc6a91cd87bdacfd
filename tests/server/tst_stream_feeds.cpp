// Course and community feeds (the seed's flow 4) over real HTTP: /api/stream/feeds and
// /api/stream/token decide who belongs to which feed, and the Stream sandbox checks every
// request against the token's scope, as Stream does. The permission matrix: the course's
// creator, an S-T teaching it, an S-T of another course, a student of it and a stranger
// (a student of other courses only), for read, post, announce, react and deleting someone
// else's post. Then paging, idempotent adds, likes, comments and a restart that keeps it all.
#include "../webhooks/WebhookSigning.h"
#include "ServerProcess.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace companion::test;

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

const QString kStream = QStringLiteral("/sandbox/stream/api/v1.0");

} // namespace

class TestStreamFeeds : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_course; // a course with a student of it and a student who is not
    QString m_studentEmail;
    QString m_strangerEmail;

    std::unique_ptr<TestHttp> as(const QString &email) { return signedIn(m_server.baseUrl(), email); }

    static QJsonArray feedsOf(TestHttp &http)
    {
        return http.get(QStringLiteral("/api/stream/feeds")).json.value(u"feeds").toArray();
    }

    static QJsonObject feedNamed(const QJsonArray &feeds, const QString &feedId)
    {
        for (const QJsonValue &feed : feeds) {
            if (field(feed.toObject(), "feed_id") == feedId)
                return feed.toObject();
        }
        return {};
    }

    QString tokenFor(const QString &email, const QString &feedId, int *status = nullptr)
    {
        const TestReply reply
            = as(email)->post(QStringLiteral("/api/stream/token"), { { QStringLiteral("feed_id"), feedId } });
        if (status)
            *status = reply.status;
        return field(reply.json, "token");
    }

    TestReply stream(const QByteArray &method, const QString &path, const QString &token,
                     const QJsonObject &body = {})
    {
        TestHttp http(m_server.baseUrl());
        return http.send(method, kStream + path,
                         method == "GET" || method == "DELETE"
                             ? QByteArray()
                             : QJsonDocument(body).toJson(QJsonDocument::Compact),
                         { { "Stream-Auth-Type", "jwt" }, { "Authorization", token.toUtf8() } });
    }

    static QJsonObject post(const QString &actor, const QString &text,
                            const QString &verb = QStringLiteral("post"))
    {
        return { { QStringLiteral("actor"), QStringLiteral("SU:") + actor },
                 { QStringLiteral("verb"), verb },
                 { QStringLiteral("object"), QStringLiteral("text") },
                 { QStringLiteral("text"), text } };
    }

    QString feedPath(const QString &feedId) const
    {
        return QStringLiteral("/feed/") + QString(feedId).replace(u':', u'/') + u'/';
    }

    QJsonArray readAll(const QString &feedId, const QString &token, int limit)
    {
        QJsonArray all;
        QString idLt;
        for (int guard = 0; guard < 100; ++guard) {
            const TestReply page
                = stream("GET",
                         feedPath(feedId) + QStringLiteral("?limit=%1").arg(limit)
                             + (idLt.isEmpty() ? QString() : QStringLiteral("&id_lt=") + idLt),
                         token);
            if (page.status != 200)
                return {};
            const QJsonArray results = page.json.value(u"results").toArray();
            for (const QJsonValue &activity : results)
                all.append(activity);
            if (field(page.json, "next").isEmpty())
                break;
            idLt = field(results.last().toObject(), "id");
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0") }),
            qPrintable(m_server.errorString()));
        // A course with a student in it; the stranger is the demo's newcomer, in no course.
        m_strangerEmail = QStringLiteral("student9@demo.test");
        QCOMPARE(feedsOf(*as(m_strangerEmail)).size(), 1); // the community only
        for (int n = 1; n <= 8 && m_course.isEmpty(); ++n) {
            const QString email = QStringLiteral("student%1@demo.test").arg(n);
            for (const QJsonValue &feed : feedsOf(*as(email))) {
                if (field(feed.toObject(), "role") == u"student" && m_course.isEmpty()) {
                    m_course = field(feed.toObject(), "course_id");
                    m_studentEmail = email;
                }
            }
        }
        QVERIFY2(!m_course.isEmpty(), "no demo student is enrolled anywhere");
    }

    void feedsListedByRole()
    {
        auto maya = as(QStringLiteral("creator@demo.test"));
        const QJsonArray mayaFeeds = feedsOf(*maya);
        QCOMPARE(mayaFeeds.size(), 4); // the community and her three courses
        QCOMPARE(field(mayaFeeds.at(0).toObject(), "feed_id"), QStringLiteral("community:all"));
        const QJsonObject python = feedNamed(mayaFeeds, QStringLiteral("course:crs_python"));
        QCOMPARE(field(python, "role"), QStringLiteral("creator"));
        QCOMPARE(field(python, "title"), QStringLiteral("Python for Data Analysis"));
        QVERIFY(python.value(u"permissions").toObject().value(u"announce").toBool());

        auto jonas = as(QStringLiteral("st1@demo.test"));
        const QJsonArray jonasFeeds = feedsOf(*jonas);
        QCOMPARE(field(feedNamed(jonasFeeds, QStringLiteral("course:crs_spanish")), "role"),
                 QStringLiteral("teacher"));
        QVERIFY(feedNamed(jonasFeeds, QStringLiteral("course:crs_watercolour")).isEmpty());

        auto student = as(m_studentEmail);
        const QJsonObject own = feedNamed(feedsOf(*student), QStringLiteral("course:") + m_course);
        QCOMPARE(field(own, "role"), QStringLiteral("student"));
        QVERIFY(own.value(u"permissions").toObject().value(u"post").toBool());
        QVERIFY(!own.value(u"permissions").toObject().value(u"announce").toBool());
        QVERIFY(!own.value(u"permissions").toObject().value(u"moderate").toBool());

        TestHttp anonymous(m_server.baseUrl());
        QCOMPARE(anonymous.get(QStringLiteral("/api/stream/feeds")).status, 401);
        QCOMPARE(anonymous.post(QStringLiteral("/api/stream/token"), {}).status, 401);
    }

    void tokenCarriesScopeAndWhereStreamIs()
    {
        const TestReply reply
            = as(m_studentEmail)
                  ->post(QStringLiteral("/api/stream/token"),
                         { { QStringLiteral("feed_id"), QStringLiteral("course:") + m_course } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(field(reply.json, "base_url"), m_server.baseUrl().toString() + kStream);
        QCOMPARE(field(reply.json, "role"), QStringLiteral("student"));
        const QByteArray payload = field(reply.json, "token").section(u'.', 1, 1).toLatin1();
        const QJsonObject claims
            = QJsonDocument::fromJson(
                  QByteArray::fromBase64(payload,
                                         QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                  .object();
        QCOMPARE(field(claims, "feed_id"), QStringLiteral("course:") + m_course);
        QCOMPARE(field(claims, "action"), QStringLiteral("write"));
        QVERIFY(claims.value(u"exp").toInteger() > QDateTime::currentSecsSinceEpoch());
        QVERIFY(claims.value(u"exp").toInteger() <= QDateTime::currentSecsSinceEpoch() + 3700);
        // Wrong types are refused, not read as "no feed".
        QCOMPARE(as(m_studentEmail)
                     ->post(QStringLiteral("/api/stream/token"), { { QStringLiteral("feed_id"), 7 } })
                     .status,
                 400);
        int status = 0;
        tokenFor(m_studentEmail, QStringLiteral("course:does_not_exist"), &status);
        QCOMPARE(status, 403);
        tokenFor(m_studentEmail, QStringLiteral("user:usr_maya"), &status);
        QCOMPARE(status, 403);
    }

    void permissionMatrix()
    {
        const QString feed = QStringLiteral("course:") + m_course;
        const QString path = feedPath(feed);
        const QString creator = tokenFor(QStringLiteral("creator@demo.test"), feed);
        // The S-T who teaches the course, and one who does not.
        QString teacherEmail, otherEmail;
        for (const QString &email : { QStringLiteral("st1@demo.test"), QStringLiteral("st2@demo.test") }) {
            const bool teaches = !feedNamed(feedsOf(*as(email)), feed).isEmpty();
            (teaches ? teacherEmail : otherEmail) = email;
        }
        QVERIFY(!teacherEmail.isEmpty());
        const QString teacher = tokenFor(teacherEmail, feed);
        const QString student = tokenFor(m_studentEmail, feed);
        int status = 0;
        QVERIFY(tokenFor(m_strangerEmail, feed, &status).isEmpty());
        QCOMPARE(status, 403);
        if (!otherEmail.isEmpty()) {
            QVERIFY(tokenFor(otherEmail, feed, &status).isEmpty());
            QCOMPARE(status, 403);
            // Their token for a course of their own does not open this one.
            const QJsonArray otherFeeds = feedsOf(*as(otherEmail));
            const QString ownFeed = field(otherFeeds.last().toObject(), "feed_id");
            QVERIFY(ownFeed.startsWith(u"course:") && ownFeed != feed);
            QCOMPARE(stream("GET", path, tokenFor(otherEmail, ownFeed)).status, 403);
        }
        const QString strangerCommunity = tokenFor(m_strangerEmail, QStringLiteral("community:all"));
        QCOMPARE(stream("GET", path, strangerCommunity).status, 403);
        const QString strangerOwn
            = field(as(m_strangerEmail)->post(QStringLiteral("/api/stream/token")).json, "token");
        QCOMPARE(stream("GET", path, strangerOwn).status, 403);
        QCOMPARE(
            stream("POST", path, strangerOwn, post(QStringLiteral("usr_x"), QStringLiteral("hi"))).status,
            403);

        // Read: everyone of the course.
        for (const QString &token : { creator, teacher, student })
            QCOMPARE(stream("GET", path, token).status, 200);

        const QString studentId = field(as(m_studentEmail)->get(QStringLiteral("/api/me")).json, "id");
        const QString teacherId = field(as(teacherEmail)->get(QStringLiteral("/api/me")).json, "id");
        // Post: students and teachers; an announcement only from teachers and the creator.
        const TestReply question
            = stream("POST", path, student, post(studentId, QStringLiteral("A question")));
        QCOMPARE(question.status, 201);
        QCOMPARE(stream("POST", path, student,
                        post(studentId, QStringLiteral("Hear ye"), QStringLiteral("announce")))
                     .status,
                 403);
        const TestReply announcement
            = stream("POST", path, teacher,
                     post(teacherId, QStringLiteral("Bring a notebook"), QStringLiteral("announce")));
        QCOMPARE(announcement.status, 201);
        QCOMPARE(
            stream("POST", path, creator,
                   post(QStringLiteral("usr_maya"), QStringLiteral("Welcome"), QStringLiteral("announce")))
                .status,
            201);
        // Nobody writes as someone else.
        QCOMPARE(stream("POST", path, student, post(teacherId, QStringLiteral("I am the teacher"))).status,
                 403);

        // Delete someone else's: a student may not, a teacher (moderator) may; one's own, always.
        const TestReply other
            = stream("POST", path, student, post(studentId, QStringLiteral("Another question")));
        QCOMPARE(stream("DELETE", path + field(announcement.json, "id") + u'/', student).status, 403);
        QCOMPARE(stream("DELETE", path + field(other.json, "id") + u'/', teacher).status, 200);
        QCOMPARE(stream("DELETE", path + field(question.json, "id") + u'/', student).status, 200);
        QCOMPARE(stream("DELETE", path + field(question.json, "id") + u'/', student).status, 404);

        // Reactions follow the feed: the stranger cannot like or comment, the student can.
        const QString target = field(announcement.json, "id");
        const QJsonObject like { { QStringLiteral("kind"), QStringLiteral("like") },
                                 { QStringLiteral("activity_id"), target } };
        QCOMPARE(stream("POST", QStringLiteral("/reaction/"), strangerCommunity, like).status, 403);
        QCOMPARE(stream("POST", QStringLiteral("/reaction/"), student, like).status, 201);

        // Tokens Stream would refuse: expired, signed with another secret, no user.
        const QJsonObject claims { { QStringLiteral("user_id"), studentId },
                                   { QStringLiteral("resource"), QStringLiteral("*") },
                                   { QStringLiteral("action"), QStringLiteral("*") },
                                   { QStringLiteral("feed_id"), feed },
                                   { QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 10 } };
        const QByteArray devSecret = "companion-dev-stream-secret";
        QCOMPARE(stream("GET", path, QString::fromLatin1(jwt(claims, devSecret))).status, 401);
        QJsonObject fresh = claims;
        fresh.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 60);
        QCOMPARE(stream("GET", path, QString::fromLatin1(jwt(fresh, "another secret"))).status, 401);
        fresh.remove(QStringLiteral("user_id"));
        QCOMPARE(stream("GET", path, QString::fromLatin1(jwt(fresh, devSecret))).status, 401);
        QCOMPARE(stream("GET", path, QString()).status, 401);
    }

    void pagingLikesAndComments()
    {
        const QString feed = QStringLiteral("community:all");
        const QString token = tokenFor(m_studentEmail, feed);
        const QString me = field(as(m_studentEmail)->get(QStringLiteral("/api/me")).json, "id");
        for (int i = 0; i < 7; ++i)
            QCOMPARE(stream("POST", feedPath(feed), token, post(me, QStringLiteral("post %1").arg(i))).status,
                     201);
        const QJsonArray all = readAll(feed, token, 100);
        QVERIFY(all.size() >= 10); // the demo's three and these seven
        const QJsonArray paged = readAll(feed, token, 3);
        QCOMPARE(paged, all); // the same activities in the same order, none twice
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(field(all.at(i - 1).toObject(), "time") >= field(all.at(i).toObject(), "time"));
        QCOMPARE(field(all.at(0).toObject(), "text"), QStringLiteral("post 6"));

        // A retried add (same foreign_id and time) is the same activity.
        QJsonObject retried = post(me, QStringLiteral("written offline"));
        retried.insert(QStringLiteral("foreign_id"),
                       QStringLiteral("post:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        retried.insert(QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:05.678"));
        const TestReply first = stream("POST", feedPath(feed), token, retried);
        const TestReply again = stream("POST", feedPath(feed), token, retried);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 200);
        QCOMPARE(field(again.json, "id"), field(first.json, "id"));
        QCOMPARE(field(first.json, "time"), QStringLiteral("2026-01-02T03:04:05.678000"));

        // A like counts once however often it is sent; comments count and list newest first.
        const QString id = field(all.at(0).toObject(), "id");
        const QJsonObject like { { QStringLiteral("kind"), QStringLiteral("like") },
                                 { QStringLiteral("activity_id"), id } };
        const TestReply liked = stream("POST", QStringLiteral("/reaction/"), token, like);
        QCOMPARE(liked.status, 201);
        QCOMPARE(stream("POST", QStringLiteral("/reaction/"), token, like).status, 200);
        for (const QString &text : { QStringLiteral("first"), QStringLiteral("second") }) {
            QCOMPARE(stream("POST", QStringLiteral("/reaction/"), token,
                            { { QStringLiteral("kind"), QStringLiteral("comment") },
                              { QStringLiteral("activity_id"), id },
                              { QStringLiteral("data"), QJsonObject { { QStringLiteral("text"), text } } } })
                         .status,
                     201);
        }
        QCOMPARE(stream("POST", QStringLiteral("/reaction/"), token,
                        { { QStringLiteral("kind"), QStringLiteral("comment") },
                          { QStringLiteral("activity_id"), id },
                          { QStringLiteral("data"),
                            QJsonObject { { QStringLiteral("text"), QStringLiteral("  ") } } } })
                     .status,
                 400);
        const QJsonObject top = readAll(feed, token, 1).at(0).toObject();
        QCOMPARE(top.value(u"reaction_counts").toObject().value(u"like").toInt(), 1);
        QCOMPARE(top.value(u"reaction_counts").toObject().value(u"comment").toInt(), 2);
        QCOMPARE(top.value(u"own_reactions").toObject().value(u"like").toArray().size(), 1);
        const TestReply comments
            = stream("GET", QStringLiteral("/reaction/activity_id/%1/comment/?limit=1").arg(id), token);
        QCOMPARE(comments.status, 200);
        QCOMPARE(field(comments.json.value(u"results").toArray().at(0).toObject().value(u"data").toObject(),
                       "text"),
                 QStringLiteral("second"));
        QVERIFY(!field(comments.json, "next").isEmpty());
        // Unlike: the like is gone, and only its author could remove it.
        const QString other = tokenFor(QStringLiteral("creator@demo.test"), feed);
        QCOMPARE(stream("DELETE", QStringLiteral("/reaction/%1/").arg(field(liked.json, "id")), other).status,
                 403);
        QCOMPARE(stream("DELETE", QStringLiteral("/reaction/%1/").arg(field(liked.json, "id")), token).status,
                 200);
        QCOMPARE(readAll(feed, token, 1)
                     .at(0)
                     .toObject()
                     .value(u"reaction_counts")
                     .toObject()
                     .value(u"like")
                     .toInt(),
                 0);
        QCOMPARE(stream("GET", feedPath(feed) + QStringLiteral("?limit=0"), token).status, 400);
    }

    void demoFeedsAndRestart()
    {
        const QString feed = QStringLiteral("course:crs_python");
        const QJsonArray before = readAll(feed, tokenFor(QStringLiteral("creator@demo.test"), feed), 100);
        QVERIFY(before.size() >= 3);
        bool commented = false;
        for (const QJsonValue &activity : before) {
            QVERIFY(!field(activity.toObject(), "actor_name").isEmpty());
            commented = commented
                || activity.toObject().value(u"reaction_counts").toObject().value(u"comment").toInt() > 0;
        }
        QVERIFY(commented);
        const QJsonArray community = readAll(QStringLiteral("community:all"),
                                             tokenFor(m_studentEmail, QStringLiteral("community:all")), 100);

        // The sandbox's state outlives a restart, and the demo is not seeded twice.
        QVERIFY(m_server.stop());
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0") }),
            qPrintable(m_server.errorString()));
        QCOMPARE(readAll(feed, tokenFor(QStringLiteral("creator@demo.test"), feed), 100), before);
        QCOMPARE(readAll(QStringLiteral("community:all"),
                         tokenFor(m_studentEmail, QStringLiteral("community:all")), 100),
                 community);
    }
};

QTEST_GUILESS_MAIN(TestStreamFeeds)
#include "tst_stream_feeds.moc"
