// SlotCalculator::explain: why a day offers no slot, from the same pass that computes the
// slots (models/schedule/SlotCalculator.h, SlotReason and DayExplanation).
#include "SlotFixtures.h"
#include "models/schedule/SlotCalculator.h"
#include "models/time/InstantFormat.h"

#include <QRandomGenerator>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

SlotReport explain(const Schedule &sched, const Offering &off, const QList<BusySession> &busy, QDate from,
                   QDate to, const char *now, const char *viewerZone = nullptr)
{
    const SlotQuery query = test::query(from, to, now, viewerZone);
    QString error;
    const auto report = SlotCalculator::explain(sched, off, busy, query, &error);
    if (!report)
        qWarning() << "explain failed:" << error;
    return report.value_or(SlotReport {});
}

int gridStarts(const DayExplanation &day)
{
    int total = day.offered;
    for (int r = 1; r < SlotReasonCount; ++r)
        total += day.removed[r];
    return total;
}

} // namespace

class TstSlotReasons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closedAndVacation();
    void pastThenNotice();
    void noticeCrossingMidnight();
    void bookedBeatsBufferOnATie();
    void capsCountInTheTeachersZone();
    void windowEndsTheWeek();
    void dstDayCountsEveryStartOnce();
    void openSeatBlockedByAnotherSession();
    void explanationsMatchTheSlots();
};

// Mon-Fri 09:00-12:00 in Berlin; a vacation on Wednesday: Saturday is closed, Wednesday on vacation.
void TstSlotReasons::closedAndVacation()
{
    Schedule s = schedule("Europe/Berlin",
                          { rule(1, "09:00", "12:00"), rule(2, "09:00", "12:00"), rule(3, "09:00", "12:00"),
                            rule(4, "09:00", "12:00"), rule(5, "09:00", "12:00") });
    s.blocks.append(DateBlock { QDate(2026, 12, 9), QDate(2026, 12, 9), QStringLiteral("dentist") });
    // A day closed by an override is closed too.
    s.overrides.append(DateOverride { QDate(2026, 12, 10), {} });
    const SlotReport r
        = explain(s, offering(60), {}, QDate(2026, 12, 7), QDate(2026, 12, 13), "2026-12-01T00:00:00Z");
    QCOMPARE(r.days.size(), 7);
    QCOMPARE(r.days[0].date, QDate(2026, 12, 7));
    QCOMPARE(r.days[0].reason, SlotReason::Offered);
    QCOMPARE(r.days[0].offered, 3);
    QCOMPARE(r.days[2].reason, SlotReason::Vacation);
    QCOMPARE(gridStarts(r.days[2]), 0);
    QCOMPARE(r.days[3].reason, SlotReason::Closed);
    QCOMPARE(r.days[5].reason, SlotReason::Closed);
    QCOMPARE(r.days[6].reason, SlotReason::Closed);
    // Hours too short for the lesson are no start either: closed for a 4-hour lesson.
    const SlotReport long4h
        = explain(s, offering(240), {}, QDate(2026, 12, 7), QDate(2026, 12, 7), "2026-12-01T00:00:00Z");
    QCOMPARE(long4h.days[0].reason, SlotReason::Closed);
}

// It is 12:00 UTC on the day; 09:00-17:00 hourly. The morning is past, the afternoon within
// five hours' notice: the day says Notice (what the teacher can change), not Past.
void TstSlotReasons::pastThenNotice()
{
    const Schedule s = schedule("UTC", { rule(3, "09:00", "17:00") });
    Offering o = offering(60);
    o.minimumNoticeMinutes = 5 * 60;
    const SlotReport r = explain(s, o, {}, QDate(2025, 6, 4), QDate(2025, 6, 4), "2025-06-04T12:00:00Z");
    QCOMPARE(r.days[0].offered, 0);
    QCOMPARE(r.days[0].removedBy(SlotReason::Past), 3); // 09, 10, 11
    QCOMPARE(r.days[0].removedBy(SlotReason::Notice), 5); // 12 ... 16
    QCOMPARE(r.days[0].reason, SlotReason::Notice);
    // 12:00:00.000 exactly is not past; one millisecond later it is.
    o.minimumNoticeMinutes = 0;
    QCOMPARE(explain(s, o, {}, QDate(2025, 6, 4), QDate(2025, 6, 4), "2025-06-04T12:00:00Z").days[0].offered,
             5);
    const SlotReport later
        = explain(s, o, {}, QDate(2025, 6, 4), QDate(2025, 6, 4), "2025-06-04T16:00:00.001Z");
    QCOMPARE(later.days[0].reason, SlotReason::Past);
    QCOMPARE(later.days[0].removedBy(SlotReason::Past), 8);
}

// 22:00 on Wednesday in Berlin with 12 hours' notice: Thursday's 08:00 and 09:00 are within
// the notice although they are on another date; 10:00 is exactly at the limit and offered.
void TstSlotReasons::noticeCrossingMidnight()
{
    const Schedule s = schedule("Europe/Berlin", { rule(4, "08:00", "11:00"), rule(5, "08:00", "10:00") });
    Offering o = offering(60);
    o.minimumNoticeMinutes = 12 * 60;
    const SlotReport r
        = explain(s, o, {}, QDate(2026, 12, 9), QDate(2026, 12, 11), "2026-12-09T21:00:00Z"); // 22:00 Berlin
    QCOMPARE(r.days[0].reason, SlotReason::Closed); // Wednesday has no hours
    QCOMPARE(r.days[1].removedBy(SlotReason::Notice), 2);
    QCOMPARE(r.days[1].offered, 1);
    QCOMPARE(r.days[1].reason, SlotReason::Offered);
    QCOMPARE(r.days[2].reason, SlotReason::Offered);
    // Seen from Tokyo (+8 h), the same Thursday morning is Thursday afternoon: still Notice there.
    o.minimumNoticeMinutes = 13 * 60;
    const SlotReport tokyo
        = explain(s, o, {}, QDate(2026, 12, 10), QDate(2026, 12, 10), "2026-12-09T21:00:00Z", "Asia/Tokyo");
    QCOMPARE(tokyo.days[0].offered, 0);
    QCOMPARE(tokyo.days[0].removedBy(SlotReason::Notice), 3);
    QCOMPARE(tokyo.days[0].reason, SlotReason::Notice);
}

// A session 10:00-11:00 and a 30-minute before-buffer: 10:00 is booked, 11:00 only touches
// the buffer. One each: a tie goes to Booked.
void TstSlotReasons::bookedBeatsBufferOnATie()
{
    const Schedule s = schedule("UTC", { rule(1, "10:00", "12:00") });
    Offering o = offering(60);
    o.bufferBeforeMinutes = 30;
    const QList<BusySession> busy { session("s1", "2025-06-02T10:00:00Z", "2025-06-02T11:00:00Z", "other") };
    const SlotReport r = explain(s, o, busy, QDate(2025, 6, 2), QDate(2025, 6, 2), "2025-06-01T00:00:00Z");
    QCOMPARE(r.days[0].removedBy(SlotReason::Booked), 1);
    QCOMPARE(r.days[0].removedBy(SlotReason::Buffer), 1);
    QCOMPARE(r.days[0].reason, SlotReason::Booked);
    // The session's own after-buffer alone blocks 11:00 and 11:30 of a 30-minute grid.
    Offering half = offering(30);
    QList<BusySession> buffered = busy;
    buffered[0].bufferAfterMinutes = 60;
    const SlotReport b
        = explain(s, half, buffered, QDate(2025, 6, 2), QDate(2025, 6, 2), "2025-06-01T00:00:00Z");
    QCOMPARE(b.days[0].removedBy(SlotReason::Booked), 2);
    QCOMPARE(b.days[0].removedBy(SlotReason::Buffer), 2);
    // A cancelled session blocks nothing.
    buffered[0].cancelled = true;
    QCOMPARE(explain(s, half, buffered, QDate(2025, 6, 2), QDate(2025, 6, 2), "2025-06-01T00:00:00Z")
                 .days[0]
                 .offered,
             4);
}

// One lesson a day, counted by the TEACHER's date: a Berlin Monday that has its session also
// empties the Tokyo Tuesday morning that is still Berlin's Monday evening.
void TstSlotReasons::capsCountInTheTeachersZone()
{
    const Schedule s = schedule("Europe/Berlin", { rule(1, "09:00", "13:00"), rule(1, "20:00", "22:00") });
    Offering o = offering(60);
    o.maxPerDay = 1;
    const QList<BusySession> busy { session("s1", "2026-12-07T08:00:00Z",
                                            "2026-12-07T09:00:00Z") }; // 09:00 Berlin
    const SlotReport berlin
        = explain(s, o, busy, QDate(2026, 12, 7), QDate(2026, 12, 7), "2026-12-01T00:00:00Z");
    QCOMPARE(berlin.days[0].removedBy(SlotReason::Booked), 1);
    QCOMPARE(berlin.days[0].removedBy(SlotReason::Cap), 5); // 10, 11, 12, 20, 21
    QCOMPARE(berlin.days[0].reason, SlotReason::Cap);
    const SlotReport tokyo
        = explain(s, o, busy, QDate(2026, 12, 8), QDate(2026, 12, 8), "2026-12-01T00:00:00Z", "Asia/Tokyo");
    QCOMPARE(tokyo.days[0].removedBy(SlotReason::Cap), 2); // 04:00 and 05:00 Tokyo
    QCOMPARE(tokyo.days[0].reason, SlotReason::Cap);
    // A weekly cap of 1 empties the rest of that ISO week, and the next week is free again.
    o.maxPerDay.reset();
    o.maxPerWeek = 1;
    const SlotReport week
        = explain(s, o, busy, QDate(2026, 12, 7), QDate(2026, 12, 14), "2026-12-01T00:00:00Z");
    QCOMPARE(week.days[0].reason, SlotReason::Cap);
    QCOMPARE(week.days[7].reason, SlotReason::Offered);
}

// A 1-day booking window from Monday noon: Wednesday 09:00 is beyond it.
void TstSlotReasons::windowEndsTheWeek()
{
    const Schedule s = schedule("UTC", { rule(1, "09:00", "10:00"), rule(3, "09:00", "10:00") });
    Offering o = offering(60);
    o.bookingWindowDays = 1;
    const SlotReport r = explain(s, o, {}, QDate(2025, 6, 2), QDate(2025, 6, 4), "2025-06-02T12:00:00Z");
    QCOMPARE(r.days[0].reason, SlotReason::Past);
    QCOMPARE(r.days[1].reason, SlotReason::Closed);
    QCOMPARE(r.days[2].reason, SlotReason::Window);
}

// Berlin springs forward on Sunday 29 March 2026 (02:00 -> 03:00): 00:00-04:00 holds three
// hourly starts (00, 01, 03). Seen from New York (already on summer time) they fall on
// Saturday evening; every start is counted once, on the viewer's date.
void TstSlotReasons::dstDayCountsEveryStartOnce()
{
    const Schedule s = schedule("Europe/Berlin", { rule(7, "00:00", "04:00") });
    const Offering o = offering(60);
    const SlotReport here = explain(s, o, {}, QDate(2026, 3, 29), QDate(2026, 3, 29), "2026-03-29T00:30:00Z");
    QCOMPARE(gridStarts(here.days[0]), 3);
    QCOMPARE(here.days[0].removedBy(SlotReason::Past), 2); // 00:00 (23:00Z) and 01:00 (00:00Z)
    QCOMPARE(here.days[0].offered, 1); // 03:00 CEST = 01:00Z
    const SlotReport ny = explain(s, o, {}, QDate(2026, 3, 28), QDate(2026, 3, 29), "2026-03-29T00:30:00Z",
                                  "America/New_York");
    QCOMPARE(gridStarts(ny.days[0]), 3); // 19:00, 20:00, 21:00 on Saturday in New York
    QCOMPARE(ny.days[0].offered, 1);
    QCOMPARE(gridStarts(ny.days[1]), 0);
    QCOMPARE(ny.days[1].reason, SlotReason::Closed);
    // A vacation on the Berlin Sunday explains the New York Saturday evening.
    Schedule away = s;
    away.blocks.append(DateBlock { QDate(2026, 3, 29), QDate(2026, 3, 29), {} });
    const SlotReport gone = explain(away, o, {}, QDate(2026, 3, 28), QDate(2026, 3, 28),
                                    "2026-03-01T00:00:00Z", "America/New_York");
    QCOMPARE(gone.days[0].reason, SlotReason::Vacation);
}

// A group session with a free seat is offered, unless another session overlaps it.
void TstSlotReasons::openSeatBlockedByAnotherSession()
{
    const Schedule s = schedule("UTC", { rule(1, "10:00", "12:00") });
    Offering o = offering(60);
    o.seats = 4;
    BusySession group = session("g", "2025-06-02T10:00:00Z", "2025-06-02T11:00:00Z");
    group.bookedSeats = 2;
    SlotReport r = explain(s, o, { group }, QDate(2025, 6, 2), QDate(2025, 6, 2), "2025-06-01T00:00:00Z");
    QCOMPARE(r.days[0].offered, 2);
    const BusySession other = session("x", "2025-06-02T10:30:00Z", "2025-06-02T10:45:00Z", "other");
    r = explain(s, o, { group, other }, QDate(2025, 6, 2), QDate(2025, 6, 2), "2025-06-01T00:00:00Z");
    QCOMPARE(r.days[0].offered, 1);
    QCOMPARE(r.days[0].removedBy(SlotReason::Booked), 1);
}

// Random schedules, sessions, notices, caps and zones: explain() gives compute()'s slots,
// each day's `offered` is its number of slots, every grid start is counted once (the starts
// of the same query with nothing removed), and a day without slots always names a reason.
void TstSlotReasons::explanationsMatchTheSlots()
{
    QRandomGenerator rng(20261207);
    const char *zones[]
        = { "Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC" };
    for (int round = 0; round < 200; ++round) {
        Schedule s = schedule(zones[rng.bounded(5)], {});
        for (int i = 0; i < 6; ++i) {
            const int start = rng.bounded(0, 96) * 15;
            const int end = std::min(1440, start + rng.bounded(1, 40) * 15);
            s.weekly.append(WeeklyRule { int(rng.bounded(1, 8)), { start, end } });
        }
        const QDate from = QDate(2026, 3, 20).addDays(rng.bounded(0, 230));
        const QDate to = from.addDays(rng.bounded(0, 10));
        if (rng.bounded(3) == 0)
            s.blocks.append(
                DateBlock { from.addDays(rng.bounded(0, 5)), from.addDays(rng.bounded(5, 8)), {} });
        Offering o = offering(15 * rng.bounded(1, 9));
        o.slotIntervalMinutes = rng.bounded(2) ? 0 : 15 * rng.bounded(1, 5);
        o.bufferBeforeMinutes = 5 * rng.bounded(0, 4);
        o.bufferAfterMinutes = 5 * rng.bounded(0, 4);
        o.minimumNoticeMinutes = 60 * rng.bounded(0, 30);
        if (rng.bounded(2))
            o.maxPerDay = rng.bounded(0, 3);
        if (rng.bounded(2))
            o.bookingWindowDays = rng.bounded(0, 8);
        const qint64 fromMs = QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QList<BusySession> busy;
        for (int i = 0; i < 5; ++i) {
            BusySession b;
            b.id = QStringLiteral("s%1").arg(i);
            b.offeringId = rng.bounded(2) ? QStringLiteral("off") : QStringLiteral("other");
            b.startMs = fromMs + qint64(rng.bounded(-48, 24 * 12)) * 3600000 + rng.bounded(4) * 900000;
            b.endMs = b.startMs + qint64(rng.bounded(1, 8)) * 900000;
            b.bufferAfterMinutes = 5 * rng.bounded(0, 3);
            b.cancelled = rng.bounded(6) == 0;
            busy.append(b);
        }
        SlotQuery query { from, to, fromMs + qint64(rng.bounded(-24, 24 * 8)) * 3600000,
                          QTimeZone(zones[rng.bounded(5)]) };
        const auto found = SlotCalculator::compute(s, o, busy, query);
        const auto report = SlotCalculator::explain(s, o, busy, query);
        QVERIFY(found && report);
        QCOMPARE(report->slotList, *found);
        QCOMPARE(report->days.size(), from.daysTo(to) + 1);

        // Nothing removed: the same grid, all offered.
        Offering open = o;
        open.bufferBeforeMinutes = open.bufferAfterMinutes = open.minimumNoticeMinutes = 0;
        open.maxPerDay.reset();
        open.bookingWindowDays.reset();
        SlotQuery early = query;
        early.nowMs = fromMs - 40LL * 86400000;
        const auto all = SlotCalculator::explain(s, open, {}, early);
        QVERIFY(all);
        for (int d = 0; d < report->days.size(); ++d) {
            const DayExplanation &day = report->days[d];
            QCOMPARE(day.date, from.addDays(d));
            const auto onDay = std::count_if(found->begin(), found->end(), [&](const Slot &slot) {
                return QDateTime::fromMSecsSinceEpoch(slot.startMs, query.viewerZone).date() == day.date;
            });
            QCOMPARE(day.offered, int(onDay));
            QCOMPARE(gridStarts(day), all->days[d].offered);
            QCOMPARE(day.reason == SlotReason::Offered, day.offered > 0);
            if (gridStarts(day) == 0)
                QVERIFY(day.reason == SlotReason::Closed || day.reason == SlotReason::Vacation);
            else if (day.offered == 0)
                QVERIFY(day.removedBy(day.reason) > 0);
        }
    }
}

QTEST_APPLESS_MAIN(TstSlotReasons)
#include "tst_slot_reasons.moc"
