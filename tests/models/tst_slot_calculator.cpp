// SlotCalculator: hand-written cases for the rules in models/SlotCalculator.h.
#include "models/InstantFormat.h"
#include "models/SlotCalculator.h"

#include <QTest>

using namespace companion;

namespace {

WeeklyRule rule(int day, const char *start, const char *end)
{
    return { day,
             { *instant::parseMinuteOfDay(QLatin1String(start)),
               *instant::parseMinuteOfDay(QLatin1String(end)) } };
}

Schedule schedule(const char *zone, QList<WeeklyRule> weekly)
{
    Schedule s;
    s.id = QStringLiteral("sch");
    s.timeZone = QString::fromLatin1(zone);
    s.weekly = weekly;
    return s;
}

Offering offering(int duration, int interval = 0)
{
    Offering o;
    o.id = QStringLiteral("off");
    o.durationMinutes = duration;
    o.slotIntervalMinutes = interval;
    return o;
}

BusySession session(const char *id, const char *start, const char *end, const char *offeringId = "off")
{
    BusySession s;
    s.id = QString::fromLatin1(id);
    s.offeringId = QString::fromLatin1(offeringId);
    s.startUtc = *instant::parse(QLatin1String(start));
    s.endUtc = *instant::parse(QLatin1String(end));
    return s;
}

QList<Slot> run(const Schedule &sched, const Offering &off, const QList<BusySession> &busy, QDate from,
                QDate to, const char *now = "2020-01-01T00:00:00Z", const char *viewerZone = nullptr)
{
    SlotQuery query { from, to, *instant::parse(QLatin1String(now)), {} };
    if (viewerZone)
        query.viewerZone = QTimeZone(viewerZone);
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
        out << instant::toUtcString(slot.startUtc);
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
    void santiagoMidnightGapAndNoMergeAcrossMidnight();
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

void TstSlotCalculator::santiagoMidnightGapAndNoMergeAcrossMidnight()
{
    // Saturday 22:00-24:00 (-04) and Sunday 00:00-02:00, where Sunday 00:00 is really 01:00 -03.
    // Ranges do not merge across local midnight, so no 23:30 slot spans the two days.
    const auto result = run(
        schedule("America/Santiago", { rule(6, "22:00", "24:00"), rule(7, "00:00", "02:00") }),
        offering(60, 30), {}, { 2025, 9, 6 }, { 2025, 9, 7 }, "2020-01-01T00:00:00Z", "America/New_York");
    QCOMPARE(starts(result),
             list({ "2025-09-07T02:00:00Z", "2025-09-07T02:30:00Z", "2025-09-07T03:00:00Z",
                    "2025-09-07T04:00:00Z" }));
    QCOMPARE(localStarts(result, "America/New_York", true),
             list({ "2025-09-06T22:00", "2025-09-06T22:30", "2025-09-06T23:00", "2025-09-07T00:00" }));
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

QTEST_GUILESS_MAIN(TstSlotCalculator)
#include "tst_slot_calculator.moc"
