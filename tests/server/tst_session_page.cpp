// The session delta page is written as text straight from the rows (SessionStore::changesFor).
// It must be byte for byte what the QJsonObject path wrote for the same data: each item is
// what rowToJson gives (seen through SessionStore::detail, which still builds it) plus the
// students, and the page is in QJsonDocument::toJson(Compact)'s canonical form.
#include "server/store/ChangeLog.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace companion::server;
using namespace Qt::StringLiterals;

namespace {

// Names that need every kind of escape, and some that need none but are not ASCII.
const QString kTeacherName = u"Zoë \"Zed\" Ünal \\ tab\t nl\n"_s + QChar(0x01) + u" del"_s + QChar(0x7f);
const QString kCreatorName = u"Maya 🎓 Schröder"_s;
const QString kCourseTitle = u"Kurs für Ärzte / \"Grundlagen\" \u2028 €"_s;
const QString kReason = u"Krank – sorry\r\n\"später\""_s;

} // namespace

class TstSessionPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pageIsWhatTheJsonObjectPathWrites_data();
    void pageIsWhatTheJsonObjectPathWrites();
    void smallPagesSpliceTheSameItems();
    void variantsCarryTheirValues();
    void hasChangesForAgreesWithThePage();

private:
    void exec(const QString &sql, const QVariantList &values = {});
    QJsonArray fullPage(const QString &userId, QByteArray *text = nullptr);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ChangeLog> m_changes;
    std::unique_ptr<SessionStore> m_store;
};

void TstSessionPage::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_db.query();
    QVERIFY2(m_db.exec(q, sql, values), qPrintable(sql));
}

void TstSessionPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_db.open(m_dir.path(), &error), qPrintable(error));
    m_changes = std::make_unique<ChangeLog>(m_db);
    m_store = std::make_unique<SessionStore>(m_db, *m_changes);
    m_store->setBaseUrl(QUrl(u"http://127.0.0.1:8080/"_s));

    const QString at = u"2026-01-01T00:00:00Z"_s;
    const auto user = [&](const QString &id, const QString &name, const QString &zone) {
        exec(
            u"INSERT INTO users (id, email, name, time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { id, id + u"@test.invalid"_s, name, zone, at, at });
    };
    user(u"usr_teacher"_s, kTeacherName, u"Europe/Berlin"_s);
    user(u"usr_creator"_s, kCreatorName, u"America/New_York"_s);
    user(u"usr_emile"_s, u"Émile"_s, u"Europe/Paris"_s);
    user(u"usr_asa"_s, u"Åsa\ttab"_s, u"Europe/Stockholm"_s);
    user(u"usr_ctl"_s, u"a"_s + QChar(0x1f) + u"b"_s, u"UTC"_s);
    user(u"usr_stranger"_s, u"Nobody"_s, u"UTC"_s);
    // UTF-16 puts U+1D400 (a surrogate pair) before U+FF21; UTF-8, and so SQLite, after it.
    user(u"usr_fullwidth"_s, QString(QChar(0xff21)), u"Asia/Tokyo"_s);
    user(u"usr_math"_s, QString::fromUcs4(U"\U0001D400"), u"UTC"_s);
    user(u"usr_jo"_s, u"Jo"_s, u"UTC"_s);
    user(u"usr_jonas"_s, u"Jonas"_s, u"UTC"_s);
    exec(u"INSERT INTO courses (id, creator_id, title, created_at) VALUES ('crs_1', 'usr_creator', ?, ?)"_s,
         { kCourseTitle, at });
    exec(u"INSERT INTO offerings (id, course_id, teacher_id, title, duration_minutes, price_cents, currency) "
         "VALUES ('off_1', 'crs_1', 'usr_teacher', 'One', 60, 4500, 'EUR')"_s);
    exec(u"INSERT INTO offerings (id, course_id, teacher_id, title, duration_minutes, price_cents, currency) "
         "VALUES ('off_2', 'crs_1', 'usr_creator', 'Two', 45, 12345678901, 'USD')"_s);

    const qint64 base = 1767225600000; // 2026-01-01T00:00:00Z
    const auto session
        = [&](const QString &id, const QString &offering, const QString &teacher, qint64 startMs, int seats) {
              NewSession s;
              s.id = id;
              s.courseId = u"crs_1"_s;
              s.offeringId = offering;
              s.teacherId = teacher;
              s.startMs = startMs;
              s.endMs = startMs + 3600 * 1000 + 250; // a fraction the wire form keeps
              s.seats = seats;
              s.bufferBeforeMinutes = 5;
              s.bufferAfterMinutes = 10;
              QVERIFY(m_store->insert(s));
          };
    session(u"ses_students"_s, u"off_1"_s, u"usr_teacher"_s, base, 4);
    session(u"ses_cancelled"_s, u"off_1"_s, u"usr_teacher"_s, base + 86400000, 1);
    session(u"ses_rec_pending"_s, u"off_1"_s, u"usr_teacher"_s, base + 2 * 86400000, 1);
    session(u"ses_rec_ready"_s, u"off_1"_s, u"usr_teacher"_s, base + 3 * 86400000, 1);
    session(u"ses_deleted"_s, u"off_1"_s, u"usr_teacher"_s, base + 4 * 86400000, 1);
    session(u"ses_creator"_s, u"off_2"_s, u"usr_creator"_s, base + 5 * 86400000, 2);
    session(u"ses_empty"_s, u"off_1"_s, u"usr_teacher"_s, base + 6 * 86400000, 3);

    // ses_students: paid, refunded, partially refunded and charge-less bookings, one cancelled,
    // two of one student (same name: ordered by enrollment id).
    const auto enroll = [&](const QString &id, const QString &student, const QString &sessionId,
                            const QString &status, const QString &payment) {
        exec(u"INSERT INTO enrollments (id, course_id, student_id, session_id, status, created_at) VALUES "
             "(?, 'crs_1', ?, ?, ?, ?)"_s,
             { id, student, sessionId, status, at });
        if (!payment.isEmpty())
            exec(u"INSERT INTO transactions (id, enrollment_id, student_id, amount_cents, currency, status, "
                 "created_at) VALUES (?, ?, ?, 4500, 'EUR', ?, ?)"_s,
                 { u"txn_"_s + id, id, student, payment, at });
    };
    enroll(u"enr_2"_s, u"usr_emile"_s, u"ses_students"_s, u"active"_s, u"succeeded"_s);
    enroll(u"enr_1"_s, u"usr_emile"_s, u"ses_students"_s, u"cancelled"_s, u"refunded"_s);
    enroll(u"enr_3"_s, u"usr_asa"_s, u"ses_students"_s, u"active"_s, u"partially_refunded"_s);
    enroll(u"enr_4"_s, u"usr_ctl"_s, u"ses_students"_s, u"active"_s, QString());
    enroll(u"enr_5"_s, u"usr_asa"_s, u"ses_creator"_s, u"active"_s, u"succeeded"_s);
    enroll(u"enr_9"_s, u"usr_math"_s, u"ses_rec_pending"_s, u"active"_s, u"succeeded"_s);
    enroll(u"enr_8"_s, u"usr_fullwidth"_s, u"ses_rec_pending"_s, u"active"_s, u"succeeded"_s);
    enroll(u"enr_7"_s, u"usr_jonas"_s, u"ses_rec_pending"_s, u"active"_s, u"succeeded"_s);
    enroll(u"enr_6"_s, u"usr_jo"_s, u"ses_rec_pending"_s, u"active"_s, u"succeeded"_s);
    QVERIFY(m_store->touch(u"ses_students"_s));

    QVERIFY(m_store->cancel(u"ses_cancelled"_s, kReason));
    QVERIFY(m_store->seedRecording(u"ses_rec_pending"_s, u"processing"_s));
    QVERIFY(m_store->touch(u"ses_rec_pending"_s));
    QVERIFY(m_store->seedRecording(u"ses_rec_ready"_s, u"available"_s, u"/recordings/r1.mp4"_s, 3725));
    QVERIFY(m_store->setRoom(u"ses_rec_ready"_s, u"room_ses_rec_ready"_s, u"sid_1"_s));
    QVERIFY(m_store->markDeleted(u"ses_deleted"_s));
}

QJsonArray TstSessionPage::fullPage(const QString &userId, QByteArray *text)
{
    const SessionStore::Page page = m_store->changesFor(userId, 0, 500);
    if (text)
        *text = page.items;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(page.items, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array();
}

void TstSessionPage::pageIsWhatTheJsonObjectPathWrites_data()
{
    QTest::addColumn<QString>("viewer");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("items");
    QTest::newRow("teacher") << u"usr_teacher"_s << u"teacher"_s << 6;
    QTest::newRow("course creator") << u"usr_creator"_s << u"course_creator"_s << 7;
    QTest::newRow("student") << u"usr_asa"_s << u"student"_s << 2;
    QTest::newRow("another student") << u"usr_math"_s << u"student"_s << 1;
}

void TstSessionPage::pageIsWhatTheJsonObjectPathWrites()
{
    QFETCH(QString, viewer);
    QFETCH(QString, role);
    QFETCH(int, items);
    QByteArray text;
    const QJsonArray page = fullPage(viewer, &text);
    QCOMPARE(page.size(), items);
    // Canonical: what QJsonDocument writes for the parsed values, byte for byte.
    QCOMPARE(text, QJsonDocument(page).toJson(QJsonDocument::Compact));

    int deleted = 0;
    for (const QJsonValue &value : page) {
        QJsonObject item = value.toObject();
        const QString id = item.value(u"id"_s).toString();
        if (item.value(u"deleted"_s).toBool()) {
            ++deleted;
            QSqlQuery q = m_db.query();
            QVERIFY(m_db.exec(q, u"SELECT updated_at FROM sessions WHERE id = ?"_s, { id }) && q.next());
            QCOMPARE(item,
                     (QJsonObject { { u"deleted"_s, true },
                                    { u"id"_s, id },
                                    { u"updated_at"_s, q.value(0).toString() } }));
            continue;
        }
        const std::optional<QJsonObject> detail = m_store->detail(viewer, id);
        QVERIFY2(detail, qPrintable(id));
        QJsonObject expected = *detail; // rowToJson's object plus the detail's own keys
        expected.remove(u"course"_s);
        expected.remove(u"attendance"_s);
        const QJsonArray detailStudents = expected.take(u"students"_s).toArray();
        const QString itemRole = item.value(u"viewer_role"_s).toString();
        if (itemRole == u"student") {
            QVERIFY2(!item.contains(u"students"_s), qPrintable(id)); // no classmates
        } else {
            QJsonArray students;
            for (const QJsonValue &s : detailStudents) {
                const QJsonObject o = s.toObject();
                students.append(QJsonObject { { u"id"_s, o.value(u"id"_s) },
                                              { u"name"_s, o.value(u"name"_s) },
                                              { u"time_zone"_s, o.value(u"time_zone"_s) },
                                              { u"enrollment_status"_s, o.value(u"enrollment_status"_s) },
                                              { u"payment"_s, o.value(u"payment"_s) } });
            }
            expected.insert(u"students"_s, students);
        }
        QCOMPARE(item, expected);
        // And the item's own text is what QJsonDocument writes for rowToJson's object.
        QVERIFY2(text.contains(QJsonDocument(expected).toJson(QJsonDocument::Compact)), qPrintable(id));
        if (id != u"ses_creator")
            QCOMPARE(itemRole, role);
    }
    QCOMPARE(deleted, role == u"student" ? 0 : 1);
}

void TstSessionPage::smallPagesSpliceTheSameItems()
{
    QJsonArray paged;
    qint64 since = 0;
    int pages = 0;
    for (;;) {
        const SessionStore::Page page = m_store->changesFor(u"usr_creator"_s, since, 2);
        const QJsonDocument doc = QJsonDocument::fromJson(page.items);
        QVERIFY(doc.isArray());
        QCOMPARE(page.items, doc.toJson(QJsonDocument::Compact));
        QCOMPARE(doc.array().size(), page.count);
        for (const QJsonValue &item : doc.array())
            paged.append(item);
        ++pages;
        if (!page.hasMore)
            break;
        QCOMPARE(page.count, 2);
        since = page.lastSeq;
    }
    QCOMPARE(pages, 4);
    QCOMPARE(paged, fullPage(u"usr_creator"_s));
}

void TstSessionPage::variantsCarryTheirValues()
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &item : fullPage(u"usr_teacher"_s))
        byId.insert(item[u"id"_s].toString(), item.toObject());

    const QJsonObject students = byId.value(u"ses_students"_s);
    QCOMPARE(students[u"teacher_name"_s].toString(), kTeacherName);
    QCOMPARE(students[u"course_title"_s].toString(), kCourseTitle);
    QCOMPARE(students[u"booked_seats"_s].toInt(), 3);
    QCOMPARE(students[u"recording"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(students[u"room_id"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(students[u"start"_s].toString(), u"2026-01-01T00:00:00Z"_s);
    QCOMPARE(students[u"end"_s].toString(), u"2026-01-01T01:00:00.250Z"_s);
    QCOMPARE(students[u"price_cents"_s].toInteger(), 4500);
    const QJsonArray list = students[u"students"_s].toArray();
    QCOMPARE(list.size(), 4);
    // By name in SQLite's byte order of UTF-8 ("a\x1fb", "Åsa", "Émile"), then enrollment id.
    QStringList order;
    for (const QJsonValue &s : list)
        order << s[u"name"_s].toString() + u'/' + s[u"enrollment_status"_s].toString() + u'/'
                + s[u"payment"_s].toString();
    QCOMPARE(
        order,
        (QStringList { u"a"_s + QChar(0x1f) + u"b/active/none"_s, u"Åsa\ttab/active/partially_refunded"_s,
                       u"Émile/cancelled/refunded"_s, u"Émile/active/paid"_s }));

    // A prefix first, and the UTF-8 byte order rather than UTF-16's.
    QStringList names;
    for (const QJsonValue &s : byId.value(u"ses_rec_pending"_s)[u"students"_s].toArray())
        names << s[u"name"_s].toString();
    QCOMPARE(names,
             (QStringList { u"Jo"_s, u"Jonas"_s, QString(QChar(0xff21)), QString::fromUcs4(U"\U0001D400") }));

    QCOMPARE(byId.value(u"ses_cancelled"_s)[u"status"_s].toString(), u"cancelled"_s);
    QCOMPARE(byId.value(u"ses_cancelled"_s)[u"cancel_reason"_s].toString(), kReason);
    QVERIFY(byId.value(u"ses_cancelled"_s)[u"cancelled_at"_s].isString());
    QCOMPARE(byId.value(u"ses_rec_pending"_s)[u"recording"_s].toObject(),
             (QJsonObject { { u"status"_s, u"processing"_s },
                            { u"url"_s, QJsonValue::Null },
                            { u"duration_seconds"_s, QJsonValue::Null } }));
    QCOMPARE(byId.value(u"ses_rec_ready"_s)[u"recording"_s].toObject(),
             (QJsonObject { { u"status"_s, u"available"_s },
                            { u"url"_s, u"http://127.0.0.1:8080/recordings/r1.mp4"_s },
                            { u"duration_seconds"_s, 3725 } }));
    QCOMPARE(byId.value(u"ses_rec_ready"_s)[u"room_id"_s].toString(), u"room_ses_rec_ready"_s);
    QCOMPARE(byId.value(u"ses_empty"_s)[u"students"_s], QJsonValue(QJsonArray()));
    QCOMPARE(byId.value(u"ses_deleted"_s).keys(), (QStringList { u"deleted"_s, u"id"_s, u"updated_at"_s }));

    // The creator's own session, and a price beyond 32 bits.
    QJsonObject mine;
    for (const QJsonValue &item : fullPage(u"usr_creator"_s))
        if (item[u"id"_s].toString() == u"ses_creator")
            mine = item.toObject();
    QCOMPARE(mine[u"viewer_role"_s].toString(), u"teacher"_s);
    QCOMPARE(mine[u"price_cents"_s].toInteger(), 12345678901LL);
    QCOMPARE(mine[u"students"_s].toArray().size(), 1);

    // A student sees their session without its classmates.
    for (const QJsonValue &item : fullPage(u"usr_emile"_s)) {
        QCOMPARE(item[u"viewer_role"_s].toString(), u"student"_s);
        QVERIFY(!item.toObject().contains(u"students"_s));
    }
    QCOMPARE(fullPage(u"usr_stranger"_s), QJsonArray());
}

void TstSessionPage::hasChangesForAgreesWithThePage()
{
    for (const QString &viewer : { u"usr_teacher"_s, u"usr_creator"_s, u"usr_asa"_s, u"usr_stranger"_s }) {
        const SessionStore::Page all = m_store->changesFor(viewer, 0, 500);
        QCOMPARE(m_store->hasChangesFor(viewer, 0), all.count > 0);
        QVERIFY(!m_store->hasChangesFor(viewer, m_changes->lastSeq()));
        if (all.count > 1) {
            const SessionStore::Page first = m_store->changesFor(viewer, 0, 1);
            QVERIFY(first.hasMore);
            QVERIFY(m_store->hasChangesFor(viewer, first.lastSeq));
        }
    }
    QCOMPARE(m_store->changesFor(u"usr_stranger"_s, 0, 500).items, QByteArray("[]"));
}

QTEST_GUILESS_MAIN(TstSessionPage)
#include "tst_session_page.moc"
