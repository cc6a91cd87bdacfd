// ScheduleEdits: the editor's pure rules, without QML, a cache or a server.
#include "models/schedule/ScheduleEdits.h"
#include "models/time/InstantFormat.h"

#include <QRandomGenerator>
#include <QTest>

using namespace companion;

namespace {
qint64 utc(const char *text)
{
    return *instant::parseMs(QString::fromLatin1(text)) / 1000;
}

Schedule berlin()
{
    Schedule s;
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.weekly = { WeeklyRule { 1, { 9 * 60, 12 * 60 } } }; // Mondays 09:00–12:00
    return s;
}

// Every edit leaves a schedule the platform's parser accepts (the server and the slot
// engine read the same JSON).
void expectValid(const Schedule &schedule)
{
    QString error;
    QVERIFY2(Schedule::fromJson(schedule.toJson(), &error).has_value(), qPrintable(error));
}
} // namespace

class TstScheduleEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapsToTheGrid_data();
    void snapsToTheGrid();
    void ruleNeedsAWeekdayAndFifteenMinutes();
    void nightRangeIsTwoTouchingRules();
    void sundayNightWrapsToMonday();
    void changeToTheSameRuleIsUnchanged();
    void staleIndexesAreRefused();
    void overrideReplacesTheDateAndStaysSorted();
    void closedDayIsAnEmptyOverride();
    void hoursKeepWhatTheDateHad();
    void hoursEndingAtTeacherMidnightReachTwentyFour();
    void hoursAcrossTeacherMidnightAreRefused();
    void hoursOnAVacationAreRefused();
    void hoursInTheSpringGapAreRefused();
    void hoursAfterTheAutumnChangeUseTheNewOffset();
    void blocksSortByFirstDay();
    void randomEditsStayValid();
};

void TstScheduleEdits::snapsToTheGrid_data()
{
    QTest::addColumn<int>("minute");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("expected");
    QTest::newRow("down") << 7 << 1 << 0;
    QTest::newRow("half rounds up") << 8 << 1 << 15;
    QTest::newRow("negative clamps") << -40 << 1 << 0;
    QTest::newRow("past midnight clamps") << 1500 << 1 << 1440;
    QTest::newRow("night end") << 1562 << 2 << 1560;
    QTest::newRow("two days clamp") << 4000 << 2 << 2880;
}

void TstScheduleEdits::snapsToTheGrid()
{
    QFETCH(int, minute);
    QFETCH(int, days);
    QFETCH(int, expected);
    QCOMPARE(ScheduleEdits::snapped(minute, days), expected);
}

void TstScheduleEdits::ruleNeedsAWeekdayAndFifteenMinutes()
{
    QVERIFY(!ScheduleEdits::addRule(berlin(), 0, 600, 700).ok());
    QVERIFY(!ScheduleEdits::addRule(berlin(), 8, 600, 700).ok());
    const ScheduleEdit tooShort = ScheduleEdits::addRule(berlin(), 2, 600, 606);
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error, QStringLiteral("A block needs at least 15 minutes."));
    // Reversed ends are read as a range.
    const ScheduleEdit reversed = ScheduleEdits::addRule(berlin(), 2, 17 * 60, 13 * 60);
    QVERIFY(reversed.schedule);
    QCOMPARE(reversed.schedule->weekly.last(), (WeeklyRule { 2, { 13 * 60, 17 * 60 } }));
    expectValid(*reversed.schedule);
}

void TstScheduleEdits::nightRangeIsTwoTouchingRules()
{
    const ScheduleEdit night = ScheduleEdits::addRule(berlin(), 3, 22 * 60, 26 * 60); // Wed 22:00 → Thu 02:00
    QVERIFY(night.schedule);
    const QList<WeeklyRule> &weekly = night.schedule->weekly;
    QCOMPARE(weekly.size(), 3);
    QCOMPARE(weekly[1], (WeeklyRule { 3, { 22 * 60, 1440 } }));
    QCOMPARE(weekly[2], (WeeklyRule { 4, { 0, 2 * 60 } }));
    expectValid(*night.schedule);
    // A start at or past midnight is the next day's rule, not a night range.
    QVERIFY(!ScheduleEdits::addRule(berlin(), 3, 1440, 1500).ok());
}

void TstScheduleEdits::sundayNightWrapsToMonday()
{
    const ScheduleEdit night = ScheduleEdits::addRule(berlin(), 7, 23 * 60, 1440 + 60);
    QVERIFY(night.schedule);
    QCOMPARE(night.schedule->weekly.last(), (WeeklyRule { 1, { 0, 60 } }));
}

void TstScheduleEdits::changeToTheSameRuleIsUnchanged()
{
    const ScheduleEdit same = ScheduleEdits::changeRule(berlin(), 0, 1, 9 * 60 + 4, 12 * 60);
    QVERIFY(same.ok());
    QVERIFY(same.unchanged);
    QVERIFY(!same.schedule);
    const ScheduleEdit moved = ScheduleEdits::changeRule(berlin(), 0, 2, 10 * 60, 11 * 60);
    QVERIFY(moved.schedule);
    QCOMPARE(moved.schedule->weekly, (QList<WeeklyRule> { { 2, { 600, 660 } } }));
}

void TstScheduleEdits::staleIndexesAreRefused()
{
    QCOMPARE(ScheduleEdits::changeRule(berlin(), 1, 1, 0, 60).error,
             QStringLiteral("That block no longer exists."));
    QCOMPARE(ScheduleEdits::removeRule(berlin(), -1).error, QStringLiteral("That block no longer exists."));
    QCOMPARE(ScheduleEdits::removeOverride(berlin(), 0).error, QStringLiteral("That date no longer exists."));
    QCOMPARE(ScheduleEdits::removeBlock(berlin(), 0).error,
             QStringLiteral("That vacation no longer exists."));
    const ScheduleEdit removed = ScheduleEdits::removeRule(berlin(), 0);
    QVERIFY(removed.schedule);
    QVERIFY(removed.schedule->weekly.isEmpty());
}

void TstScheduleEdits::overrideReplacesTheDateAndStaysSorted()
{
    Schedule s = berlin();
    s = *ScheduleEdits::setOverride(s, QDate(2026, 12, 24), 600, 720).schedule;
    s = *ScheduleEdits::setOverride(s, QDate(2026, 12, 7), 540, 600).schedule;
    s = *ScheduleEdits::setOverride(s, QDate(2026, 12, 24), 780, 840).schedule;
    QCOMPARE(s.overrides.size(), 2);
    QCOMPARE(s.overrides[0].date, QDate(2026, 12, 7));
    QCOMPARE(s.overrides[1].intervals, (QList<LocalInterval> { { 780, 840 } }));
    expectValid(s);
    QVERIFY(!ScheduleEdits::setOverride(s, QDate(), 0, 60).ok());
    QVERIFY(!ScheduleEdits::setOverride(s, QDate(2026, 12, 8), 600, 605).ok());
}

void TstScheduleEdits::closedDayIsAnEmptyOverride()
{
    const ScheduleEdit closed = ScheduleEdits::setOverride(berlin(), QDate(2026, 12, 7), 300, 300);
    QVERIFY(closed.schedule);
    QVERIFY(closed.schedule->overrides.first().intervals.isEmpty());
    QVERIFY(closed.schedule->intervalsOn(QDate(2026, 12, 7)).isEmpty());
}

void TstScheduleEdits::hoursKeepWhatTheDateHad()
{
    // Monday 7 Dec 2026, 14:00–15:00 in Berlin (UTC+1) = 13:00–14:00Z, beside the weekly 09–12.
    const ScheduleEdit added
        = ScheduleEdits::addHours(berlin(), utc("2026-12-07T13:00:00Z"), utc("2026-12-07T14:00:00Z"));
    QVERIFY2(added.schedule, qPrintable(added.error));
    QCOMPARE(added.schedule->overrides.size(), 1);
    QCOMPARE(added.schedule->overrides[0].date, QDate(2026, 12, 7));
    QCOMPARE(added.schedule->overrides[0].intervals,
             (QList<LocalInterval> { { 9 * 60, 12 * 60 }, { 14 * 60, 15 * 60 } }));
    // Touching hours merge into one range.
    const ScheduleEdit touching
        = ScheduleEdits::addHours(*added.schedule, utc("2026-12-07T11:00:00Z"), utc("2026-12-07T13:00:00Z"));
    QVERIFY(touching.schedule);
    QCOMPARE(touching.schedule->overrides[0].intervals, (QList<LocalInterval> { { 9 * 60, 15 * 60 } }));
    expectValid(*touching.schedule);
}

void TstScheduleEdits::hoursEndingAtTeacherMidnightReachTwentyFour()
{
    const ScheduleEdit late
        = ScheduleEdits::addHours(berlin(), utc("2026-12-08T21:00:00Z"), utc("2026-12-08T23:00:00Z"));
    QVERIFY2(late.schedule, qPrintable(late.error));
    QCOMPARE(late.schedule->overrides[0].date, QDate(2026, 12, 8));
    QCOMPARE(late.schedule->overrides[0].intervals, (QList<LocalInterval> { { 22 * 60, 1440 } }));
}

void TstScheduleEdits::hoursAcrossTeacherMidnightAreRefused()
{
    const ScheduleEdit across
        = ScheduleEdits::addHours(berlin(), utc("2026-12-08T22:00:00Z"), utc("2026-12-09T00:00:00Z"));
    QVERIFY(!across.ok());
    QVERIFY(across.error.contains(QLatin1String("Europe/Berlin")));
}

void TstScheduleEdits::hoursOnAVacationAreRefused()
{
    Schedule s = berlin();
    s.blocks = { DateBlock { QDate(2026, 12, 6), QDate(2026, 12, 8), QStringLiteral("away") } };
    const ScheduleEdit refused
        = ScheduleEdits::addHours(s, utc("2026-12-07T13:00:00Z"), utc("2026-12-07T14:00:00Z"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error, QStringLiteral("7 Dec 2026 is part of a vacation; remove the vacation first."));
}

void TstScheduleEdits::hoursInTheSpringGapAreRefused()
{
    // 29 Mar 2026 02:00 → 03:00 does not exist in Berlin: 01:00Z is 03:00 CEST, so a range of
    // 00:59:59Z→01:00Z is shorter than the grid, and 00:30Z–01:00Z is 01:30 CET – 03:00 CEST.
    const ScheduleEdit spring
        = ScheduleEdits::addHours(berlin(), utc("2026-03-29T00:30:00Z"), utc("2026-03-29T01:00:00Z"));
    QVERIFY2(spring.schedule, qPrintable(spring.error));
    QCOMPARE(spring.schedule->overrides[0].intervals, (QList<LocalInterval> { { 90, 180 } }));
    QVERIFY(
        !ScheduleEdits::addHours(berlin(), utc("2026-03-29T01:00:00Z"), utc("2026-03-29T01:10:00Z")).ok());
}

void TstScheduleEdits::hoursAfterTheAutumnChangeUseTheNewOffset()
{
    // 25 Oct 2026: 03:00 CEST falls back to 02:00 CET at 01:00Z. 02:00Z is 03:00 CET.
    const ScheduleEdit autumn
        = ScheduleEdits::addHours(berlin(), utc("2026-10-25T02:00:00Z"), utc("2026-10-25T03:00:00Z"));
    QVERIFY2(autumn.schedule, qPrintable(autumn.error));
    QCOMPARE(autumn.schedule->overrides[0].intervals, (QList<LocalInterval> { { 180, 240 } }));
    // The repeated hour backwards (02:30 CEST → 02:15 CET) is a range that ends before it starts.
    QVERIFY(
        !ScheduleEdits::addHours(berlin(), utc("2026-10-25T00:30:00Z"), utc("2026-10-25T01:15:00Z")).ok());
}

void TstScheduleEdits::blocksSortByFirstDay()
{
    Schedule s = berlin();
    s = *ScheduleEdits::addBlock(s, QDate(2027, 1, 5), QDate(2027, 1, 9), QStringLiteral("  ski  ")).schedule;
    s = *ScheduleEdits::addBlock(s, QDate(2026, 12, 24), QDate(2026, 12, 26), {}).schedule;
    QCOMPARE(s.blocks[0].firstDate, QDate(2026, 12, 24));
    QCOMPARE(s.blocks[1].reason, QStringLiteral("ski"));
    QCOMPARE(ScheduleEdits::addBlock(s, QDate(2027, 2, 2), QDate(2027, 2, 1), {}).error,
             QStringLiteral("The last day comes before the first."));
    expectValid(s);
}

void TstScheduleEdits::randomEditsStayValid()
{
    // Property: any sequence of accepted edits leaves a schedule the platform accepts, and a
    // refused edit always says why.
    QRandomGenerator rng(20261202);
    Schedule s = berlin();
    for (int i = 0; i < 2000; ++i) {
        const int a = int(rng.bounded(-60, 3000));
        const int b = int(rng.bounded(-60, 3000));
        const QDate date = QDate(2026, 1, 1).addDays(rng.bounded(730));
        ScheduleEdit edit;
        switch (rng.bounded(7)) {
        case 0:
            edit = ScheduleEdits::addRule(s, int(rng.bounded(0, 9)), a, b);
            break;
        case 1:
            edit = ScheduleEdits::changeRule(s, int(rng.bounded(-1, 6)), int(rng.bounded(1, 8)), a % 1440,
                                             b % 1440);
            break;
        case 2:
            edit = ScheduleEdits::removeRule(s, int(rng.bounded(-1, 6)));
            break;
        case 3:
            edit = ScheduleEdits::setOverride(s, date, a % 1440, b % 1440);
            break;
        case 4: {
            const qint64 start = utc("2026-01-01T00:00:00Z") + qint64(rng.bounded(730 * 96)) * 900;
            edit = ScheduleEdits::addHours(s, start, start + qint64(rng.bounded(1, 40)) * 900);
            break;
        }
        case 5:
            edit = ScheduleEdits::addBlock(s, date, date.addDays(rng.bounded(-2, 10)), {});
            break;
        default:
            edit = ScheduleEdits::removeOverride(s, int(rng.bounded(-1, 4)));
            break;
        }
        if (!edit.ok()) {
            QVERIFY(!edit.error.isEmpty());
            continue;
        }
        if (edit.schedule)
            s = *edit.schedule;
        QString error;
        QVERIFY2(Schedule::fromJson(s.toJson(), &error).has_value(), qPrintable(error));
        if (s.weekly.size() > 12)
            s.weekly.remove(0, 6);
    }
}

QTEST_GUILESS_MAIN(TstScheduleEdits)
#include "tst_schedule_edits.moc"
