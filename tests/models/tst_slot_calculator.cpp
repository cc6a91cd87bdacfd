// SlotCalculator: hand-written cases for the rules in models/SlotCalculator.h.
#include "SlotFixtures.h"
#include "models/schedule/Availability.h"
#include "models/schedule/SlotCalculator.h"
#include "models/schedule/SlotRequest.h"
#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

QList<Slot> run(const Schedule &sched, const Offering &off, const QList<BusySession> &busy, QDate from,
                QDate to, const char *now = "2020-01-01T00:00:00Z", const char *viewerZone = nullptr)
{
    const SlotQuery query = test::query(from, to, now, viewerZone);
    QString error;
    const auto result = SlotCalculator::compute(sched, off, busy, query, &error);
    if (!result)
        qWarning() << "compute failed:" << error;
    return result.value_or(QList<Slot> {});
}

QStringList starts(const QList<Slot> &slotList)
{
    QStringList out;
    for (const Slot &slot : slotList)
        out << instant::toUtcStringMs(slot.startMs);
    return out;
}

// "HH:MM" wall-clock starts in `zone`, with the date when `withDate`.
QStringList localStarts(const QList<Slot> &slotList, const char *zone, bool withDate = false)
{
    QStringList out;
    const QTimeZone tz(zone);
    for (const Slot &slot : slotList) {
        const QString local = slot.toJson(tz).value(QLatin1String("local_start")).toString();
        out << (withDate ? local.left(16) : local.mid(11, 5));
    }
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

} // namespace

class TstSlotCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newYorkRuleKeepsWallClockAcrossSpringForward();
    void intervalSpanningSpringForwardIsShorter();
    void intervalSpanningFallBackIsLonger();
    void intervalInsideTheGap();
    void londonGap();
    void lordHoweHalfHourGap();
    void kathmanduSeenFromUtc();
    void chathamGap();
    void santiagoMidnightGapJoinsTheNight();
    void nightJoinsAcrossMidnight();
    void gridSnapsFromTheStartOfTheJoinedRange();
    void nightWithAnOverrideOnOneSide();
    void vacationCutsTheNight();
    void dstNightsInLondon();
    void dstNightsInNewYork();
    void nightSlotCountsForTheDateItStarts();
    void nightSeenFromAnotherZone();
    void roundTheClockAnchorsAtMondays();
    void slotsOfADateDoNotDependOnTheQueryRange();
    void joinedAvailabilityForTheEditor();
    void millisecondsCount();
    void saoPauloAfterDstWasAbolished();
    void overridesAndBlocks();
    void buffersStack();
    void noticeAndWindowBoundaries();
    void seats();
    void capsPerWeekInTeacherZoneAcrossDst();
    void capsPerDayInTeacherZone();
    void capsIgnoreCancelledAndOtherOfferings();
    void invalidQueries();
};

void TstSlotCalculator::newYorkRuleKeepsWallClockAcrossSpringForward()
{
    const auto result
        = run(schedule("America/New_York", { rule(6, "09:00", "17:00"), rule(7, "09:00", "17:00") }),
              offering(60), {}, { 2025, 3, 8 }, { 2025, 3, 9 });
    QCOMPARE(result.size(), 16);
    QCOMPARE(starts(result).first(), QStringLiteral("2025-03-08T14:00:00Z")); // 09:00 EST
    QCOMPARE(starts(result).at(7), QStringLiteral("2025-03-08T21:00:00Z")); // 16:00 EST
    QCOMPARE(starts(result).at(8), QStringLiteral("2025-03-09T13:00:00Z")); // 09:00 EDT
    QCOMPARE(starts(result).last(), QStringLiteral("2025-03-09T20:00:00Z")); // 16:00 EDT
    QCOMPARE(localStarts(result.mid(8), "America/New_York"),
             list({ "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00" }));
}

void TstSlotCalculator::intervalSpanningSpringForwardIsShorter()
{
    // Sunday 01:00-04:00 on the spring-forward day is 2 real hours.
    const auto result = run(schedule("America/New_York", { rule(7, "01:00", "04:00") }), offering(60, 30), {},
                            { 2025, 3, 9 }, { 2025, 3, 9 });
    QCOMPARE(starts(result),
             list({ "2025-03-09T06:00:00Z", "2025-03-09T06:30:00Z", "2025-03-09T07:00:00Z" }));
    QCOMPARE(localStarts(result, "America/New_York"), list({ "01:00", "01:30", "03:00" }));
}

void TstSlotCalculator::intervalSpanningFallBackIsLonger()
{
    // Sunday 01:00 (first, EDT) to 03:00 EST on the fall-back day is 3 real hours.
    const auto result = run(schedule("America/New_York", { rule(7, "01:00", "03:00") }), offering(60), {},
                            { 2025, 11, 2 }, { 2025, 11, 2 });
    QCOMPARE(starts(result),
             list({ "2025-11-02T05:00:00Z", "2025-11-02T06:00:00Z", "2025-11-02T07:00:00Z" }));
    QCOMPARE(localStarts(result, "America/New_York"), list({ "01:00", "01:00", "02:00" }));
}

void TstSlotCalculator::intervalInsideTheGap()
{
    // 02:00-03:00 on the spring-forward day collapses to nothing; 02:15-02:45 moves to 03:15-03:45.
    QVERIFY(run(schedule("America/New_York", { rule(7, "02:00", "03:00") }), offering(30), {}, { 2025, 3, 9 },
                { 2025, 3, 9 })
                .isEmpty());
    const auto moved = run(schedule("America/New_York", { rule(7, "02:15", "02:45") }), offering(30), {},
                           { 2025, 3, 9 }, { 2025, 3, 9 });
    QCOMPARE(starts(moved), list({ "2025-03-09T07:15:00Z" }));
    QCOMPARE(localStarts(moved, "America/New_York"), list({ "03:15" }));
}

void TstSlotCalculator::londonGap()
{
    // 01:00 GMT -> 02:00 BST: 01:00-02:00 does not exist at all, 00:30-02:30 is one real hour.
    const Schedule gapOnly = schedule("Europe/London", { rule(7, "01:00", "02:00") });
    QVERIFY(run(gapOnly, offering(30), {}, { 2025, 3, 30 }, { 2025, 3, 30 }).isEmpty());
    const auto result = run(schedule("Europe/London", { rule(7, "00:30", "02:30") }), offering(30), {},
                            { 2025, 3, 30 }, { 2025, 3, 30 });
    QCOMPARE(starts(result), list({ "2025-03-30T00:30:00Z", "2025-03-30T01:00:00Z" }));
    QCOMPARE(localStarts(result, "Europe/London"), list({ "00:30", "02:00" }));
}

void TstSlotCalculator::lordHoweHalfHourGap()
{
    // 02:00 does not exist (02:00 -> 02:30); 02:00-03:00 is 30 real minutes.
    const auto result = run(schedule("Australia/Lord_Howe", { rule(7, "02:00", "03:00") }), offering(30), {},
                            { 2025, 10, 5 }, { 2025, 10, 5 });
    QCOMPARE(starts(result), list({ "2025-10-04T15:30:00Z" }));
    QCOMPARE(result.first()
                 .toJson(QTimeZone("Australia/Lord_Howe"))
                 .value(QLatin1String("local_start"))
                 .toString(),
             QStringLiteral("2025-10-05T02:30:00+11:00"));
}

void TstSlotCalculator::kathmanduSeenFromUtc()
{
    const auto result = run(schedule("Asia/Kathmandu", { rule(1, "09:00", "11:00") }), offering(60), {},
                            { 2025, 6, 2 }, { 2025, 6, 2 }, "2020-01-01T00:00:00Z", "UTC");
    QCOMPARE(starts(result), list({ "2025-06-02T03:15:00Z", "2025-06-02T04:15:00Z" }));
    QCOMPARE(result.first().toJson(QTimeZone("UTC")).value(QLatin1String("local_start")).toString(),
             QStringLiteral("2025-06-02T03:15:00+00:00"));
}

void TstSlotCalculator::chathamGap()
{
    // 02:45 -> 03:45: Sunday 02:00-05:00 is two real hours, 13:15Z-15:15Z.
    const auto result = run(schedule("Pacific/Chatham", { rule(7, "02:00", "05:00") }), offering(60), {},
                            { 2025, 9, 28 }, { 2025, 9, 28 });
    QCOMPARE(starts(result), list({ "2025-09-27T13:15:00Z", "2025-09-27T14:15:00Z" }));
    QCOMPARE(localStarts(result, "Pacific/Chatham"), list({ "02:00", "04:00" }));
}

void TstSlotCalculator::santiagoMidnightGapJoinsTheNight()
{
    // Saturday 22:00-24:00 (-04) and Sunday 00:00-02:00, where Sunday 00:00 is really 01:00 -03:
    // "24:00" and "00:00" are the same instant (02:00-04:00Z, then 04:00-05:00Z), so the night is
    // one range of three real hours and slots run across the teacher's midnight.
    const auto result = run(
        schedule("America/Santiago", { rule(6, "22:00", "24:00"), rule(7, "00:00", "02:00") }),
        offering(60, 30), {}, { 2025, 9, 6 }, { 2025, 9, 7 }, "2020-01-01T00:00:00Z", "America/New_York");
    QCOMPARE(starts(result),
             list({ "2025-09-07T02:00:00Z", "2025-09-07T02:30:00Z", "2025-09-07T03:00:00Z",
                    "2025-09-07T03:30:00Z", "2025-09-07T04:00:00Z" }));
    QCOMPARE(localStarts(result, "America/New_York", true),
             list({ "2025-09-06T22:00", "2025-09-06T22:30", "2025-09-06T23:00", "2025-09-06T23:30",
                    "2025-09-07T00:00" }));
    QCOMPARE(localStarts(result, "America/Santiago"), list({ "22:00", "22:30", "23:00", "23:30", "01:00" }));
}

void TstSlotCalculator::nightJoinsAcrossMidnight()
{
    // Mon 22:00-24:00 + Tue 00:00-02:00 (London, BST) is 22:00-02:00: a 90-minute lesson at
    // 23:30 fits, with a 30-minute interval.
    const Schedule night
        = schedule("Europe/London", { rule(1, "22:00", "24:00"), rule(2, "00:00", "02:00") });
    const auto both = run(night, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 3 });
    QCOMPARE(localStarts(both, "Europe/London", true),
             list({ "2025-06-02T22:00", "2025-06-02T22:30", "2025-06-02T23:00", "2025-06-02T23:30",
                    "2025-06-03T00:00", "2025-06-03T00:30" }));
    QCOMPARE(instant::toUtcStringMs(both.at(3).endMs), QStringLiteral("2025-06-03T00:00:00Z")); // 01:00 BST
    // Each date on its own gives the same slots.
    QCOMPARE(run(night, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 2 }), both.mid(0, 4));
    QCOMPARE(run(night, offering(90, 30), {}, { 2025, 6, 3 }, { 2025, 6, 3 }), both.mid(4));
    // The same night as one override-free rule pair on Sunday -> Monday (week boundary).
    const Schedule sundayNight
        = schedule("Europe/London", { rule(7, "22:00", "24:00"), rule(1, "00:00", "02:00") });
    QCOMPARE(
        localStarts(run(sundayNight, offering(90, 30), {}, { 2025, 6, 1 }, { 2025, 6, 2 }), "Europe/London"),
        list({ "22:00", "22:30", "23:00", "23:30", "00:00", "00:30" }));
}

void TstSlotCalculator::gridSnapsFromTheStartOfTheJoinedRange()
{
    // 22:10-02:00: the grid is 22:10, 22:40, ..., not restarted at midnight.
    const Schedule night
        = schedule("Europe/London", { rule(1, "22:10", "24:00"), rule(2, "00:00", "02:00") });
    QCOMPARE(localStarts(run(night, offering(60, 30), {}, { 2025, 6, 3 }, { 2025, 6, 3 }), "Europe/London"),
             list({ "00:10", "00:40" }));
    QCOMPARE(localStarts(run(night, offering(60, 30), {}, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London"),
             list({ "22:10", "22:40", "23:10", "23:40", "00:10", "00:40" }));
}

void TstSlotCalculator::nightWithAnOverrideOnOneSide()
{
    // Weekly Monday 22:00-24:00; Tuesday 2025-06-03 has only an override 00:00-01:30.
    Schedule sched = schedule("Europe/London", { rule(1, "22:00", "24:00") });
    sched.overrides << DateOverride { { 2025, 6, 3 }, { { 0, 90 } } };
    QCOMPARE(localStarts(run(sched, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London"),
             list({ "22:00", "22:30", "23:00", "23:30", "00:00" }));
    // The other side: an override on Monday 23:00-24:00 before the weekly Tuesday 00:00-02:00.
    Schedule other = schedule("Europe/London", { rule(2, "00:00", "02:00") });
    other.overrides << DateOverride { { 2025, 6, 2 }, { { 23 * 60, 1440 } } };
    QCOMPARE(localStarts(run(other, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London"),
             list({ "23:00", "23:30", "00:00", "00:30" }));
    // An override that closes Tuesday ends the night at 24:00.
    sched.overrides = { DateOverride { { 2025, 6, 3 }, {} } };
    QCOMPARE(localStarts(run(sched, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London"),
             list({ "22:00", "22:30" }));
}

void TstSlotCalculator::vacationCutsTheNight()
{
    Schedule sched = schedule("Europe/London",
                              { rule(1, "22:00", "24:00"), rule(2, "00:00", "02:00"),
                                rule(2, "22:00", "24:00"), rule(3, "00:00", "02:00") });
    sched.blocks << DateBlock { { 2025, 6, 3 }, { 2025, 6, 3 }, QStringLiteral("vacation") };
    // Tuesday is blocked: Monday's night ends at 24:00; Tuesday's own night is gone, and
    // Wednesday 00:00-02:00 stands alone.
    QCOMPARE(
        localStarts(run(sched, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 4 }), "Europe/London", true),
        list({ "2025-06-02T22:00", "2025-06-02T22:30", "2025-06-04T00:00", "2025-06-04T00:30" }));
    // A vacation that ends on Monday: Monday contributes nothing, Tuesday 00:00 starts afresh.
    sched.blocks = { DateBlock { { 2025, 5, 30 }, { 2025, 6, 2 }, QString() } };
    QCOMPARE(
        localStarts(run(sched, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London", true),
        list({ "2025-06-03T00:00", "2025-06-03T00:30", "2025-06-03T22:00", "2025-06-03T22:30",
               "2025-06-03T23:00", "2025-06-03T23:30" }));
}

void TstSlotCalculator::dstNightsInLondon()
{
    // Spring: Sat 2027-03-27 23:00 GMT to Sun 03:00 BST is 23:00Z-02:00Z, three real hours.
    const Schedule night
        = schedule("Europe/London", { rule(6, "23:00", "24:00"), rule(7, "00:00", "03:00") });
    const auto spring = run(night, offering(60, 30), {}, { 2027, 3, 27 }, { 2027, 3, 28 });
    QCOMPARE(starts(spring),
             list({ "2027-03-27T23:00:00Z", "2027-03-27T23:30:00Z", "2027-03-28T00:00:00Z",
                    "2027-03-28T00:30:00Z", "2027-03-28T01:00:00Z" }));
    QCOMPARE(localStarts(spring, "Europe/London"), list({ "23:00", "23:30", "00:00", "00:30", "02:00" }));
    // Autumn: Sat 2027-10-30 23:00 BST to Sun 03:00 GMT is 22:00Z-03:00Z, five real hours.
    const auto autumn = run(night, offering(120, 60), {}, { 2027, 10, 30 }, { 2027, 10, 31 });
    QCOMPARE(starts(autumn),
             list({ "2027-10-30T22:00:00Z", "2027-10-30T23:00:00Z", "2027-10-31T00:00:00Z",
                    "2027-10-31T01:00:00Z" }));
    QCOMPARE(localStarts(autumn, "Europe/London"), list({ "23:00", "00:00", "01:00", "01:00" }));
}

void TstSlotCalculator::dstNightsInNewYork()
{
    // Fall back on Sun 2027-11-07 02:00 EDT -> 01:00 EST: Sat 23:00 EDT (03:00Z) to Sun 03:00 EST
    // (08:00Z) is five real hours; 01:00 comes twice.
    const Schedule night
        = schedule("America/New_York", { rule(6, "23:00", "24:00"), rule(7, "00:00", "03:00") });
    const auto autumn = run(night, offering(120, 60), {}, { 2027, 11, 6 }, { 2027, 11, 7 });
    QCOMPARE(starts(autumn),
             list({ "2027-11-07T03:00:00Z", "2027-11-07T04:00:00Z", "2027-11-07T05:00:00Z",
                    "2027-11-07T06:00:00Z" }));
    QCOMPARE(localStarts(autumn, "America/New_York"), list({ "23:00", "00:00", "01:00", "01:00" }));
    // Spring forward on Sun 2027-03-14 02:00 EST -> 03:00 EDT: Sat 23:00 EST (04:00Z) to Sun
    // 03:00 EDT (07:00Z) is three real hours.
    const auto spring = run(night, offering(90, 30), {}, { 2027, 3, 13 }, { 2027, 3, 14 });
    QCOMPARE(localStarts(spring, "America/New_York", true),
             list({ "2027-03-13T23:00", "2027-03-13T23:30", "2027-03-14T00:00", "2027-03-14T00:30" }));
    QCOMPARE(instant::toUtcStringMs(spring.last().endMs), QStringLiteral("2027-03-14T07:00:00Z"));
}

void TstSlotCalculator::nightSlotCountsForTheDateItStarts()
{
    // Mon 20:00-24:00 + Tue 00:00-04:00, one per day. The booked night lesson Mon 23:30-01:00
    // counts for Monday: Monday is full, Tuesday's slots after it stay.
    Offering off = offering(90, 30);
    off.maxPerDay = 1;
    const Schedule night
        = schedule("Europe/London", { rule(1, "20:00", "24:00"), rule(2, "00:00", "04:00") });
    const BusySession booked = session("s1", "2025-06-02T22:30:00Z", "2025-06-03T00:00:00Z"); // 23:30 BST
    QCOMPARE(localStarts(run(night, off, { booked }, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London", true),
             list({ "2025-06-03T01:00", "2025-06-03T01:30", "2025-06-03T02:00", "2025-06-03T02:30" }));
    // Booked at Tue 00:30 instead: it counts for Tuesday, Monday keeps the slots that fit before it.
    const BusySession tuesday = session("s2", "2025-06-02T23:30:00Z", "2025-06-03T01:00:00Z");
    QCOMPARE(localStarts(run(night, off, { tuesday }, { 2025, 6, 2 }, { 2025, 6, 3 }), "Europe/London", true),
             list({ "2025-06-02T20:00", "2025-06-02T20:30", "2025-06-02T21:00", "2025-06-02T21:30",
                    "2025-06-02T22:00", "2025-06-02T22:30", "2025-06-02T23:00" }));
    // The weekly cap too goes by the teacher-zone start date, whatever the viewer sees (Los
    // Angeles, where the whole night is Sunday afternoon). London's week of Mon 2025-06-09
    // already has its one session: the Sunday-night slots stay (their week is the one
    // before, even though they run into Monday), the ones starting after midnight go.
    off.maxPerDay = std::nullopt;
    off.maxPerWeek = 1;
    const Schedule sundayNight
        = schedule("Europe/London", { rule(7, "22:00", "24:00"), rule(1, "00:00", "02:00") });
    const BusySession later = session("s3", "2025-06-10T10:00:00Z", "2025-06-10T11:30:00Z", "off");
    QCOMPARE(localStarts(run(sundayNight, off, { later }, { 2025, 6, 8 }, { 2025, 6, 9 },
                             "2020-01-01T00:00:00Z", "America/Los_Angeles"),
                         "Europe/London", true),
             list({ "2025-06-08T22:00", "2025-06-08T22:30", "2025-06-08T23:00", "2025-06-08T23:30" }));
}

void TstSlotCalculator::nightSeenFromAnotherZone()
{
    // London Mon 22:00-24:00 + Tue 00:00-02:00 (21:00Z-01:00Z) is Monday 17:00-21:00 in New York:
    // the whole night is on the viewer's Monday.
    const Schedule night
        = schedule("Europe/London", { rule(1, "22:00", "24:00"), rule(2, "00:00", "02:00") });
    const auto result = run(night, offering(90, 30), {}, { 2025, 6, 2 }, { 2025, 6, 2 },
                            "2020-01-01T00:00:00Z", "America/New_York");
    QCOMPARE(localStarts(result, "America/New_York", true),
             list({ "2025-06-02T17:00", "2025-06-02T17:30", "2025-06-02T18:00", "2025-06-02T18:30",
                    "2025-06-02T19:00", "2025-06-02T19:30" }));
    // From Tokyo (+09) the night is Tuesday 06:00-10:00.
    QCOMPARE(localStarts(run(night, offering(90, 30), {}, { 2025, 6, 3 }, { 2025, 6, 3 },
                             "2020-01-01T00:00:00Z", "Asia/Tokyo"),
                         "Asia/Tokyo"),
             list({ "06:00", "06:30", "07:00", "07:30", "08:00", "08:30" }));
}

void TstSlotCalculator::roundTheClockAnchorsAtMondays()
{
    QList<WeeklyRule> always;
    for (int day = 1; day <= 7; ++day)
        always << rule(day, "00:00", "24:00");
    const Schedule sched = schedule("Europe/London", always);
    // 24/7: the grid restarts at the last Monday 00:00 whose previous week was all available,
    // Mon 2025-06-02 for a Wednesday: 2 days = 2880 min, the first 25-minute step on Wednesday
    // is 116 x 25 = 2900 min = 00:20.
    const auto wednesday = run(sched, offering(60, 25), {}, { 2025, 6, 4 }, { 2025, 6, 4 });
    QCOMPARE(localStarts(wednesday, "Europe/London").first(), QStringLiteral("00:20"));
    QList<Slot> fromLongQuery;
    for (const Slot &slot : run(sched, offering(60, 25), {}, { 2025, 5, 20 }, { 2025, 6, 10 }))
        if (slot.toJson(QTimeZone("Europe/London")).value(QLatin1String("local_date")).toString()
            == u"2025-06-04")
            fromLongQuery << slot;
    QCOMPARE(fromLongQuery, wednesday);

    // A vacation Sunday 2025-06-08 ends the range at Saturday 24:00; the next starts Monday
    // 2025-06-09 00:00 and first restarts on Monday 2025-06-16 (a whole week later), so Sunday
    // 23:55 (on the grid of 06-09, 403 x 25 min later) and Monday 00:00 are both offered.
    Schedule vacation = sched;
    vacation.blocks << DateBlock { { 2025, 6, 8 }, { 2025, 6, 8 }, QString() };
    const auto aroundMonday = run(vacation, offering(60, 25), {}, { 2025, 6, 15 }, { 2025, 6, 16 });
    const QStringList local = localStarts(aroundMonday, "Europe/London", true);
    QVERIFY(local.contains(QStringLiteral("2025-06-15T23:55")));
    QCOMPARE(local.at(local.indexOf(QStringLiteral("2025-06-15T23:55")) + 1),
             QStringLiteral("2025-06-16T00:00"));
    QCOMPARE(local.at(local.indexOf(QStringLiteral("2025-06-15T23:55")) + 2),
             QStringLiteral("2025-06-16T00:25"));
    QCOMPARE(local.first(), QStringLiteral("2025-06-15T00:10")); // 6 x 1440 / 25 = 345.6 -> 346 steps
}

void TstSlotCalculator::slotsOfADateDoNotDependOnTheQueryRange()
{
    // Random schedules (nights, 24/7, overrides, blocks, DST zones): the slots of [D1, D2]
    // restricted to the viewer-local date D equal the slots of [D, D].
    QRandomGenerator rng(20270328);
    const char *zones[] = { "Europe/London", "America/New_York", "America/Santiago", "Australia/Lord_Howe",
                            "Asia/Kathmandu" };
    const int minutes[] = { 0, 15, 30, 60, 120, 600, 1020, 1320, 1380, 1410, 1440 };
    int compared = 0;
    for (int round = 0; round < 150; ++round) {
        Schedule sched = schedule(zones[rng.bounded(5)], {});
        const bool always = rng.bounded(6) == 0;
        for (int day = 1; always && day <= 7; ++day)
            sched.weekly << WeeklyRule { day, { 0, 1440 } };
        for (int i = 0, n = rng.bounded(1, 7); i < n; ++i) {
            int a = minutes[rng.bounded(11)], b = minutes[rng.bounded(11)];
            if (a == b)
                continue;
            sched.weekly << WeeklyRule { rng.bounded(1, 8), { std::min(a, b), std::max(a, b) } };
        }
        const QDate first = QDate(2027, 1, 1).addDays(rng.bounded(365));
        const QDate last = first.addDays(rng.bounded(1, 15));
        if (rng.bounded(3) == 0)
            sched.overrides << DateOverride { first.addDays(rng.bounded(15)), { { 1380, 1440 } } };
        if (rng.bounded(4) == 0)
            sched.blocks << DateBlock { first.addDays(rng.bounded(15)),
                                        first.addDays(rng.bounded(15, 18)),
                                        {} };
        Offering off = offering(QList<int> { 30, 60, 90, 150, 1500 }.at(rng.bounded(5)),
                                QList<int> { 0, 20, 25, 30, 45 }.at(rng.bounded(5)));
        const char *viewer = rng.bounded(2) ? zones[rng.bounded(5)] : nullptr;
        const QTimeZone viewerZone(viewer ? viewer : sched.timeZone.toLatin1().constData());
        const auto whole = run(sched, off, {}, first, last, "2020-01-01T00:00:00Z", viewer);
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            QList<Slot> restricted;
            for (const Slot &slot : whole) {
                if (slot.toJson(viewerZone).value(QLatin1String("local_date")).toString()
                    == date.toString(Qt::ISODate))
                    restricted << slot;
            }
            const auto alone = run(sched, off, {}, date, date, "2020-01-01T00:00:00Z", viewer);
            if (alone != restricted)
                qWarning() << "round" << round << sched.timeZone << date << "viewer" << viewer;
            QCOMPARE(alone, restricted);
            compared += int(alone.size());
        }
    }
    QVERIFY(compared > 1000);
}

void TstSlotCalculator::joinedAvailabilityForTheEditor()
{
    Schedule night = schedule(
        "Europe/London", { rule(1, "22:00", "24:00"), rule(2, "00:00", "02:00"), rule(2, "09:00", "17:00") });
    night.overrides << DateOverride { { 2025, 6, 10 }, { { 0, 60 } } };
    const auto ranges = joinedAvailability(night, { 2025, 6, 3 }, { 2025, 6, 10 });
    // Tue 06-03 00:00-02:00 belongs to the night that began on Monday 06-02 22:00.
    QCOMPARE(ranges.size(), 3); // the override replaces Tuesday 06-10's weekly hours
    QCOMPARE(ranges.at(0).startDate, QDate(2025, 6, 2));
    QCOMPARE(ranges.at(0).startMinute, 22 * 60);
    QCOMPARE(ranges.at(0).endDate, QDate(2025, 6, 3));
    QCOMPARE(ranges.at(0).endMinute, 120);
    QCOMPARE(instant::toUtcStringMs(ranges.at(0).range.startMs), QStringLiteral("2025-06-02T21:00:00Z"));
    QCOMPARE(instant::toUtcStringMs(ranges.at(0).range.endMs), QStringLiteral("2025-06-03T01:00:00Z"));
    QVERIFY(!ranges.at(0).range.fromOverride);
    QCOMPARE(ranges.at(1).startMinute, 9 * 60);
    QCOMPARE(ranges.at(1).endMinute, 17 * 60);
    // Mon 06-09 22:00 + the override of Tue 06-10 00:00-01:00: one range, marked as override.
    QCOMPARE(ranges.at(2).startDate, QDate(2025, 6, 9));
    QCOMPARE(ranges.at(2).endDate, QDate(2025, 6, 10));
    QCOMPARE(ranges.at(2).endMinute, 60);
    QVERIFY(ranges.at(2).range.fromOverride);
    // A range ending at midnight ends at 24:00 of its own date.
    const auto evening = joinedAvailability(schedule("Europe/London", { rule(1, "22:00", "24:00") }),
                                            { 2025, 6, 2 }, { 2025, 6, 2 });
    QCOMPARE(evening.size(), 1);
    QCOMPARE(evening.first().endDate, QDate(2025, 6, 2));
    QCOMPARE(evening.first().endMinute, 1440);
    // 24/7 is walked MaxWalkDays either way, then clipped and marked.
    QList<WeeklyRule> always;
    for (int day = 1; day <= 7; ++day)
        always << rule(day, "00:00", "24:00");
    const auto open
        = joinedAvailability(schedule("America/New_York", always), { 2025, 6, 2 }, { 2025, 6, 2 });
    QCOMPARE(open.size(), 1);
    QVERIFY(open.first().continuesBefore && open.first().continuesAfter);
    QCOMPARE(open.first().startDate, QDate(2025, 5, 26));
    QCOMPARE(open.first().startMinute, 0);
    QCOMPARE(open.first().endDate, QDate(2025, 6, 9));
    QCOMPARE(open.first().endMinute, 1440);
    QVERIFY(
        joinedAvailability(schedule("Mars/Olympus_Mons", always), { 2025, 6, 2 }, { 2025, 6, 2 }).isEmpty());
}

void TstSlotCalculator::saoPauloAfterDstWasAbolished()
{
    const Schedule sched = schedule("America/Sao_Paulo", { rule(7, "00:00", "01:00") });
    // 2018: the whole hour was skipped (00:00 -> 01:00), so the interval is empty.
    QVERIFY(run(sched, offering(60), {}, { 2018, 11, 4 }, { 2018, 11, 4 }, "2010-01-01T00:00:00Z").isEmpty());
    // 2019: DST abolished, the same rule is a normal hour at -03.
    QCOMPARE(starts(run(sched, offering(60), {}, { 2019, 11, 3 }, { 2019, 11, 3 }, "2010-01-01T00:00:00Z")),
             list({ "2019-11-03T03:00:00Z" }));
}

void TstSlotCalculator::overridesAndBlocks()
{
    Schedule sched = schedule("America/New_York", {});
    for (int day = 1; day <= 5; ++day)
        sched.weekly << rule(day, "09:00", "17:00");
    sched.overrides << DateOverride { { 2025, 6, 3 }, { { 13 * 60, 14 * 60 } } } // Tue: custom hours
                    << DateOverride { { 2025, 6, 4 }, {} } // Wed: closed
                    << DateOverride { { 2025, 6, 5 }, { { 10 * 60, 11 * 60 } } } // Thu: blocked anyway
                    << DateOverride { { 2025, 6, 7 }, { { 10 * 60, 11 * 60 } } }; // Sat: opened
    sched.blocks << DateBlock { { 2025, 6, 5 }, { 2025, 6, 6 }, QStringLiteral("vacation") };
    const auto result = run(sched, offering(60), {}, { 2025, 6, 2 }, { 2025, 6, 8 });
    QCOMPARE(result.size(), 10);
    QCOMPARE(starts(result.mid(8)), list({ "2025-06-03T17:00:00Z", "2025-06-07T14:00:00Z" }));
}

void TstSlotCalculator::buffersStack()
{
    // Candidate [s-10, s+60+10) must not overlap the session widened to [09:55, 11:15).
    Offering off = offering(60, 15);
    off.bufferBeforeMinutes = 10;
    off.bufferAfterMinutes = 10;
    BusySession busy = session("b1", "2025-06-02T14:00:00Z", "2025-06-02T15:00:00Z", "other");
    busy.bufferBeforeMinutes = 5;
    busy.bufferAfterMinutes = 15;
    const Schedule sched = schedule("America/New_York", { rule(1, "08:00", "14:00") });
    const auto result = run(sched, off, { busy }, { 2025, 6, 2 }, { 2025, 6, 2 });
    QCOMPARE(localStarts(result, "America/New_York"),
             list({ "08:00", "08:15", "08:30", "08:45", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45",
                    "13:00" }));
    busy.cancelled = true;
    QCOMPARE(run(sched, off, { busy }, { 2025, 6, 2 }, { 2025, 6, 2 }).size(), 21);
}

void TstSlotCalculator::noticeAndWindowBoundaries()
{
    Offering off = offering(60);
    off.minimumNoticeMinutes = 120;
    off.bookingWindowDays = 1;
    const Schedule sched
        = schedule("America/New_York", { rule(1, "09:00", "17:00"), rule(2, "09:00", "17:00") });
    // now = Monday 09:00 EDT: earliest 11:00 Monday, latest exactly Tuesday 09:00.
    const auto result = run(sched, off, {}, { 2025, 6, 2 }, { 2025, 6, 3 }, "2025-06-02T13:00:00Z");
    QCOMPARE(localStarts(result, "America/New_York", true),
             list({ "2025-06-02T11:00", "2025-06-02T12:00", "2025-06-02T13:00", "2025-06-02T14:00",
                    "2025-06-02T15:00", "2025-06-02T16:00", "2025-06-03T09:00" }));
}

void TstSlotCalculator::seats()
{
    Offering off = offering(60, 30);
    off.seats = 4;
    const Schedule sched = schedule("America/New_York", { rule(1, "09:00", "12:00") });
    BusySession group = session("g1", "2025-06-02T14:00:00Z", "2025-06-02T15:00:00Z"); // 10:00-11:00
    group.bookedSeats = 2;
    auto result = run(sched, off, { group }, { 2025, 6, 2 }, { 2025, 6, 2 });
    QCOMPARE(localStarts(result, "America/New_York"), list({ "09:00", "10:00", "11:00" }));
    QCOMPARE(result.at(0).seatsAvailable, 4);
    QVERIFY(result.at(0).sessionId.isEmpty());
    QCOMPARE(result.at(1).sessionId, QStringLiteral("g1"));
    QCOMPARE(result.at(1).seatsAvailable, 2);

    // Full: the session blocks its own slot like any other.
    group.bookedSeats = 4;
    QCOMPARE(localStarts(run(sched, off, { group }, { 2025, 6, 2 }, { 2025, 6, 2 }), "America/New_York"),
             list({ "09:00", "11:00" }));

    // A daily cap of 1 is reached by the group session; joining it adds no session.
    group.bookedSeats = 1;
    off.maxPerDay = 1;
    result = run(sched, off, { group }, { 2025, 6, 2 }, { 2025, 6, 2 });
    QCOMPARE(localStarts(result, "America/New_York"), list({ "10:00" }));
    QCOMPARE(result.first().seatsAvailable, 3);
}

void TstSlotCalculator::capsPerWeekInTeacherZoneAcrossDst()
{
    // Teacher in London (BST starts Sunday 2025-03-30), student in Los Angeles.
    // The one session is Monday 2025-03-31 00:30 BST = Sunday 23:30Z = Sunday 16:30 in LA:
    // it fills the teacher's week of Mar 31, not the week of Mar 24 that UTC or LA would pick.
    Offering off = offering(60);
    off.maxPerWeek = 1;
    QList<WeeklyRule> daily;
    for (int day = 1; day <= 7; ++day)
        daily << rule(day, "09:00", "10:00");
    const auto result = run(schedule("Europe/London", daily), off,
                            { session("s1", "2025-03-30T23:30:00Z", "2025-03-31T00:30:00Z") },
                            { 2025, 3, 24 }, { 2025, 4, 6 }, "2025-03-01T00:00:00Z", "America/Los_Angeles");
    QCOMPARE(result.size(), 7);
    QCOMPARE(starts(result).first(), QStringLiteral("2025-03-24T09:00:00Z")); // 09:00 GMT
    QCOMPARE(starts(result).last(), QStringLiteral("2025-03-30T08:00:00Z")); // 09:00 BST
    QCOMPARE(localStarts(result, "Europe/London"), QStringList(7, QStringLiteral("09:00")));
    QCOMPARE(localStarts(result, "America/Los_Angeles").last(), QStringLiteral("01:00"));
}

void TstSlotCalculator::capsPerDayInTeacherZone()
{
    Offering off = offering(60);
    off.maxPerDay = 1;
    QList<WeeklyRule> daily;
    for (int day = 1; day <= 7; ++day)
        daily << rule(day, "09:00", "10:00");
    const auto result = run(schedule("Europe/London", daily), off,
                            { session("s1", "2025-03-30T23:30:00Z", "2025-03-31T00:30:00Z") },
                            { 2025, 3, 29 }, { 2025, 4, 1 }, "2025-03-01T00:00:00Z", "America/Los_Angeles");
    QCOMPARE(starts(result),
             list({ "2025-03-29T09:00:00Z", "2025-03-30T08:00:00Z", "2025-04-01T08:00:00Z" }));
}

void TstSlotCalculator::capsIgnoreCancelledAndOtherOfferings()
{
    Offering off = offering(60);
    off.maxPerDay = 1;
    BusySession cancelled = session("c", "2025-06-02T20:00:00Z", "2025-06-02T21:00:00Z");
    cancelled.cancelled = true;
    const BusySession other
        = session("o", "2025-06-02T21:00:00Z", "2025-06-02T22:00:00Z", "another-offering");
    const auto result = run(schedule("America/New_York", { rule(1, "09:00", "11:00") }), off,
                            { cancelled, other }, { 2025, 6, 2 }, { 2025, 6, 2 });
    QCOMPARE(result.size(), 2);
    off.maxPerDay = 0;
    QVERIFY(run(schedule("America/New_York", { rule(1, "09:00", "11:00") }), off, {}, { 2025, 6, 2 },
                { 2025, 6, 2 })
                .isEmpty());
}

void TstSlotCalculator::invalidQueries()
{
    QString error;
    const Schedule good = schedule("Europe/London", { rule(1, "09:00", "10:00") });
    SlotQuery query { { 2025, 6, 3 }, { 2025, 6, 2 }, 0, {} };
    QVERIFY(!SlotCalculator::compute(good, offering(60), {}, query, &error));
    QVERIFY(error.contains(QLatin1String("range")));
    query = { { 2025, 1, 1 }, { 2026, 6, 1 }, 0, {} };
    QVERIFY(!SlotCalculator::compute(good, offering(60), {}, query, &error));
    query = { { 2025, 6, 2 }, { 2025, 6, 2 }, 0, {} };
    QVERIFY(!SlotCalculator::compute(schedule("Mars/Olympus_Mons", {}), offering(60), {}, query, &error));
    QVERIFY(error.contains(QLatin1String("Mars/Olympus_Mons")));
}

void TstSlotCalculator::millisecondsCount()
{
    // Monday 2026-11-30, London (GMT = UTC), 10:00-12:00, 60-minute slots.
    const Schedule sched = schedule("Europe/London", { rule(1, "10:00", "12:00") });
    const QDate day(2026, 11, 30);
    // now = 10:00:00.500Z: the 10:00 slot has already started (notice 0); at .000 it is still offered.
    QCOMPARE(starts(run(sched, offering(60), {}, day, day, "2026-11-30T10:00:00.500Z")),
             list({ "2026-11-30T11:00:00Z" }));
    QCOMPARE(starts(run(sched, offering(60), {}, day, day, "2026-11-30T10:00:00Z")),
             list({ "2026-11-30T10:00:00Z", "2026-11-30T11:00:00Z" }));
    QCOMPARE(starts(run(sched, offering(60), {}, day, day, "2026-11-30T09:59:59.999Z")).size(), 2);
    // A session ending at 10:00:00.500Z overlaps the 10:00 slot; one ending at 10:00:00Z does not.
    const BusySession late = session("b", "2026-11-30T09:00:00Z", "2026-11-30T10:00:00.500Z", "other");
    QCOMPARE(starts(run(sched, offering(60), { late }, day, day)), list({ "2026-11-30T11:00:00Z" }));
    const BusySession onTime = session("b", "2026-11-30T09:00:00Z", "2026-11-30T10:00:00Z", "other");
    QCOMPARE(run(sched, offering(60), { onTime }, day, day).size(), 2);
    // Likewise a session starting at 10:59:59.999Z blocks the 10:00 slot.
    QCOMPARE(starts(run(sched, offering(60),
                        { session("c", "2026-11-30T10:59:59.999Z", "2026-11-30T11:30:00Z", "x") }, day, day)),
             QStringList {});
    // Open seats match by exact start to the millisecond.
    Offering group = offering(60);
    group.seats = 4;
    BusySession exact = session("g1", "2026-11-30T10:00:00.000Z", "2026-11-30T11:00:00Z");
    exact.bookedSeats = 1;
    auto result = run(sched, group, { exact }, day, day);
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.first().sessionId, QStringLiteral("g1"));
    QCOMPARE(result.first().seatsAvailable, 3);
    BusySession off = exact;
    off.startMs += 1; // 10:00:00.001Z: not the slot's session, so it blocks the 10:00 slot
    result = run(sched, group, { off }, day, day);
    QCOMPARE(starts(result), list({ "2026-11-30T11:00:00Z" }));
    QVERIFY(result.first().sessionId.isEmpty());
    // The same through the JSON request: "now" keeps its fraction.
    const auto request = SlotRequest::fromJson(
        QJsonObject { { QStringLiteral("schedule"), sched.toJson() },
                      { QStringLiteral("offering"), offering(60).toJson() },
                      { QStringLiteral("from"), QStringLiteral("2026-11-30") },
                      { QStringLiteral("to"), QStringLiteral("2026-11-30") },
                      { QStringLiteral("now"), QStringLiteral("2026-11-30T10:00:00.5Z") } });
    QVERIFY(request);
    QCOMPARE(request->query.nowMs % 1000, 500);
    const auto reply = request->reply();
    QVERIFY(reply);
    QCOMPARE(reply->value(QLatin1String("slots")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TstSlotCalculator)
#include "tst_slot_calculator.moc"
