#include "models/itemmodels/SessionListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
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
