// sessionsLeftOutside: which booked sessions an availability edit leaves outside the hours
// (the editor's warning before closing a date or adding a vacation).
#include "models/schedule/BookedSessions.h"
#include "models/schedule/ScheduleEdits.h"

#include <QTest>
#include <QTimeZone>

using namespace companion;

namespace {

Session session(const char *id, const char *start, const char *end, int booked = 2,
                const char *teacher = "usr_maya", Session::Status status = Session::Status::Scheduled)
{
    Session s;
    s.id = QString::fromLatin1(id);
    s.teacherId = QString::fromLatin1(teacher);
    s.start = QDateTime::fromString(QString::fromLatin1(start), Qt::ISODate);
    s.end = QDateTime::fromString(QString::fromLatin1(end), Qt::ISODate);
    s.status = status;
    s.bookedSeats = booked;
    return s;
}

Schedule berlinWeekdays()
{
    Schedule s;
    s.timeZone = QStringLiteral("Europe/Berlin");
    for (int day = 1; day <= 5; ++day)
        s.weekly.append(WeeklyRule { day, { 9 * 60, 21 * 60 } });
    return s;
}

qint64 ms(const char *instant)
{
    return QDateTime::fromString(QString::fromLatin1(instant), Qt::ISODate).toMSecsSinceEpoch();
}

QStringList ids(const QList<Session> &sessions)
{
    QStringList out;
    for (const Session &s : sessions)
        out.append(s.id);
    return out;
}

} // namespace

class TstBookedSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closingADateKeepsItsSessions();
    void overrideHoursLeaveSomeOutside();
    void vacationCountsTeacherLocalDates();
    void nightSessionHeldByTheNextDaysHours();
};

// Mon 7 Dec 2026 in Berlin: two of hers, one of an S-T, one cancelled, one over already.
void TstBookedSessions::closingADateKeepsItsSessions()
{
    const QList<Session> sessions {
        session("late", "2026-12-07T17:00:00Z", "2026-12-07T18:00:00Z", 1),
        session("early", "2026-12-07T09:00:00Z", "2026-12-07T10:30:00Z", 3),
        session("st", "2026-12-07T11:00:00Z", "2026-12-07T12:00:00Z", 2, "usr_jonas"),
        session("gone", "2026-12-07T13:00:00Z", "2026-12-07T14:00:00Z", 2, "usr_maya",
                Session::Status::Cancelled),
        session("over", "2026-12-07T08:00:00Z", "2026-12-07T08:45:00Z"),
        session("tuesday", "2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z"),
    };
    const auto closed = ScheduleEdits::setOverride(berlinWeekdays(), QDate(2026, 12, 7), 0, 0);
    QVERIFY(closed.schedule);
    const QList<Session> outside
        = sessionsLeftOutside(*closed.schedule, sessions, QStringLiteral("usr_maya"), QDate(2026, 12, 7),
                              QDate(2026, 12, 7), ms("2026-12-07T08:50:00Z"));
    QCOMPARE(ids(outside), (QStringList { QStringLiteral("early"), QStringLiteral("late") }));
    // Unchanged hours leave nothing outside.
    QVERIFY(sessionsLeftOutside(berlinWeekdays(), sessions, QStringLiteral("usr_maya"), QDate(2026, 12, 7),
                                QDate(2026, 12, 7), ms("2026-12-07T08:50:00Z"))
                .isEmpty());
}

// New hours 10:00-13:00 on the date: the 10:00-11:30 Berlin session fits, the 18:00 one does not,
// nor one that begins inside and ends after 13:00.
void TstBookedSessions::overrideHoursLeaveSomeOutside()
{
    const QList<Session> sessions {
        session("fits", "2026-12-07T09:00:00Z", "2026-12-07T10:30:00Z"),
        session("evening", "2026-12-07T17:00:00Z", "2026-12-07T18:00:00Z"),
        session("straddles", "2026-12-07T11:30:00Z", "2026-12-07T12:30:00Z"),
    };
    const auto edit = ScheduleEdits::setOverride(berlinWeekdays(), QDate(2026, 12, 7), 10 * 60, 13 * 60);
    QVERIFY(edit.schedule);
    QCOMPARE(ids(sessionsLeftOutside(*edit.schedule, sessions, QStringLiteral("usr_maya"), QDate(2026, 12, 7),
                                     QDate(2026, 12, 7), 0)),
             (QStringList { QStringLiteral("straddles"), QStringLiteral("evening") }));
}

// A vacation is in the teacher's dates: 23:30 Berlin on the 10th is 22:30Z, inside; 00:30
// Berlin on the 12th is 23:30Z on the 11th in UTC, yet outside the vacation of 9-11 Dec.
void TstBookedSessions::vacationCountsTeacherLocalDates()
{
    Schedule s = berlinWeekdays();
    s.weekly.append(WeeklyRule { 4, { 23 * 60, 1440 } });
    s.weekly.append(WeeklyRule { 6, { 0, 60 } });
    const QList<Session> sessions {
        session("thursdayNight", "2026-12-10T22:30:00Z", "2026-12-10T22:55:00Z"),
        session("saturdayNight", "2026-12-11T23:30:00Z", "2026-12-11T23:55:00Z"),
    };
    const auto edit = ScheduleEdits::addBlock(s, QDate(2026, 12, 9), QDate(2026, 12, 11), {});
    QVERIFY(edit.schedule);
    QCOMPARE(ids(sessionsLeftOutside(*edit.schedule, sessions, QStringLiteral("usr_maya"), QDate(2026, 12, 9),
                                     QDate(2026, 12, 11), 0)),
             QStringList { QStringLiteral("thursdayNight") });
}

// 23:00-01:00 across midnight is one range (Thursday's rule + Friday's): a session in it is
// held, and closing Friday (where it ends) leaves it outside although it starts on Thursday.
void TstBookedSessions::nightSessionHeldByTheNextDaysHours()
{
    Schedule s;
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.weekly = { WeeklyRule { 4, { 23 * 60, 1440 } }, WeeklyRule { 5, { 0, 60 } } };
    const QList<Session> sessions { session("night", "2026-12-10T22:30:00Z", "2026-12-10T23:30:00Z") };
    QVERIFY(sessionsLeftOutside(s, sessions, QStringLiteral("usr_maya"), QDate(2026, 12, 10),
                                QDate(2026, 12, 10), 0)
                .isEmpty());
    const auto closed = ScheduleEdits::setOverride(s, QDate(2026, 12, 11), 0, 0);
    QVERIFY(closed.schedule);
    QCOMPARE(ids(sessionsLeftOutside(*closed.schedule, sessions, QStringLiteral("usr_maya"),
                                     QDate(2026, 12, 11), QDate(2026, 12, 11), 0)),
             QStringList { QStringLiteral("night") });
    // A session that only touches the date at its midnight is not on it.
    QVERIFY(sessionsLeftOutside(*closed.schedule,
                                { session("before", "2026-12-10T21:00:00Z", "2026-12-10T23:00:00Z") },
                                QStringLiteral("usr_maya"), QDate(2026, 12, 11), QDate(2026, 12, 11), 0)
                .isEmpty());
}

QTEST_APPLESS_MAIN(TstBookedSessions)
#include "tst_booked_sessions.moc"
