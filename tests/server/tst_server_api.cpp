// The platform API beyond auth, over real HTTP against a platform-server process with the
// demo world: success, documented errors and authorization across users for each endpoint.
#include "ServerProcess.h"
#include "TestHttp.h"
#include "models/schedule/Offering.h"
#include "models/time/InstantFormat.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace companion::test;
namespace instant = companion::instant;

namespace {
const QString kCreator = QStringLiteral("creator@demo.test");
const QString kSt1 = QStringLiteral("st1@demo.test");
const QString kSt2 = QStringLiteral("st2@demo.test");

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QHash<QString, QString> m_tokens;

    std::unique_ptr<TestHttp> as(const QString &email)
    {
        auto http = std::make_unique<TestHttp>(m_server.baseUrl());
        if (!m_tokens.contains(email)) {
            const TestReply reply
                = http->post(QStringLiteral("/api/auth/login"),
                             { { QStringLiteral("email"), email },
                               { QStringLiteral("password"), QStringLiteral("demo1234") } });
            m_tokens.insert(email, field(reply.json, "access_token"));
        }
        http->setBearer(m_tokens.value(email));
        return http;
    }

    // Follows cursors from `cursor` to the end; returns items by id and the final cursor.
    QString syncAll(TestHttp &http, const QString &path, QHash<QString, QJsonObject> &state,
                    QString cursor = {}, int limit = 7)
    {
        for (int guard = 0; guard < 1000; ++guard) {
            QString url = QStringLiteral("%1?limit=%2").arg(path).arg(limit);
            if (!cursor.isEmpty())
                url += QStringLiteral("&cursor=") + cursor;
            const TestReply page = http.get(url);
            if (page.status != 200)
                return QStringLiteral("HTTP %1").arg(page.status);
            for (const QJsonValue &item : page.json.value(QStringLiteral("items")).toArray())
                state.insert(field(item.toObject(), "id"), item.toObject());
            cursor = field(page.json, "next_cursor");
            if (!page.json.value(QStringLiteral("has_more")).toBool())
                return cursor;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0") }),
                 qPrintable(m_server.errorString()));
    }

    void meHasEmailAndPayoutState()
    {
        const TestReply me = as(kSt2)->get(QStringLiteral("/api/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(field(me.json, "email_status"), QStringLiteral("active"));
        const QJsonObject payouts = me.json.value(QStringLiteral("payouts")).toObject();
        QCOMPARE(payouts.value(QStringLiteral("payouts_enabled")).toBool(), false);
        QVERIFY(!payouts.value(QStringLiteral("requirements_due")).toArray().isEmpty());
        QCOMPARE(as(kCreator)
                     ->get(QStringLiteral("/api/me"))
                     .json.value(QStringLiteral("payouts"))
                     .toObject()
                     .value(QStringLiteral("payouts_enabled"))
                     .toBool(),
                 true);
    }

    void offeringsAreTheTeachersOwn()
    {
        const TestReply reply = as(kSt1)->get(QStringLiteral("/api/offerings"));
        QCOMPARE(reply.status, 200);
        const QJsonArray offerings = reply.json.value(QStringLiteral("offerings")).toArray();
        QCOMPARE(offerings.size(), 2);
        for (const QJsonValue &value : offerings) {
            const QJsonObject o = value.toObject();
            QCOMPARE(field(o, "teacher_id"), QStringLiteral("usr_jonas"));
            QVERIFY(o.value(QStringLiteral("duration_minutes")).toInt() > 0);
            QVERIFY(o.value(QStringLiteral("price_cents")).toInteger() > 0);
            QCOMPARE(field(o, "currency"), QStringLiteral("EUR"));
            for (const char *key : { "slot_interval_minutes", "buffer_before_minutes", "buffer_after_minutes",
                                     "minimum_notice_minutes", "booking_window_days", "max_per_day",
                                     "max_per_week", "seats", "course_id", "course_title" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            // The booking link is the server's own address, this course and this offering.
            QCOMPARE(field(o, "booking_url"),
                     m_server.baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/courses/")
                         + field(o, "course_id") + QStringLiteral("/book/") + field(o, "id"));
            QString error;
            const auto parsed = companion::Offering::fromJson(o, &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->bookingUrl, field(o, "booking_url"));
        }
        QCOMPARE(as(kCreator)
                     ->get(QStringLiteral("/api/offerings"))
                     .json.value(QStringLiteral("offerings"))
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(TestHttp(m_server.baseUrl()).get(QStringLiteral("/api/offerings")).status, 401);
    }

    void availabilityTwoZones()
    {
        const TestReply berlin = as(kSt1)->get(QStringLiteral("/api/availability"));
        QCOMPARE(berlin.status, 200);
        QCOMPARE(field(berlin.json, "time_zone"), QStringLiteral("Europe/Berlin"));
        const TestReply ny = as(kSt2)->get(QStringLiteral("/api/availability"));
        QCOMPARE(field(ny.json, "time_zone"), QStringLiteral("America/New_York"));
        QVERIFY(!ny.json.value(QStringLiteral("weekly")).toArray().isEmpty());
        QCOMPARE(ny.header("ETag"),
                 QByteArray("\"") + QByteArray::number(ny.json.value(QStringLiteral("version")).toInt())
                     + "\"");
    }

    void availabilityIfMatchAndIdempotency()
    {
        auto http = as(kCreator);
        const TestReply current = http->get(QStringLiteral("/api/availability"));
        const int version = current.json.value(QStringLiteral("version")).toInt();
        QJsonObject edit = current.json;
        edit.insert(QStringLiteral("weekly"),
                    QJsonArray { QJsonObject { { QStringLiteral("day"), 1 },
                                               { QStringLiteral("start"), QStringLiteral("08:00") },
                                               { QStringLiteral("end"), QStringLiteral("10:00") } },
                                 QJsonObject { { QStringLiteral("day"), 1 },
                                               { QStringLiteral("start"), QStringLiteral("13:00") },
                                               { QStringLiteral("end"), QStringLiteral("18:00") } } });

        const TestReply missing = http->put(QStringLiteral("/api/availability"), edit);
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.errorCode(), QStringLiteral("precondition_required"));

        const TestReply stale = http->put(QStringLiteral("/api/availability"), edit,
                                          { { "If-Match", "\"" + QByteArray::number(version - 1) + "\"" } });
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.errorCode(), QStringLiteral("version_conflict"));

        const TestHttp::Headers headers { { "If-Match", current.header("ETag") },
                                          { "Idempotency-Key", "avail-edit-1" } };
        const TestReply saved = http->put(QStringLiteral("/api/availability"), edit, headers);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json.value(QStringLiteral("version")).toInt(), version + 1);
        QCOMPARE(saved.json.value(QStringLiteral("weekly")).toArray().size(), 2);
        QCOMPARE(saved.header("ETag"), QByteArray("\"") + QByteArray::number(version + 1) + "\"");

        // Same key, same body: the same response again, not a 412 for the now-stale If-Match.
        const TestReply replay = http->put(QStringLiteral("/api/availability"), edit, headers);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, saved.body);
        QCOMPARE(replay.header("ETag"), saved.header("ETag"));
        QCOMPARE(http->get(QStringLiteral("/api/availability")).json.value(QStringLiteral("version")).toInt(),
                 version + 1);

        // Same key, different body: conflict.
        QJsonObject other = edit;
        other.insert(QStringLiteral("name"), QStringLiteral("Something else"));
        const TestReply conflict = http->put(QStringLiteral("/api/availability"), other, headers);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("idempotency_key_reused"));

        // The same key of another user is that user's own.
        auto st1 = as(kSt1);
        const TestReply st1Current = st1->get(QStringLiteral("/api/availability"));
        QCOMPARE(
            st1->put(QStringLiteral("/api/availability"), st1Current.json,
                     { { "If-Match", st1Current.header("ETag") }, { "Idempotency-Key", "avail-edit-1" } })
                .status,
            200);
    }

    void availabilityValidation()
    {
        auto http = as(kSt2);
        const TestReply current = http->get(QStringLiteral("/api/availability"));
        QJsonObject bad = current.json;
        bad.insert(QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus"));
        const TestReply reply
            = http->put(QStringLiteral("/api/availability"), bad, { { "If-Match", current.header("ETag") } });
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY(!reply.errorFields().isEmpty());
        const TestReply notJson = http->send("PUT", QStringLiteral("/api/availability"), "{",
                                             { { "If-Match", current.header("ETag") } });
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.errorCode(), QStringLiteral("invalid_json"));
    }

    void sessionsAuthorization()
    {
        auto st1 = as(kSt1);
        auto st2 = as(kSt2);
        auto creator = as(kCreator);
        QHash<QString, QJsonObject> st1Sessions, st2Sessions, creatorSessions;
        QVERIFY(!syncAll(*st1, QStringLiteral("/api/sessions"), st1Sessions).startsWith(u"HTTP"));
        QVERIFY(!syncAll(*st2, QStringLiteral("/api/sessions"), st2Sessions).startsWith(u"HTTP"));
        QVERIFY(
            !syncAll(*creator, QStringLiteral("/api/sessions"), creatorSessions, {}, 50).startsWith(u"HTTP"));
        QVERIFY(st1Sessions.size() > 5);
        QVERIFY(st2Sessions.size() > 5);
        for (const QJsonObject &s : std::as_const(st1Sessions)) {
            QCOMPARE(field(s, "teacher_id"), QStringLiteral("usr_jonas"));
            QCOMPARE(field(s, "viewer_role"), QStringLiteral("teacher"));
            QVERIFY(!st2Sessions.contains(field(s, "id")));
        }
        // The creator sees every session of her courses, including those S-Ts teach.
        for (const QString &id : st1Sessions.keys())
            QVERIFY(creatorSessions.contains(id));
        for (const QString &id : st2Sessions.keys())
            QCOMPARE(field(creatorSessions.value(id), "viewer_role"), QStringLiteral("course_creator"));
        // Statuses of the demo world.
        QSet<QString> statuses;
        for (const QJsonObject &s : std::as_const(creatorSessions))
            statuses.insert(field(s, "status"));
        for (const char *status : { "scheduled", "completed", "no_show", "cancelled" })
            QVERIFY2(statuses.contains(QLatin1String(status)), status);

        // Detail: own session yes, another S-T's no (404, indistinguishable from missing).
        const QString st2Session = st2Sessions.keys().first();
        QCOMPARE(st1->get(QStringLiteral("/api/sessions/") + st2Session).status, 404);
        QCOMPARE(st1->get(QStringLiteral("/api/sessions/") + st2Session).errorCode(),
                 QStringLiteral("not_found"));
        QCOMPARE(creator->get(QStringLiteral("/api/sessions/") + st2Session).status, 200);
        QCOMPARE(st1->get(QStringLiteral("/api/sessions/ses_missing")).status, 404);
    }

    // The teacher's and the creator's list items carry who booked (their offline class list):
    // the active ones match booked_seats and the detail's students; a student sees no classmates.
    void sessionListCarriesStudents()
    {
        auto creator = as(kCreator);
        QHash<QString, QJsonObject> sessions;
        QVERIFY(!syncAll(*creator, QStringLiteral("/api/sessions"), sessions, {}, 100).startsWith(u"HTTP"));
        int withStudents = 0;
        QString sample;
        for (const QJsonObject &s : std::as_const(sessions)) {
            QVERIFY2(s.value(QStringLiteral("students")).isArray(), qPrintable(field(s, "id")));
            int active = 0;
            for (const QJsonValue &v : s.value(QStringLiteral("students")).toArray()) {
                const QJsonObject student = v.toObject();
                QVERIFY(!field(student, "name").isEmpty());
                QVERIFY(!field(student, "time_zone").isEmpty());
                QVERIFY(QStringList({ QStringLiteral("paid"), QStringLiteral("partially_refunded"),
                                      QStringLiteral("refunded"), QStringLiteral("none") })
                            .contains(field(student, "payment")));
                active += field(student, "enrollment_status") == u"active" ? 1 : 0;
            }
            if (field(s, "status") != u"cancelled")
                QCOMPARE(active, s.value(QStringLiteral("booked_seats")).toInt());
            if (active > 0) {
                ++withStudents;
                sample = field(s, "id");
            }
        }
        QVERIFY(withStudents > 10);
        // The same people as the detail.
        QStringList listed, detailed;
        for (const QJsonValue &v : sessions.value(sample).value(QStringLiteral("students")).toArray())
            listed << field(v.toObject(), "id");
        for (const QJsonValue &v : creator->get(QStringLiteral("/api/sessions/") + sample)
                                       .json.value(QStringLiteral("students"))
                                       .toArray())
            detailed << field(v.toObject(), "id");
        QCOMPARE(listed, detailed);
        // A student's own view names no classmates.
        auto lena = as(QStringLiteral("student1@demo.test"));
        QHash<QString, QJsonObject> own;
        QVERIFY(!syncAll(*lena, QStringLiteral("/api/sessions"), own).startsWith(u"HTTP"));
        QVERIFY(!own.isEmpty());
        for (const QJsonObject &s : std::as_const(own)) {
            QCOMPARE(field(s, "viewer_role"), QStringLiteral("student"));
            QVERIFY(!s.contains(QStringLiteral("students")));
        }
        // Nor does the detail of a session shared with others: only the student's own booking
        // and attendance (it used to list the whole class, names, zones and payments).
        const QString lenaId = field(lena->get(QStringLiteral("/api/me")).json, "id");
        int shared = 0;
        for (const QJsonObject &s : std::as_const(own)) {
            const int others
                = int(sessions.value(field(s, "id")).value(QStringLiteral("students")).toArray().size());
            const QJsonObject detail = lena->get(QStringLiteral("/api/sessions/") + field(s, "id")).json;
            const QJsonArray students = detail.value(QStringLiteral("students")).toArray();
            QVERIFY2(!students.isEmpty(), qPrintable(field(s, "id")));
            for (const QJsonValue &v : students)
                QCOMPARE(field(v.toObject(), "id"), lenaId);
            for (const QJsonValue &v : detail.value(QStringLiteral("attendance")).toArray())
                QCOMPARE(field(v.toObject(), "user_id"), lenaId);
            shared += others > int(students.size()) ? 1 : 0;
        }
        QVERIFY2(shared > 0, "no group session of student1 with classmates in the demo to check");
    }

    void sessionDetail()
    {
        auto http = as(kCreator);
        QHash<QString, QJsonObject> sessions;
        syncAll(*http, QStringLiteral("/api/sessions"), sessions, {}, 100);
        QString completedWithRecording;
        for (const QJsonObject &s : std::as_const(sessions)) {
            if (field(s, "status") == u"completed" && s.value(QStringLiteral("recording")).isObject()) {
                completedWithRecording = field(s, "id");
                break;
            }
        }
        QVERIFY(!completedWithRecording.isEmpty());
        const TestReply detail = http->get(QStringLiteral("/api/sessions/") + completedWithRecording);
        QCOMPARE(detail.status, 200);
        QCOMPARE(field(detail.json.value(QStringLiteral("course")).toObject(), "creator_id"),
                 QStringLiteral("usr_maya"));
        QVERIFY(!detail.json.value(QStringLiteral("students")).toArray().isEmpty());
        const QJsonArray attendance = detail.json.value(QStringLiteral("attendance")).toArray();
        QVERIFY(attendance.size() >= 2); // the teacher and at least one student
        for (const QJsonValue &row : attendance) {
            QVERIFY(!field(row.toObject(), "joined_at").isEmpty());
            QVERIFY(row.toObject().value(QStringLiteral("duration_seconds")).toInt() > 0);
        }
        const QJsonObject recording = detail.json.value(QStringLiteral("recording")).toObject();
        QCOMPARE(field(recording, "status"), QStringLiteral("available"));
        QVERIFY(field(recording, "url").startsWith(m_server.baseUrl().toString()));
    }

    void pagingErrors()
    {
        auto http = as(kSt1);
        QCOMPARE(http->get(QStringLiteral("/api/sessions?limit=0")).errorCode(),
                 QStringLiteral("validation_failed"));
        QCOMPARE(http->get(QStringLiteral("/api/sessions?limit=501")).status, 400);
        QCOMPARE(http->get(QStringLiteral("/api/sessions?cursor=%%%")).errorCode(),
                 QStringLiteral("invalid_cursor"));
        QCOMPARE(http->get(QStringLiteral("/api/sessions?cursor=bm9wZQ")).errorCode(),
                 QStringLiteral("invalid_cursor"));
        // "v1:999999999" — a cursor from a future the server never reached.
        const QString future = QString::fromLatin1(
            QByteArray("v1:999999999")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const TestReply gone = http->get(QStringLiteral("/api/earnings/splits?cursor=") + future);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.errorCode(), QStringLiteral("cursor_expired"));
        QCOMPARE(TestHttp(m_server.baseUrl()).get(QStringLiteral("/api/sessions")).status, 401);
    }

    void splitsAreOwnOnly()
    {
        for (const QString &email : { kSt1, kSt2, kCreator }) {
            auto http = as(email);
            const QString me = field(http->get(QStringLiteral("/api/me")).json, "id");
            QHash<QString, QJsonObject> splits;
            QVERIFY(
                !syncAll(*http, QStringLiteral("/api/earnings/splits"), splits, {}, 100).startsWith(u"HTTP"));
            QVERIFY(!splits.isEmpty());
            QSet<QString> statuses;
            for (const QJsonObject &split : std::as_const(splits)) {
                QCOMPARE(field(split, "recipient_id"), me);
                QVERIFY(split.value(QStringLiteral("amount_cents")).toInteger() > 0);
                statuses.insert(field(split, "status"));
            }
            if (email == kCreator) {
                for (const char *status : { "pending", "transferred", "paid", "reversed" })
                    QVERIFY2(statuses.contains(QLatin1String(status)), status);
            }
        }
    }

    void earningsSummary()
    {
        auto http = as(kSt1);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString range
            = QStringLiteral("from=%1&to=%2")
                  .arg(today.addDays(-120).toString(Qt::ISODate), today.addDays(60).toString(Qt::ISODate));
        qint64 totals[3] = {};
        int i = 0;
        for (const char *groupBy : { "course", "month", "status" }) {
            const TestReply reply = http->get(
                QStringLiteral("/api/earnings/summary?%1&group_by=%2").arg(range, QLatin1String(groupBy)));
            QCOMPARE(reply.status, 200);
            QCOMPARE(field(reply.json, "group_by"), QLatin1String(groupBy));
            QVERIFY(!reply.json.value(QStringLiteral("groups")).toArray().isEmpty());
            totals[i++] = reply.json.value(QStringLiteral("totals"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("amount_cents"))
                              .toInteger();
        }
        QVERIFY(totals[0] > 0);
        QCOMPARE(totals[0], totals[1]);
        QCOMPARE(totals[1], totals[2]);
        const TestReply bad
            = http->get(QStringLiteral("/api/earnings/summary?from=2025-13-01&to=x&group_by=year"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorFields().keys(),
                 (QStringList { QStringLiteral("from"), QStringLiteral("group_by"), QStringLiteral("to") }));
    }

    void slotsFromTheSharedEngine()
    {
        auto http = as(kCreator);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString query
            = QStringLiteral(
                  "/api/slots?teacher_id=usr_priya&offering_id=off_priya_python&from=%1&to=%2&tz=Europe/"
                  "Berlin")
                  .arg(today.addDays(2).toString(Qt::ISODate), today.addDays(9).toString(Qt::ISODate));
        const TestReply reply = http->get(query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(field(reply.json, "schedule_time_zone"), QStringLiteral("America/New_York"));
        QVERIFY(!reply.json.value(QStringLiteral("slots")).toArray().isEmpty());
        const TestReply badZone
            = http->get(QStringLiteral("/api/"
                                       "slots?teacher_id=usr_priya&offering_id=off_priya_python&from=2025-01-"
                                       "01&to=2025-01-02&tz=Nowhere/City"));
        QCOMPARE(badZone.status, 400);
        QVERIFY(badZone.errorFields().contains(QStringLiteral("tz")));
        QCOMPARE(
            http
                ->get(QStringLiteral(
                    "/api/"
                    "slots?teacher_id=usr_priya&offering_id=off_jonas_python&from=2025-01-01&to=2025-01-02"))
                .status,
            404);
    }

    void millisecondsRoundTrip()
    {
        // A session created with a fractional start keeps its milliseconds through the store
        // (fixed-width text), the session API and the slot engine's busy check.
        auto teacher = as(kSt2); // usr_priya
        const QDate first = QDate::currentDate().addDays(20);
        const QString query = QStringLiteral("/api/slots?teacher_id=usr_priya&offering_id=off_priya_python"
                                             "&from=%1&to=%2&tz=UTC")
                                  .arg(first.toString(Qt::ISODate), first.addDays(6).toString(Qt::ISODate));
        const TestReply before = teacher->get(query);
        QCOMPARE(before.status, 200);
        // Free slots that are not a seat of an existing session.
        QList<QJsonObject> offered;
        for (const QJsonValue &value : before.json.value(QStringLiteral("slots")).toArray()) {
            if (value.toObject().value(QStringLiteral("session_id")).isUndefined())
                offered << value.toObject();
        }
        QVERIFY(offered.size() >= 2);
        const QJsonObject slot = offered.at(0);
        const QString slotStart = field(slot, "start");
        QVERIFY(!slotStart.contains(QLatin1Char('.'))); // whole-second texts stay as they were
        const qint64 startMs = *instant::parseMs(slotStart);
        const qint64 durationMs = *instant::parseMs(field(slot, "end")) - startMs;

        // Half a second after the slot's start: not the slot's own session (open seats match
        // by exact start), so it blocks the slot; the client sends toISOString() text.
        TestHttp hooks(m_server.baseUrl());
        const QString fractional = instant::toStorageStringMs(startMs + 500); // as toISOString()
        QVERIFY(fractional.endsWith(QLatin1String(".500Z")));
        const TestReply created
            = hooks.post(QStringLiteral("/api/_test/sessions"),
                         { { QStringLiteral("offering_id"), QStringLiteral("off_priya_python") },
                           { QStringLiteral("start"), fractional } });
        QCOMPARE(created.status, 201);
        const QString id = field(created.json, "id");
        const TestReply detail = teacher->get(QStringLiteral("/api/sessions/") + id);
        QCOMPARE(detail.status, 200);
        QCOMPARE(field(detail.json, "start"), instant::toUtcStringMs(startMs + 500));
        QCOMPARE(field(detail.json, "end"), instant::toUtcStringMs(startMs + 500 + durationMs));
        QVERIFY(field(detail.json, "start").endsWith(QLatin1String(".500Z")));

        const TestReply after = teacher->get(query);
        QCOMPARE(after.status, 200);
        QStringList starts;
        for (const QJsonValue &value : after.json.value(QStringLiteral("slots")).toArray())
            starts << field(value.toObject(), "start");
        QVERIFY2(!starts.contains(slotStart), qPrintable(slotStart));

        // Rescheduled to end half a second after the next slot starts (and begin well before
        // it): that slot is blocked as well, by 500 ms.
        const QString nextStart = field(offered.last(), "start");
        const qint64 nextMs = *instant::parseMs(nextStart);
        const TestReply moved
            = hooks.post(QStringLiteral("/api/_test/sessions/%1/reschedule").arg(id),
                         { { QStringLiteral("start"), instant::toUtcStringMs(nextMs - durationMs + 500) },
                           { QStringLiteral("end"), instant::toUtcStringMs(nextMs + 500) } });
        QVERIFY2(moved.status == 200 || moved.status == 204, qPrintable(QString::number(moved.status)));
        QCOMPARE(field(teacher->get(QStringLiteral("/api/sessions/") + id).json, "end"),
                 instant::toUtcStringMs(nextMs + 500));
        starts.clear();
        for (const QJsonValue &value : teacher->get(query).json.value(QStringLiteral("slots")).toArray())
            starts << field(value.toObject(), "start");
        QVERIFY2(!starts.contains(nextStart), qPrintable(nextStart));
    }

    void videoRoomAndJoin()
    {
        auto st1 = as(kSt1);
        auto st2 = as(kSt2);
        QHash<QString, QJsonObject> sessions;
        syncAll(*st1, QStringLiteral("/api/sessions"), sessions, {}, 100);
        QString future, cancelled;
        for (const QJsonObject &s : std::as_const(sessions)) {
            const QDateTime start = QDateTime::fromString(field(s, "start"), Qt::ISODate);
            if (field(s, "status") == u"scheduled" && start > QDateTime::currentDateTimeUtc().addSecs(3600))
                future = field(s, "id");
            if (field(s, "status") == u"cancelled")
                cancelled = field(s, "id");
        }
        QVERIFY(!future.isEmpty());
        const TestReply room
            = st1->post(QStringLiteral("/api/video/room"), { { QStringLiteral("session_id"), future } });
        QCOMPARE(room.status, 201);
        QVERIFY(!field(room.json, "room_id").isEmpty());
        QCOMPARE(
            st1->post(QStringLiteral("/api/video/room"), { { QStringLiteral("session_id"), future } }).status,
            200);
        QCOMPARE(
            st2->post(QStringLiteral("/api/video/room"), { { QStringLiteral("session_id"), future } }).status,
            404);
        QCOMPARE(st1->post(QStringLiteral("/api/video/room"), {}).errorCode(),
                 QStringLiteral("validation_failed"));
        QCOMPARE(st1->post(QStringLiteral("/api/video/join"), { { QStringLiteral("session_id"), future } })
                     .errorCode(),
                 QStringLiteral("too_early"));
        if (!cancelled.isEmpty())
            QCOMPARE(
                st1->post(QStringLiteral("/api/video/join"), { { QStringLiteral("session_id"), cancelled } })
                    .errorCode(),
                QStringLiteral("session_cancelled"));

        // A session starting in 5 minutes can be joined.
        TestHttp hooks(m_server.baseUrl());
        const QString start = QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODate);
        const TestReply created
            = hooks.post(QStringLiteral("/api/_test/sessions"),
                         { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                           { QStringLiteral("start"), start } });
        QCOMPARE(created.status, 201);
        const TestReply join = st1->post(QStringLiteral("/api/video/join"),
                                         { { QStringLiteral("session_id"), field(created.json, "id") } });
        QCOMPARE(join.status, 200);
        // The sandbox client is served on "localhost", as the real one needs for plain http.
        QUrl expected = m_server.baseUrl();
        expected.setHost(QStringLiteral("localhost"));
        QVERIFY(field(join.json, "join_url").startsWith(expected.toString()));
        QCOMPARE(QUrl(field(join.json, "logout_url")).path(), QStringLiteral("/video/ended"));
        QCOMPARE(QUrl(field(join.json, "logout_url")).host(), m_server.baseUrl().host());
        QCOMPARE(field(join.json, "token").count(QLatin1Char('.')), 2); // a JWT
        QCOMPARE(join.json.value(QStringLiteral("is_moderator")).toBool(), true);
        QCOMPARE(TestHttp(QUrl(field(join.json, "join_url"))).get(field(join.json, "join_url")).status, 200);
    }

    void payoutsOnboarding()
    {
        auto st2 = as(kSt2);
        const TestReply status = st2->get(QStringLiteral("/api/payments/connect/status"));
        QCOMPARE(status.status, 200);
        QCOMPARE(field(status.json, "account_status"), QStringLiteral("restricted"));
        QCOMPARE(status.json.value(QStringLiteral("payouts_enabled")).toBool(), false);
        QVERIFY(status.json.value(QStringLiteral("requirements_due"))
                    .toArray()
                    .contains(QStringLiteral("external_account")));
        const TestReply onboard
            = st2->post(QStringLiteral("/api/payments/connect/onboard"),
                        { { QStringLiteral("return_url"), QStringLiteral("companion://payouts/return") } });
        QCOMPARE(onboard.status, 200);
        QVERIFY(field(onboard.json, "url").contains(QStringLiteral("/sandbox/stripe/onboarding/")));
        // Completing the sandbox Stripe form sends us back to return_url; the account is
        // enabled when the signed account.updated webhook arrives (asynchronously).
        TestHttp browser(m_server.baseUrl());
        const QUrl link(field(onboard.json, "url"));
        const TestReply page = browser.get(link.path() + QStringLiteral("/complete"));
        QCOMPARE(page.status, 302);
        QCOMPARE(page.header("Location"), QByteArray("companion://payouts/return"));
        TestReply after;
        for (int i = 0; i < 100; ++i) {
            after = st2->get(QStringLiteral("/api/payments/connect/status"));
            if (after.json.value(QStringLiteral("payouts_enabled")).toBool())
                break;
            QTest::qWait(50);
        }
        QCOMPARE(after.json.value(QStringLiteral("payouts_enabled")).toBool(), true);
        QCOMPARE(field(after.json, "state"), QStringLiteral("enabled"));
        QVERIFY(after.json.value(QStringLiteral("requirements_due")).toArray().isEmpty());
        const TestReply login = st2->post(QStringLiteral("/api/payments/connect/login-link"));
        QCOMPARE(login.status, 200);
        QVERIFY(!field(login.json, "url").isEmpty());
    }

    void streamTokenAndCalendarFeed()
    {
        auto http = as(kSt1);
        const TestReply token = http->post(QStringLiteral("/api/stream/token"));
        QCOMPARE(token.status, 200);
        QCOMPARE(field(token.json, "user_id"), QStringLiteral("usr_jonas"));
        QCOMPARE(field(token.json, "token").count(QLatin1Char('.')), 2);

        const TestReply feed = http->get(QStringLiteral("/api/calendar/feed"));
        QCOMPARE(feed.status, 200);
        QVERIFY(field(feed.json, "webcal_url").startsWith(u"webcal://"));
        QCOMPARE(http->get(QStringLiteral("/api/calendar/feed")).body, feed.body); // stable until rotated
        TestHttp anonymous(m_server.baseUrl());
        const TestReply ics = anonymous.get(QUrl(field(feed.json, "url")).path());
        QCOMPARE(ics.status, 200);
        QVERIFY(ics.header("Content-Type").startsWith("text/calendar"));
        QVERIFY(ics.body.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.body.contains("BEGIN:VEVENT"));
        const TestReply rotated = http->post(QStringLiteral("/api/calendar/feed/rotate"));
        QCOMPARE(rotated.status, 200);
        QVERIFY(field(rotated.json, "url") != field(feed.json, "url"));
        QCOMPARE(anonymous.get(QUrl(field(feed.json, "url")).path()).status, 404);
        QCOMPARE(anonymous.get(QUrl(field(rotated.json, "url")).path()).status, 200);
    }

    // Delta sync property: random inserts, reschedules, cancellations and deletions,
    // interleaved with paging; a client that follows the cursors ends with exactly the
    // server's state, and a poll without changes returns no items.
    void deltaSyncConverges()
    {
        auto creator = as(kCreator);
        TestHttp hooks(m_server.baseUrl());
        QRandomGenerator rng(7);
        QHash<QString, QJsonObject> client;
        QString cursor = syncAll(*creator, QStringLiteral("/api/sessions"), client, {}, 13);
        QStringList created;
        const QStringList offerings { QStringLiteral("off_maya_spanish"), QStringLiteral("off_jonas_python"),
                                      QStringLiteral("off_priya_watercolour") };
        for (int round = 0; round < 12; ++round) {
            for (int op = 0; op < 6; ++op) {
                const int kind = created.isEmpty() ? 0 : rng.bounded(4);
                if (kind == 0) {
                    const QString start = QDateTime::currentDateTimeUtc()
                                              .addDays(3 + rng.bounded(20))
                                              .addSecs(3600 * rng.bounded(10))
                                              .toString(Qt::ISODate);
                    const TestReply r
                        = hooks.post(QStringLiteral("/api/_test/sessions"),
                                     { { QStringLiteral("offering_id"), offerings.at(rng.bounded(3)) },
                                       { QStringLiteral("start"), start } });
                    QCOMPARE(r.status, 201);
                    created << field(r.json, "id");
                } else {
                    const QString id = created.at(rng.bounded(int(created.size())));
                    const QString action = kind == 1 ? QStringLiteral("reschedule")
                        : kind == 2                  ? QStringLiteral("cancel")
                                                     : QStringLiteral("delete");
                    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1 + rng.bounded(20));
                    const TestReply r = hooks.post(
                        QStringLiteral("/api/_test/sessions/%1/%2").arg(id, action),
                        { { QStringLiteral("start"), start.toString(Qt::ISODate) },
                          { QStringLiteral("end"), start.addSecs(3600).toString(Qt::ISODate) } });
                    QCOMPARE(r.status, 204);
                }
                // Sometimes read one page in the middle of the changes.
                if (rng.bounded(3) == 0) {
                    const TestReply page
                        = creator->get(QStringLiteral("/api/sessions?limit=3&cursor=") + cursor);
                    QCOMPARE(page.status, 200);
                    for (const QJsonValue &item : page.json.value(QStringLiteral("items")).toArray())
                        client.insert(field(item.toObject(), "id"), item.toObject());
                    cursor = field(page.json, "next_cursor");
                }
            }
        }
        cursor = syncAll(*creator, QStringLiteral("/api/sessions"), client, cursor, 5);
        QVERIFY(!cursor.startsWith(u"HTTP"));

        QHash<QString, QJsonObject> server;
        syncAll(*creator, QStringLiteral("/api/sessions"), server, {}, 200);
        QCOMPARE(client.size(), server.size());
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            QVERIFY2(client.value(it.key()) == it.value(), qPrintable(it.key()));
        int deleted = 0;
        for (const QJsonObject &s : std::as_const(server))
            deleted += s.value(QStringLiteral("deleted")).toBool() ? 1 : 0;
        QVERIFY(deleted > 0);

        const TestReply idle = creator->get(QStringLiteral("/api/sessions?cursor=") + cursor);
        QCOMPARE(idle.status, 200);
        QVERIFY(idle.json.value(QStringLiteral("items")).toArray().isEmpty());
        QCOMPARE(idle.json.value(QStringLiteral("has_more")).toBool(), false);
    }

    void cursorsSurviveRestart()
    {
        auto st1 = as(kSt1);
        QHash<QString, QJsonObject> state;
        const QString cursor = syncAll(*st1, QStringLiteral("/api/sessions"), state);
        QVERIFY(m_server.stop());
        QVERIFY2(m_server.start({ QStringLiteral("--enable-test-hooks") }),
                 qPrintable(m_server.errorString()));
        TestHttp http(m_server.baseUrl());
        http.setBearer(m_tokens.value(kSt1)); // tokens live in the database too
        const TestReply idle = http.get(QStringLiteral("/api/sessions?cursor=") + cursor);
        QCOMPARE(idle.status, 200);
        QVERIFY(idle.json.value(QStringLiteral("items")).toArray().isEmpty());
        TestHttp hooks(m_server.baseUrl());
        const TestReply created
            = hooks.post(QStringLiteral("/api/_test/sessions"),
                         { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                           { QStringLiteral("start"),
                             QDateTime::currentDateTimeUtc().addDays(4).toString(Qt::ISODate) } });
        const TestReply next = http.get(QStringLiteral("/api/sessions?cursor=") + cursor);
        QCOMPARE(next.json.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(field(next.json.value(QStringLiteral("items")).toArray().at(0).toObject(), "id"),
                 field(created.json, "id"));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
