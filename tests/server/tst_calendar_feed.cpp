// The private calendar subscription (GET /calendar/{token}.ics) over real HTTP against a demo
// platform-server: its content is the user's live sessions as libical, python3-icalendar and
// ical.js read them; rotate and revoke stop the old URL at once; a cancelled session leaves;
// a moved one comes back with a higher SEQUENCE; ETag and Last-Modified answer 304; and the
// token never reaches the server's log.
#include "../ical/IcsReaders.h"
#include "ServerProcess.h"
#include "TestHttp.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace companion::test;
namespace instant = companion::instant;

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The feed's events as libical reads them, by UID.
QHash<QString, IcsEvent> parse(const QByteArray &ics, int *errors)
{
    QHash<QString, IcsEvent> events;
    for (const IcsEvent &event : readWithLibical(ics, errors))
        events.insert(event.uid, event);
    return events;
}

} // namespace

class TestCalendarFeed : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QStringList m_tokensSeen;

    std::unique_ptr<TestHttp> as(const QString &email) { return signedIn(m_server.baseUrl(), email); }

    QString feedPath(const QJsonObject &feed)
    {
        const QString path = QUrl(field(feed, "url")).path();
        m_tokensSeen << path.section(QLatin1Char('/'), -1).chopped(4);
        return path;
    }

    QHash<QString, QJsonObject> sessionsOf(TestHttp &http) { return syncedSessions(http); }

    // The sessions a feed must hold: taught by the user or in their courses, not cancelled,
    // not deleted, ended less than 60 days ago.
    static QHash<QString, QJsonObject> feedWorthy(const QHash<QString, QJsonObject> &sessions)
    {
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - 60LL * 24 * 3600 * 1000;
        QHash<QString, QJsonObject> chosen;
        for (const QJsonObject &s : sessions) {
            if (s.value(u"deleted").toBool() || field(s, "status") == u"cancelled"
                || field(s, "viewer_role") == u"student" || *instant::parseMs(field(s, "end")) <= cutoff)
                continue;
            chosen.insert(field(s, "id"), s);
        }
        return chosen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0") }),
                 qPrintable(m_server.errorString()));
    }

    // The creator's feed holds exactly her live sessions, as three parsers read them.
    void feedHoldsTheLiveSessions()
    {
        auto http = as(QStringLiteral("creator@demo.test"));
        const TestReply feed = http->get(QStringLiteral("/api/calendar/feed"));
        QCOMPARE(feed.status, 200);
        QVERIFY(field(feed.json, "webcal_url").startsWith(u"webcal://"));
        QVERIFY(
            field(feed.json, "google_url").startsWith(u"https://calendar.google.com/calendar/render?cid="));
        TestHttp anonymous(m_server.baseUrl());
        const TestReply ics = anonymous.get(feedPath(feed.json));
        QCOMPARE(ics.status, 200);
        QCOMPARE(ics.header("Content-Type"), QByteArray("text/calendar; charset=utf-8"));
        QVERIFY(ics.body.contains("X-WR-CALNAME;VALUE=TEXT:Companion — Maya Lindqvist\r\n"));
        QVERIFY(ics.body.contains("X-WR-TIMEZONE;VALUE=TEXT:Europe/Berlin\r\n"));
        QVERIFY(ics.body.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));

        int errors = -1;
        const QHash<QString, IcsEvent> events = parse(ics.body, &errors);
        QCOMPARE(errors, 0);
        const QHash<QString, QJsonObject> expected = feedWorthy(sessionsOf(*http));
        QVERIFY(expected.size() > 10);
        QCOMPARE(events.size(), expected.size());
        QList<IcsEvent> forReaders;
        const QString host = m_server.baseUrl().host();
        for (const QJsonObject &s : expected) {
            const QString uid = field(s, "id") + QLatin1Char('@') + host;
            QVERIFY2(events.contains(uid), qPrintable(uid));
            const IcsEvent &e = events.value(uid);
            QCOMPARE(e.start * 1000, *instant::parseMs(field(s, "start")));
            QCOMPARE(e.end * 1000, *instant::parseMs(field(s, "end")));
            QCOMPARE(e.tzid, field(s, "time_zone"));
            QCOMPARE(e.summary, field(s, "course_title"));
            QCOMPARE(e.status, QStringLiteral("CONFIRMED"));
            QCOMPARE(e.sequence, s.value(u"version").toInt());
            forReaders.append(e);
        }
        // Students' names are in the description of a booked session.
        QVERIFY(ics.body.contains("DESCRIPTION:You teach this session.\\nStudents: "));
        checkWithOtherReaders(ics.body, forReaders, m_dir.path(), QStringLiteral("feed"));
    }

    // ETag and Last-Modified: an unchanged feed answers 304; a change answers 200 again, a
    // cancelled session is gone (Google drops it too) and a moved one has a higher SEQUENCE.
    void conditionalRequestsAndChanges()
    {
        auto http = as(QStringLiteral("st1@demo.test"));
        const QString path = feedPath(http->get(QStringLiteral("/api/calendar/feed")).json);
        TestHttp anonymous(m_server.baseUrl());
        const TestReply first = anonymous.get(path);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("ETag");
        const QByteArray lastModified = first.header("Last-Modified");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        QVERIFY(lastModified.endsWith(" GMT"));
        QCOMPARE(anonymous.get(path).body, first.body); // same bytes while nothing changes

        const TestReply notModified = anonymous.get(path, { { "If-None-Match", etag } });
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.isEmpty());
        QCOMPARE(notModified.header("ETag"), etag);
        QCOMPARE(anonymous.get(path, { { "If-None-Match", "\"other\", W/" + etag } }).status, 304);
        QCOMPARE(anonymous.get(path, { { "If-None-Match", "\"other\"" } }).status, 200);
        QCOMPARE(anonymous.get(path, { { "If-Modified-Since", lastModified } }).status, 304);
        QCOMPARE(anonymous.get(path, { { "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT" } }).status,
                 200);

        // Two of Jonas's upcoming sessions: cancel one, move the other by a day.
        QList<QJsonObject> upcoming;
        for (const QJsonObject &s : feedWorthy(sessionsOf(*http))) {
            if (field(s, "teacher_id") == u"usr_jonas"
                && *instant::parseMs(field(s, "start")) > QDateTime::currentMSecsSinceEpoch())
                upcoming.append(s);
        }
        QVERIFY(upcoming.size() >= 2);
        const QString host = m_server.baseUrl().host();
        const QString cancelledUid = field(upcoming.at(0), "id") + QLatin1Char('@') + host;
        const QString movedUid = field(upcoming.at(1), "id") + QLatin1Char('@') + host;
        int errors = 0;
        const int sequenceBefore = parse(first.body, &errors).value(movedUid).sequence;
        QVERIFY(parse(first.body, &errors).contains(cancelledUid));

        TestHttp hooks(m_server.baseUrl());
        QCOMPARE(hooks.post(QStringLiteral("/api/_test/sessions/%1/cancel").arg(field(upcoming.at(0), "id")))
                     .status,
                 204);
        const qint64 start = *instant::parseMs(field(upcoming.at(1), "start")) + 24 * 3600 * 1000;
        const qint64 end = *instant::parseMs(field(upcoming.at(1), "end")) + 24 * 3600 * 1000;
        QCOMPARE(
            hooks
                .post(QStringLiteral("/api/_test/sessions/%1/reschedule").arg(field(upcoming.at(1), "id")),
                      { { QStringLiteral("start"), instant::toUtcStringMs(start) },
                        { QStringLiteral("end"), instant::toUtcStringMs(end) } })
                .status,
            204);

        const TestReply changed = anonymous.get(path, { { "If-None-Match", etag } });
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.header("ETag") != etag);
        const QHash<QString, IcsEvent> events = parse(changed.body, &errors);
        QCOMPARE(errors, 0);
        QVERIFY(!events.contains(cancelledUid));
        QCOMPARE(events.value(movedUid).start * 1000, start);
        QCOMPARE(events.value(movedUid).sequence, sequenceBefore + 1);
        QCOMPARE(sessionsOf(*http).value(field(upcoming.at(1), "id")).value(u"version").toInt(),
                 sequenceBefore + 1);
    }

    // Rotate and revoke: the old URL is 404 at once, for good.
    void rotateAndRevoke()
    {
        auto http = as(QStringLiteral("st2@demo.test"));
        TestHttp anonymous(m_server.baseUrl());
        const QJsonObject feed = http->get(QStringLiteral("/api/calendar/feed")).json;
        QCOMPARE(http->get(QStringLiteral("/api/calendar/feed")).json, feed); // the same until rotated
        const QString original = feedPath(feed);
        QCOMPARE(anonymous.get(original).status, 200);

        const TestReply rotated = http->post(QStringLiteral("/api/calendar/feed/rotate"));
        QCOMPARE(rotated.status, 200);
        const QString second = feedPath(rotated.json);
        QVERIFY(second != original);
        QCOMPARE(anonymous.get(original).status, 404);
        QCOMPARE(anonymous.get(second).status, 200);

        QCOMPARE(http->del(QStringLiteral("/api/calendar/feed")).status, 204);
        QCOMPARE(anonymous.get(second).status, 404);
        const QString third = feedPath(http->get(QStringLiteral("/api/calendar/feed")).json);
        QVERIFY(third != second && third != original);
        QCOMPARE(anonymous.get(third).status, 200);
        QCOMPARE(anonymous.get(second).status, 404);
        QCOMPARE(anonymous.get(original).status, 404);

        QCOMPARE(anonymous.get(QStringLiteral("/calendar/not-a-token.ics")).status, 404);
        QCOMPARE(anonymous.get(QStringLiteral("/calendar/") + third.section(u'/', -1).chopped(4)).status,
                 404);
        QCOMPARE(anonymous.del(QStringLiteral("/api/calendar/feed")).status, 401);
    }

    // The request log shows "/calendar/{file}", never a token; the database holds hashes only.
    void tokensStayOutOfTheLogAndTheDatabase()
    {
        QVERIFY(m_tokensSeen.size() >= 5);
        const QByteArray log = m_server.serverLog();
        QVERIFY(log.contains("GET /calendar/{file} 200"));
        QVERIFY(log.contains("GET /calendar/{file} 404"));
        QDir data(m_server.dataDir());
        QByteArray stored;
        for (const QString &name : data.entryList(QDir::Files)) {
            QFile file(data.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        for (const QString &token : std::as_const(m_tokensSeen)) {
            QVERIFY2(!log.contains(token.toUtf8()), qPrintable(token));
            QVERIFY2(!stored.contains(token.toUtf8()), qPrintable(token));
        }
        // The key, the database and its journal files, and the folder: the owner's only.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QVERIFY(QFileInfo::exists(data.filePath(QStringLiteral("calendar-feed.key"))));
        QVERIFY(data.entryList(QDir::Files).contains(QStringLiteral("platform.sqlite-wal")));
        for (const QFileInfo &info : data.entryInfoList(QDir::Files)) {
            if (info.fileName() == u"server.log") // the test's capture of stderr, not the server's
                continue;
            QVERIFY2((info.permissions() & others) == QFileDevice::Permissions(),
                     qPrintable(info.fileName()));
        }
        QCOMPARE(QFileInfo(m_server.dataDir()).permissions() & others, QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestCalendarFeed)
#include "tst_calendar_feed.moc"
