// "Thursday at 18:00 (in 2 days)": days counted in the viewer's zone, not in UTC or by 24 h.
#include "models/Session.h"
#include "models/money/TeachingShare.h"
#include "models/time/RelativeWhen.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace companion;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class TestRelativeWhen : public QObject
{
    Q_OBJECT
    QTranslator m_english;
private Q_SLOTS:
    // English plural forms come from the app's English catalogue, as in the app.
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_english.load(QStringLiteral(COMPANION_BINARY_DIR "/app/companion_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void words_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        // Tuesday 1 Dec 2026, 22:00 in Berlin.
        QTest::newRow("later today") << "2026-12-01T21:00:00Z"
                                     << "2026-12-01T22:30:00Z"
                                     << "Europe/Berlin"
                                     << "Today at 23:30";
        // 30 minutes later but after midnight in Berlin: tomorrow, although 1.5 h away.
        QTest::newRow("after midnight") << "2026-12-01T21:00:00Z"
                                        << "2026-12-01T23:30:00Z"
                                        << "Europe/Berlin"
                                        << "Tomorrow at 00:30";
        // The same instants in New York are still the same day.
        QTest::newRow("same instant, other zone") << "2026-12-01T21:00:00Z"
                                                  << "2026-12-01T23:30:00Z"
                                                  << "America/New_York"
                                                  << "Today at 18:30";
        QTest::newRow("two days") << "2026-12-01T09:00:00Z"
                                  << "2026-12-03T17:00:00Z"
                                  << "Europe/Berlin"
                                  << "Thursday at 18:00 (in 2 days)";
        QTest::newRow("six days") << "2026-12-01T09:00:00Z"
                                  << "2026-12-07T08:00:00Z"
                                  << "Europe/Berlin"
                                  << "Monday at 09:00 (in 6 days)";
        QTest::newRow("a week: the date") << "2026-12-01T09:00:00Z"
                                          << "2026-12-08T08:00:00Z"
                                          << "Europe/Berlin"
                                          << "Tue 8 Dec at 09:00 (in 7 days)";
        QTest::newRow("yesterday") << "2026-12-01T09:00:00Z"
                                   << "2026-11-30T17:00:00Z"
                                   << "Europe/Berlin"
                                   << "Yesterday at 18:00";
        QTest::newRow("three days ago") << "2026-12-01T09:00:00Z"
                                        << "2026-11-28T17:00:00Z"
                                        << "Europe/Berlin"
                                        << "Saturday at 18:00 (3 days ago)";
        // Across the spring change (Berlin's 29 March 2026 has 23 hours): still two days.
        QTest::newRow("over DST") << "2026-03-28T10:00:00Z"
                                  << "2026-03-30T06:30:00Z"
                                  << "Europe/Berlin"
                                  << "Monday at 08:30 (in 2 days)";
        // Chatham (+13:45): 22:45 on the 1st there, so 00:45 is the next day although UTC says the same one.
        QTest::newRow("Chatham") << "2026-12-01T09:00:00Z"
                                 << "2026-12-01T11:00:00Z"
                                 << "Pacific/Chatham"
                                 << "Tomorrow at 00:45";
    }
    void words()
    {
        QFETCH(QString, now);
        QFETCH(QString, start);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        QCOMPARE(RelativeWhen::format(utc(start.toLatin1().constData()), utc(now.toLatin1().constData()),
                                      QTimeZone(zone.toLatin1())),
                 expected);
    }

    // Pins "Today" by property: for random instants within a day of `now` in many zones, the
    // words say Today exactly when the calendar dates in that zone agree.
    void todayExactlyWhenTheDatesAgree()
    {
        const QList<QByteArray> zones { "Europe/Berlin",       "America/New_York", "Asia/Kathmandu",
                                        "Australia/Lord_Howe", "Pacific/Chatham",  "UTC" };
        const QDateTime base = utc("2026-03-28T00:00:00Z");
        quint32 seed = 7;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
        for (int i = 0; i < 3000; ++i) {
            const QTimeZone zone(zones.at(next() % zones.size()));
            const QDateTime now = base.addSecs(qint64(next() % (10 * 86400)));
            const QDateTime start = now.addSecs(qint64(next() % 86400));
            const bool sameDate = now.toTimeZone(zone).date() == start.toTimeZone(zone).date();
            QCOMPARE(RelativeWhen::format(start, now, zone).startsWith(QStringLiteral("Today at ")),
                     sameDate);
        }
    }

    // The viewer's share of one seat, by the money rule: 85 % when the creator teaches, 70 %
    // for the S-T and 15 % for the creator when an S-T teaches; none for a student.
    void teachingShare()
    {
        Session s;
        s.priceCents = 4501;
        s.courseCreatorId = QStringLiteral("maya");
        s.teacherId = QStringLiteral("maya");
        QCOMPARE(TeachingShare::perSeat(s, QStringLiteral("maya"))->amountCents, 3825); // floor(4501 × 0.85)
        QCOMPARE(TeachingShare::perSeat(s, QStringLiteral("maya"))->percent, 85);
        s.teacherId = QStringLiteral("jonas");
        QCOMPARE(TeachingShare::perSeat(s, QStringLiteral("jonas"))->amountCents, 3150);
        QCOMPARE(TeachingShare::perSeat(s, QStringLiteral("maya"))->amountCents, 675);
        QVERIFY(!TeachingShare::perSeat(s, QStringLiteral("lena")).has_value());
        s.courseCreatorId.clear(); // an old cache: unknown, not guessed
        QVERIFY(!TeachingShare::perSeat(s, QStringLiteral("jonas")).has_value());
    }

    // The list item's students are read once, strictly: a wrong type is an error, not a default.
    void sessionStudentsParse()
    {
        QJsonObject json = QJsonDocument::fromJson(R"({"id":"s1","course_id":"c","course_title":"T",
            "offering_id":"o","teacher_id":"t","teacher_name":"N","time_zone":"Europe/Berlin",
            "start":"2026-12-01T10:00:00Z","end":"2026-12-01T11:00:00Z","status":"scheduled","seats":3,
            "booked_seats":1,"viewer_role":"teacher","price_cents":100,"currency":"EUR","room_id":null,
            "updated_at":"2026-12-01T09:00:00Z","cancel_reason":null,
            "students":[{"id":"u1","name":"Lena","time_zone":"Europe/Berlin","enrollment_status":"active",
                         "payment":"partially_refunded"}]})")
                               .object();
        auto parsed = Session::fromJson(json);
        QVERIFY(parsed);
        QVERIFY(parsed->studentsKnown);
        QCOMPARE(parsed->students.size(), 1);
        QCOMPARE(parsed->students.at(0).payment, Session::Student::Payment::PartiallyRefunded);
        json.remove(QStringLiteral("students"));
        parsed = Session::fromJson(json);
        QVERIFY(parsed && !parsed->studentsKnown && parsed->students.isEmpty());
        QString error;
        json.insert(QStringLiteral("students"), QJsonArray { QJsonObject { { QStringLiteral("id"), 1 } } });
        QVERIFY(!Session::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("students")), qPrintable(error));
        json.insert(QStringLiteral("students"), QStringLiteral("Lena"));
        QVERIFY(!Session::fromJson(json, &error));
    }
};

QTEST_GUILESS_MAIN(TestRelativeWhen)
#include "tst_relative_when.moc"
