#include "models/itemmodels/SessionListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace companion;

namespace {

Session make(const QString &id, const QString &startUtc, Session::Status status = Session::Status::Scheduled)
{
    Session s;
    s.id = id;
    s.courseTitle = QStringLiteral("Course ") + id;
    s.teacherName = QStringLiteral("Maya");
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.start = QDateTime::fromString(startUtc, Qt::ISODate);
    s.end = s.start.addSecs(5400);
    s.status = status;
    return s;
}

} // namespace

class TestSessionListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersAndOrder()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime::fromString(QStringLiteral("2026-11-26T12:00:00Z"), Qt::ISODate));
        model.setSessions(
            { make(QStringLiteral("later"), QStringLiteral("2026-11-30T09:00:00Z")),
              make(QStringLiteral("soon"), QStringLiteral("2026-11-26T11:00:00Z")), // running now
              make(QStringLiteral("old"), QStringLiteral("2026-11-01T09:00:00Z"), Session::Status::Completed),
              make(QStringLiteral("older"), QStringLiteral("2026-10-01T09:00:00Z"), Session::Status::NoShow),
              make(QStringLiteral("gone"), QStringLiteral("2026-12-01T09:00:00Z"),
                   Session::Status::Cancelled) });
        // Upcoming (the default): not cancelled, not over, soonest first; a running one counts.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toString(), QStringLiteral("soon"));
        QCOMPARE(model.data(model.index(1), SessionListModel::IdRole).toString(), QStringLiteral("later"));

        model.setFilter(SessionListModel::Filter::Past); // newest first
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toString(), QStringLiteral("old"));
        QCOMPARE(model.data(model.index(1), SessionListModel::StatusRole).toString(),
                 QStringLiteral("no_show"));

        model.setFilter(SessionListModel::Filter::Cancelled);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0), SessionListModel::IsCancelledRole).toBool());

        model.setFilter(SessionListModel::Filter::All);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.data(model.index(5), SessionListModel::IdRole).isValid());
    }

    // Search over course, teacher and student names (case and accents ignored, every word must
    // match), course / teacher / part choices, and each tab's count under them.
    void searchChoicesAndCounts()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime::fromString(QStringLiteral("2026-11-26T12:00:00Z"), Qt::ISODate));
        auto withStudents = [](Session s, const QString &course, const QString &teacher, QStringList names,
                               const QString &role = QStringLiteral("teacher")) {
            s.courseId = course;
            s.courseTitle
                = course == u"crs_py" ? QStringLiteral("Python für Anfänger") : QStringLiteral("Spanish");
            s.teacherId = teacher;
            s.teacherName = teacher == u"usr_jonas" ? QStringLiteral("Jonas Weber") : QStringLiteral("Maya");
            s.viewerRole = role;
            s.studentsKnown = true;
            for (const QString &name : names) {
                Session::Student student;
                student.id = name;
                student.name = name;
                if (name.startsWith(QLatin1Char('-'))) { // a refunded booking: not matched, not shown
                    student.name = name.mid(1);
                    student.payment = Session::Student::Payment::Refunded;
                }
                s.students << student;
            }
            return s;
        };
        model.setSessions({
            withStudents(make(QStringLiteral("a"), QStringLiteral("2026-11-30T09:00:00Z")),
                         QStringLiteral("crs_py"), QStringLiteral("usr_maya"),
                         { QStringLiteral("Jürgen Müller"), QStringLiteral("Lena Fischer") }),
            withStudents(
                make(QStringLiteral("b"), QStringLiteral("2026-11-01T09:00:00Z"), Session::Status::Completed),
                QStringLiteral("crs_es"), QStringLiteral("usr_jonas"), { QStringLiteral("Juergen Mueller") },
                QStringLiteral("course_creator")),
            withStudents(
                make(QStringLiteral("c"), QStringLiteral("2026-12-01T09:00:00Z"), Session::Status::Cancelled),
                QStringLiteral("crs_py"), QStringLiteral("usr_jonas"), { QStringLiteral("-Tom Becker") },
                QStringLiteral("course_creator")),
            withStudents(make(QStringLiteral("d"), QStringLiteral("2026-12-02T09:00:00Z")),
                         QStringLiteral("crs_es"), QStringLiteral("usr_maya"), {}),
        });
        QCOMPARE(model.upcomingCount(), 2);
        QCOMPARE(model.pastCount(), 1);
        QCOMPARE(model.cancelledCount(), 1);
        QCOMPARE(model.data(model.index(0), SessionListModel::StudentNamesRole).toString(),
                 QStringLiteral("Jürgen Müller, Lena Fischer"));
        // The choices: by name, each once.
        QCOMPARE(model.courses().size(), 2);
        QCOMPARE(model.courses().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Python für Anfänger"));
        QCOMPARE(model.teachers().size(), 2);

        model.setSearchText(QStringLiteral("MULLER")); // "Müller", not "Mueller"
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.upcomingCount(), 1);
        QCOMPARE(model.pastCount(), 0);
        model.setSearchText(QStringLiteral("fur  lena")); // two words, both must match
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText(QStringLiteral("jonas"));
        QCOMPARE(model.upcomingCount(), 0);
        QCOMPARE(model.pastCount(), 1);
        QCOMPARE(model.cancelledCount(), 1);
        model.setSearchText(QStringLiteral("tom")); // refunded: not a booked student
        QCOMPARE(model.cancelledCount(), 0);
        model.setSearchText({});

        model.setCourseId(QStringLiteral("crs_py"));
        QCOMPARE(model.upcomingCount() + model.pastCount() + model.cancelledCount(), 2);
        model.setTeacherId(QStringLiteral("usr_jonas"));
        QCOMPARE(model.upcomingCount() + model.pastCount() + model.cancelledCount(), 1);
        QCOMPARE(model.cancelledCount(), 1);
        model.setCourseId({});
        model.setTeacherId({});
        model.setViewerRole(QStringLiteral("teacher"));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row), SessionListModel::ViewerRoleRole).toString(),
                     QStringLiteral("teacher"));
    }

    // The choices are made when first read, then kept current: a change of sessions that
    // leaves them equal does not signal (a course chosen in Bookings stays chosen across
    // syncs); a new course does. Sessions given out of order are still listed by start.
    void choicesFollowTheSessionsOnceRead()
    {
        SessionListModel model;
        model.setNow(QDateTime::fromString(QStringLiteral("2026-11-26T12:00:00Z"), Qt::ISODate));
        auto inCourse = [](Session s, const QString &course) {
            s.courseId = course;
            s.courseTitle = course.toUpper();
            s.teacherId = QStringLiteral("usr_maya");
            return s;
        };
        QSignalSpy choices(&model, &SessionListModel::choicesChanged);
        const QList<Session> two { inCourse(make(QStringLiteral("b"), QStringLiteral("2026-12-03T09:00:00Z")),
                                            QStringLiteral("crs_b")),
                                   inCourse(make(QStringLiteral("a"), QStringLiteral("2026-12-01T09:00:00Z")),
                                            QStringLiteral("crs_a")) };
        model.setSessions(two);
        QCOMPARE(choices.count(), 0); // nobody has read them
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.courses().size(), 2);
        QCOMPARE(model.courses().at(0).toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("crs_a"));

        model.setSessions(
            two
            + QList<Session> { inCourse(make(QStringLiteral("c"), QStringLiteral("2026-12-02T09:00:00Z")),
                                        QStringLiteral("crs_a")) });
        QCOMPARE(choices.count(), 0); // the same two courses
        QCOMPARE(model.data(model.index(1), SessionListModel::IdRole).toString(), QStringLiteral("c"));

        model.setSessions(
            two
            + QList<Session> { inCourse(make(QStringLiteral("d"), QStringLiteral("2026-11-30T09:00:00Z")),
                                        QStringLiteral("crs_c")) });
        QCOMPARE(choices.count(), 1);
        QCOMPARE(model.courses().size(), 3);
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toString(), QStringLiteral("d"));
    }

    void localTimesFollowTheDisplayZone()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime::fromString(QStringLiteral("2026-03-01T00:00:00Z"), Qt::ISODate));
        // 29 March 2026: Berlin springs forward at 01:00Z; New York already did (8 March).
        model.setSessions({ make(QStringLiteral("a"), QStringLiteral("2026-03-29T00:30:00Z")) });
        model.setDisplayZone(QStringLiteral("Europe/Berlin"));
        QCOMPARE(model.data(model.index(0), SessionListModel::LocalTimeRangeRole).toString(),
                 QStringLiteral("01:30–04:00")); // 90 minutes across the jump
        model.setDisplayZone(QStringLiteral("America/New_York"));
        QCOMPARE(model.data(model.index(0), SessionListModel::LocalTimeRangeRole).toString(),
                 QStringLiteral("20:30–22:00"));
        QVERIFY(model.data(model.index(0), SessionListModel::LocalDateRole)
                    .toString()
                    .contains(QLatin1String("28")));
        // No display zone: the teacher's zone.
        model.setDisplayZone(QString());
        QCOMPARE(model.data(model.index(0), SessionListModel::LocalTimeRangeRole).toString(),
                 QStringLiteral("01:30–04:00")); // 90 minutes across the jump
    }
};

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_session_list_model.moc"
