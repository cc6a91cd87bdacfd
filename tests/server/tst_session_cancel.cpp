// A teacher cancels a session (POST /api/sessions/{id}/cancel) over real HTTP against a demo
// platform-server with its Stripe and Resend sandboxes: who may (the teacher, the course's
// creator; not a student, another S-T or a stranger), what is refused (no reason, a started
// session), that a retry changes nothing, and the whole path of a booked group session: two
// students paid through Stripe, the cancel refunds both charges once, the charge.refunded
// webhooks reverse the splits, each student gets an email, and the session leaves the feed.
#include "ServerProcess.h"
#include "TestHttp.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QTest>

using namespace companion::test;
namespace instant = companion::instant;

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

const QString kReason = QStringLiteral("I am ill, sorry");

} // namespace

class TestSessionCancel : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    std::unique_ptr<TestHttp> as(const QString &email) { return signedIn(m_server.baseUrl(), email); }

    QHash<QString, QJsonObject> sessionsOf(TestHttp &http) { return syncedSessions(http); }

    // Upcoming scheduled sessions of `teacherId` that `http`'s user sees.
    QList<QJsonObject> upcoming(TestHttp &http, const QString &teacherId)
    {
        QList<QJsonObject> found;
        const qint64 soon = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        for (const QJsonObject &s : sessionsOf(http)) {
            if (field(s, "teacher_id") == teacherId && field(s, "status") == u"scheduled"
                && *instant::parseMs(field(s, "start")) > soon)
                found.append(s);
        }
        std::sort(found.begin(), found.end(),
                  [](const QJsonObject &a, const QJsonObject &b) { return field(a, "id") < field(b, "id"); });
        return found;
    }

    static TestReply cancel(TestHttp &http, const QString &id, const QJsonObject &body,
                            const TestHttp::Headers &headers = {})
    {
        return http.post(QStringLiteral("/api/sessions/%1/cancel").arg(id), body, headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0") }),
                 qPrintable(m_server.errorString()));
    }

    void whoMayCancel()
    {
        auto jonas = as(QStringLiteral("st1@demo.test"));
        auto maya = as(QStringLiteral("creator@demo.test"));
        auto priya = as(QStringLiteral("st2@demo.test"));
        const QList<QJsonObject> jonasSessions = upcoming(*jonas, QStringLiteral("usr_jonas"));
        QVERIFY(jonasSessions.size() >= 3);
        const QJsonObject target = jonasSessions.at(0);
        const QString id = field(target, "id");

        // A student of that session: 403. Another S-T: 404, as if it did not exist. Nobody: 401.
        const QJsonObject detail = jonas->get(QStringLiteral("/api/sessions/") + id).json;
        const QJsonArray students = detail.value(QStringLiteral("students")).toArray();
        if (!students.isEmpty()) {
            const QString studentId = field(students.first().toObject(), "id");
            const int index = QStringLiteral("lena tom aisha carlos sofia ethan mei omar")
                                  .split(u' ')
                                  .indexOf(studentId.mid(4))
                + 1;
            auto student = as(QStringLiteral("student%1@demo.test").arg(index));
            QVERIFY(!student->bearer().isEmpty());
            const TestReply refused = cancel(*student, id, { { QStringLiteral("reason"), kReason } });
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
        }
        QCOMPARE(cancel(*priya, id, { { QStringLiteral("reason"), kReason } }).status, 404);
        TestHttp nobody(m_server.baseUrl());
        QCOMPARE(cancel(nobody, id, { { QStringLiteral("reason"), kReason } }).status, 401);

        // No reason, or an absurd one: 400 naming the field.
        TestReply bad = cancel(*jonas, id, {});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.errorFields().contains(QStringLiteral("reason")));
        bad = cancel(*jonas, id, { { QStringLiteral("reason"), QString(501, u'x') } });
        QCOMPARE(bad.status, 400);
        bad = cancel(*jonas, id,
                     { { QStringLiteral("reason"), kReason }, { QStringLiteral("message"), 42 } });
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.errorFields().contains(QStringLiteral("message")));
        QCOMPARE(field(jonas->get(QStringLiteral("/api/sessions/") + id).json, "status"),
                 QStringLiteral("scheduled"));

        // The teacher may; the version goes up once; a retry with the same key is the same answer.
        const TestHttp::Headers key { { "Idempotency-Key", "cancel-test-1" } };
        const TestReply done = cancel(*jonas, id, { { QStringLiteral("reason"), kReason } }, key);
        QCOMPARE(done.status, 200);
        const QJsonObject session = done.json.value(QStringLiteral("session")).toObject();
        QCOMPARE(field(session, "status"), QStringLiteral("cancelled"));
        QCOMPARE(field(session, "cancel_reason"), kReason);
        QCOMPARE(session.value(u"version").toInt(), target.value(u"version").toInt() + 1);
        QCOMPARE(done.json.value(u"already_cancelled").toBool(), false);
        QCOMPARE(done.json.value(u"emails").toInt(), students.size());
        const TestReply replay = cancel(*jonas, id, { { QStringLiteral("reason"), kReason } }, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, done.body);
        const TestReply again = cancel(*jonas, id, { { QStringLiteral("reason"), kReason } });
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"already_cancelled").toBool(), true);
        QCOMPARE(again.json.value(u"session").toObject().value(u"version").toInt(),
                 session.value(u"version").toInt());
        // The room of a cancelled session cannot be made.
        QCOMPARE(
            jonas->post(QStringLiteral("/api/video/room"), { { QStringLiteral("session_id"), id } }).status,
            409);

        // The course's creator may cancel an S-T's session of her course.
        const TestReply byCreator = cancel(*maya, field(jonasSessions.at(1), "id"),
                                           { { QStringLiteral("reason"), QStringLiteral("Course paused") } });
        QCOMPARE(byCreator.status, 200);
        QCOMPARE(field(byCreator.json.value(u"session").toObject(), "status"), QStringLiteral("cancelled"));
    }

    // A started session is not cancelled: it moved into the past while still "scheduled".
    void startedSessionIsRefused()
    {
        auto jonas = as(QStringLiteral("st1@demo.test"));
        const QJsonObject target = upcoming(*jonas, QStringLiteral("usr_jonas")).last();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000;
        TestHttp hooks(m_server.baseUrl());
        QCOMPARE(hooks
                     .post(QStringLiteral("/api/_test/sessions/%1/reschedule").arg(field(target, "id")),
                           { { QStringLiteral("start"), instant::toUtcStringMs(start) },
                             { QStringLiteral("end"), instant::toUtcStringMs(start + 3600 * 1000) } })
                     .status,
                 204);
        const TestReply refused
            = cancel(*jonas, field(target, "id"), { { QStringLiteral("reason"), kReason } });
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("session_started"));
    }

    // Two students pay for a group session through Stripe; the teacher cancels it.
    void bookedGroupSessionIsRefundedAndTold()
    {
        TestHttp sandbox(m_server.baseUrl());
        auto jonas = as(QStringLiteral("st1@demo.test"));
        // A free 90-minute slot three weeks ahead, at night in Berlin (no demo session there).
        QString start, sessionId;
        const qint64 base = (QDateTime::currentSecsSinceEpoch() / 3600 + 21 * 24) * 3600;
        for (int attempt = 0; attempt < 6 && sessionId.isEmpty(); ++attempt) {
            start = instant::toUtcStringSecs(base + attempt * 2 * 3600);
            for (const char *student : { "usr_lena", "usr_tom" }) {
                const TestReply r
                    = sandbox.post(QStringLiteral("/sandbox/stripe/test/checkout"),
                                   { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_python") },
                                     { QStringLiteral("start"), start },
                                     { QStringLiteral("student_id"), QLatin1String(student) } });
                QCOMPARE(r.status, 201);
            }
            for (int i = 0; i < 100 && sessionId.isEmpty(); ++i, QTest::qWait(50)) {
                for (const QJsonObject &s : sessionsOf(*jonas)) {
                    if (*instant::parseMs(field(s, "start")) == *instant::parseMs(start)
                        && s.value(u"booked_seats").toInt() == 2)
                        sessionId = field(s, "id");
                }
            }
        }
        QVERIFY2(!sessionId.isEmpty(), "no slot where both checkouts landed");
        const auto splitsOf = [&] {
            QList<QJsonObject> splits;
            for (const QJsonValue &v : jonas->get(QStringLiteral("/api/earnings/splits?limit=500"))
                                           .json.value(QStringLiteral("items"))
                                           .toArray()) {
                if (field(v.toObject(), "session_id") == sessionId)
                    splits.append(v.toObject());
            }
            return splits;
        };
        QCOMPARE(splitsOf().size(), 2); // Jonas's 70 % of each payment
        for (const QJsonObject &split : splitsOf())
            QCOMPARE(field(split, "status"), QStringLiteral("pending"));

        const TestReply done
            = cancel(*jonas, sessionId,
                     { { QStringLiteral("reason"), kReason },
                       { QStringLiteral("message"), QStringLiteral("Bring your notebook next time!") } });
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(u"refunds").toInt(), 2);
        QCOMPARE(done.json.value(u"emails").toInt(), 2);
        QCOMPARE(done.json.value(u"within_minimum_notice").toBool(), false);
        for (const QJsonValue &student : done.json.value(u"session").toObject().value(u"students").toArray())
            QCOMPARE(field(student.toObject(), "enrollment_status"), QStringLiteral("cancelled"));

        // The refunds come back as charge.refunded and reverse both splits.
        bool reversed = false;
        for (int i = 0; i < 200 && !reversed; ++i, QTest::qWait(50)) {
            const QList<QJsonObject> splits = splitsOf();
            reversed = splits.size() == 2
                && std::all_of(splits.cbegin(), splits.cend(),
                               [](const QJsonObject &s) { return field(s, "status") == u"reversed"; });
        }
        QVERIFY2(reversed, "the splits were not reversed");

        // One email to each student, with the reason, the message and a way to book again.
        QList<QJsonObject> emails;
        for (int i = 0; i < 200 && emails.size() < 2; ++i, QTest::qWait(50)) {
            emails.clear();
            for (const QJsonValue &v :
                 sandbox.get(QStringLiteral("/sandbox/resend/test/emails")).json.value(u"data").toArray()) {
                if (field(v.toObject(), "subject").startsWith(u"Cancelled: Python for Data Analysis")
                    && field(v.toObject(), "text").contains(u"Bring your notebook next time!"))
                    emails.append(v.toObject());
            }
        }
        QCOMPARE(emails.size(), 2);
        QStringList recipients;
        for (const QJsonObject &email : emails) {
            recipients << email.value(u"to").toArray().first().toString(); // Resend keeps a list
            const QString text = field(email, "text");
            QVERIFY2(text.contains(kReason) && text.contains(u"Bring your notebook next time!")
                         && text.contains(u"refunded in full") && text.contains(u"/courses/crs_python"),
                     qPrintable(text));
        }
        recipients.sort();
        QCOMPARE(
            recipients,
            (QStringList { QStringLiteral("student1@demo.test"), QStringLiteral("student2@demo.test") }));

        // A second cancel sends nothing more and refunds nothing more.
        QCOMPARE(cancel(*jonas, sessionId, { { QStringLiteral("reason"), kReason } })
                     .json.value(u"refunds")
                     .toInt(),
                 0);
        QTest::qWait(500);
        int count = 0;
        for (const QJsonValue &v :
             sandbox.get(QStringLiteral("/sandbox/resend/test/emails")).json.value(u"data").toArray())
            count += field(v.toObject(), "text").contains(u"Bring your notebook next time!") ? 1 : 0;
        QCOMPARE(count, 2);

        // Gone from the teacher's subscription.
        const QString feed = QUrl(field(jonas->get(QStringLiteral("/api/calendar/feed")).json, "url")).path();
        const TestReply ics = TestHttp(m_server.baseUrl()).get(feed);
        QCOMPARE(ics.status, 200);
        QVERIFY(!ics.body.contains("UID:" + sessionId.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSessionCancel)
#include "tst_session_cancel.moc"
