// The calendar's layout models: availability evaluated per teacher-local date and shown
// in another viewer zone (DST weeks on both sides), side-by-side columns for overlaps,
// pieces cut at the viewer's midnight, the month grid and the agenda. Every model runs
// under QAbstractItemModelTester.
#include "models/itemmodels/CalendarLayout.h"
#include "models/itemmodels/CalendarMonthModel.h"
#include "models/itemmodels/CalendarWeekModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace companion;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

Schedule berlinWeekdays()
{
    Schedule schedule;
    schedule.timeZone = QStringLiteral("Europe/Berlin");
    for (int day = 1; day <= 5; ++day)
        schedule.weekly.append(WeeklyRule { day, LocalInterval { 9 * 60, 17 * 60 } });
    return schedule;
}

CalendarEntry session(const char *id, const char *start, const char *end)
{
    CalendarEntry entry;
    entry.kind = CalendarEntry::Kind::Session;
    entry.id = QString::fromLatin1(id);
    entry.title = QStringLiteral("Course %1").arg(entry.id);
    entry.startUtc = utc(start);
    entry.endUtc = utc(end);
    return entry;
}

} // namespace

class TestCalendarLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availabilityKeepsWallClockAcrossSpringForward()
    {
        // Week of Mon 23 Mar 2026; Berlin springs forward on Sun 29 Mar, New York already did (8 Mar).
        const Schedule schedule = berlinWeekdays();
        const QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-03-23T00:00:00Z"), utc("2026-04-04T00:00:00Z"));
        // Fri 27 Mar (CET, +01:00): 09:00-17:00 = 08:00-16:00Z. Mon 30 Mar (CEST, +02:00): 07:00-15:00Z.
        auto has = [&](const char *start, const char *end) {
            return std::any_of(entries.cbegin(), entries.cend(), [&](const CalendarEntry &e) {
                return e.startUtc == utc(start) && e.endUtc == utc(end)
                    && e.kind == CalendarEntry::Kind::Availability;
            });
        };
        QVERIFY(has("2026-03-27T08:00:00Z", "2026-03-27T16:00:00Z"));
        QVERIFY(has("2026-03-30T07:00:00Z", "2026-03-30T15:00:00Z"));
    }

    void berlinDstWeekViewedFromNewYork()
    {
        const Schedule schedule = berlinWeekdays();
        const QTimeZone newYork("America/New_York");
        const QDate monday(2026, 3, 23);
        QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-03-21T00:00:00Z"), utc("2026-04-07T00:00:00Z"));
        CalendarWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(entries, monday, 7, newYork);
        // Mon 23 Mar: Berlin is +01:00, New York -04:00 (5 h apart): 09:00 Berlin = 04:00 New York.
        // Mon 30 Mar is outside the week; Fri 27: still 5 h apart.
        QList<QPair<int, int>> monday23, friday27;
        for (const PlacedEntry &piece : model.pieces()) {
            if (piece.day == 0)
                monday23.append({ piece.startMinute, piece.endMinute });
            if (piece.day == 4)
                friday27.append({ piece.startMinute, piece.endMinute });
        }
        QCOMPARE(monday23, (QList<QPair<int, int>> { { 4 * 60, 12 * 60 } }));
        QCOMPARE(friday27, (QList<QPair<int, int>> { { 4 * 60, 12 * 60 } }));

        // The next week Berlin is on CEST (+02:00): 6 h apart again, 09:00 Berlin = 03:00 New York.
        model.setWeek(entries, QDate(2026, 3, 30), 7, newYork);
        for (const PlacedEntry &piece : model.pieces()) {
            if (piece.day < 5) {
                QCOMPARE(piece.startMinute, 3 * 60);
                QCOMPARE(piece.endMinute, 11 * 60);
            }
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0), CalendarWeekModel::KindRole).toString(),
                 QStringLiteral("availability"));
        QCOMPARE(model.data(model.index(0), CalendarWeekModel::TimeRangeRole).toString(),
                 QStringLiteral("03:00–11:00"));
    }

    void springForwardDayInTheViewersZone()
    {
        // Viewed in Berlin on Sun 29 Mar 2026 (23 h day): a session 00:30-04:00 local covers
        // the gap; its wall-clock end is 04:00, start 00:30.
        const QList<CalendarEntry> entries { session("a", "2026-03-28T23:30:00Z", "2026-03-29T02:00:00Z") };
        const QList<PlacedEntry> pieces
            = layoutWeek(entries, QDate(2026, 3, 23), 7, QTimeZone("Europe/Berlin"));
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces[0].day, 6);
        QCOMPARE(pieces[0].startMinute, 30);
        QCOMPARE(pieces[0].endMinute, 4 * 60);
    }

    void fallBackDayKeepsRepeatedHourVisible()
    {
        // Sun 25 Oct 2026 in Berlin: 02:00-03:00 happens twice. A session in the second
        // occurrence (01:15Z-01:45Z = 02:15-02:45 CET) keeps a positive height.
        const QList<CalendarEntry> entries { session("b", "2026-10-25T00:30:00Z", "2026-10-25T01:45:00Z") };
        const QList<PlacedEntry> pieces
            = layoutWeek(entries, QDate(2026, 10, 19), 7, QTimeZone("Europe/Berlin"));
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces[0].startMinute, 2 * 60 + 30); // 00:30Z = 02:30 CEST
        QVERIFY(pieces[0].endMinute > pieces[0].startMinute);
    }

    void overlapsGoSideBySide()
    {
        // a 09-10, b 09:30-10:30, c 10:00-11:00, d 12-13 (alone) on Tue 24 Mar 2026, UTC view.
        const QList<CalendarEntry> entries {
            session("a", "2026-03-24T09:00:00Z", "2026-03-24T10:00:00Z"),
            session("b", "2026-03-24T09:30:00Z", "2026-03-24T10:30:00Z"),
            session("c", "2026-03-24T10:00:00Z", "2026-03-24T11:00:00Z"),
            session("d", "2026-03-24T12:00:00Z", "2026-03-24T13:00:00Z"),
        };
        const QList<PlacedEntry> pieces = layoutWeek(entries, QDate(2026, 3, 23), 7, QTimeZone::utc());
        QCOMPARE(pieces.size(), 4);
        QHash<QString, PlacedEntry> byId;
        for (const PlacedEntry &piece : pieces)
            byId.insert(entries[piece.entry].id, piece);
        QCOMPARE(byId[QStringLiteral("a")].column, 0);
        QCOMPARE(byId[QStringLiteral("b")].column, 1);
        QCOMPARE(byId[QStringLiteral("c")].column, 0); // a ended at 10:00: its column is free again
        QCOMPARE(byId[QStringLiteral("a")].columnCount, 2);
        QCOMPARE(byId[QStringLiteral("b")].columnCount, 2);
        QCOMPARE(byId[QStringLiteral("c")].columnCount, 2);
        QCOMPARE(byId[QStringLiteral("d")].column, 0);
        QCOMPARE(byId[QStringLiteral("d")].columnCount, 1);
        for (const PlacedEntry &piece : pieces)
            QCOMPARE(piece.day, 1);
    }

    void sessionAcrossMidnightIsCut()
    {
        const QList<CalendarEntry> entries { session("n", "2026-03-24T23:00:00Z", "2026-03-25T00:30:00Z") };
        const QList<PlacedEntry> pieces = layoutWeek(entries, QDate(2026, 3, 23), 7, QTimeZone::utc());
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces[0].day, 1);
        QCOMPARE(pieces[0].startMinute, 23 * 60);
        QCOMPARE(pieces[0].endMinute, 1440);
        QVERIFY(pieces[0].continuesAfter);
        QCOMPARE(pieces[1].day, 2);
        QCOMPARE(pieces[1].startMinute, 0);
        QCOMPARE(pieces[1].endMinute, 30);
        QVERIFY(pieces[1].continuesBefore);
    }

    void overridesBlocksAndClosedDays()
    {
        Schedule schedule = berlinWeekdays();
        schedule.overrides.append(
            DateOverride { QDate(2026, 3, 24), { LocalInterval { 10 * 60, 12 * 60 } } });
        schedule.overrides.append(DateOverride { QDate(2026, 3, 25), {} });
        schedule.blocks.append(DateBlock { QDate(2026, 3, 26), QDate(2026, 3, 27), QStringLiteral("Trip") });
        const QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-03-22T00:00:00Z"), utc("2026-03-30T00:00:00Z"));
        CalendarWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(entries, QDate(2026, 3, 23), 7, QTimeZone("Europe/Berlin"));
        QMap<int, QStringList> kinds;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            kinds[model.data(index, CalendarWeekModel::DayRole).toInt()]
                << model.data(index, CalendarWeekModel::KindRole).toString()
                    + (model.data(index, CalendarWeekModel::FromOverrideRole).toBool() ? QStringLiteral("*")
                                                                                       : QString());
        }
        QCOMPARE(kinds[0], QStringList { QStringLiteral("availability") });
        QCOMPARE(kinds[1], QStringList { QStringLiteral("availability*") });
        QCOMPARE(kinds[2], QStringList { QStringLiteral("closed*") });
        QCOMPARE(kinds[3], QStringList { QStringLiteral("vacation") });
        QCOMPARE(kinds[4], QStringList { QStringLiteral("vacation") });
        QVERIFY(!kinds.contains(5));
        QCOMPARE(model.cardCount(), 0);
    }

    void templateModel()
    {
        CalendarWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplate({ WeeklyRule { 1, { 540, 720 } }, WeeklyRule { 1, { 600, 660 } },
                            WeeklyRule { 3, { 840, 1020 } } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), CalendarWeekModel::RuleIndexRole).toInt(), 0);
        QCOMPARE(model.data(model.index(0), CalendarWeekModel::ColumnCountRole).toInt(), 2);
        QCOMPARE(model.data(model.index(1), CalendarWeekModel::ColumnRole).toInt(), 1);
        QCOMPARE(model.data(model.index(2), CalendarWeekModel::DayRole).toInt(), 2);
        QCOMPARE(model.data(model.index(2), CalendarWeekModel::TimeRangeRole).toString(),
                 QStringLiteral("14:00–17:00"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A night range in the weekly editor: rules that touch at midnight read as one block.
    void templateNightRanges()
    {
        CalendarWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<WeeklyRule> rules { WeeklyRule { 1, { 1320, 1440 } }, WeeklyRule { 2, { 0, 120 } },
                                        WeeklyRule { 2, { 540, 600 } },   WeeklyRule { 7, { 1380, 1440 } },
                                        WeeklyRule { 1, { 0, 60 } },      WeeklyRule { 4, { 1200, 1440 } },
                                        WeeklyRule { 5, { 0, 1440 } },    WeeklyRule { 6, { 0, 180 } } };
        model.setTemplate(rules);
        QHash<int, int> rowOfRule;
        for (int row = 0; row < model.rowCount(); ++row)
            rowOfRule.insert(model.data(model.index(row), CalendarWeekModel::RuleIndexRole).toInt(), row);
        const auto text = [&](int rule) {
            return model.data(model.index(rowOfRule.value(rule)), CalendarWeekModel::TimeRangeRole)
                .toString();
        };
        const auto flags = [&](int rule) {
            const QModelIndex at = model.index(rowOfRule.value(rule));
            return std::pair { model.data(at, CalendarWeekModel::ContinuesBeforeRole).toBool(),
                               model.data(at, CalendarWeekModel::ContinuesAfterRole).toBool() };
        };
        QCOMPARE(text(0), QStringLiteral("22:00–02:00")); // Mon 22:00 - Tue 02:00
        QCOMPARE(text(1), QStringLiteral("22:00–02:00"));
        QCOMPARE(flags(0), std::pair(false, true));
        QCOMPARE(flags(1), std::pair(true, false));
        QCOMPARE(text(2), QStringLiteral("09:00–10:00")); // a day rule is on its own
        QCOMPARE(flags(2), std::pair(false, false));
        QCOMPARE(text(3), QStringLiteral("23:00–01:00")); // Sunday night wraps to Monday
        QCOMPARE(flags(3), std::pair(false, true));
        QCOMPARE(flags(4), std::pair(true, false));
        QCOMPARE(text(5), QStringLiteral("20:00–03:00 (+2 days)")); // Thu 20:00 - Sat 03:00
        QCOMPARE(flags(6), std::pair(true, true));
        QCOMPARE(nightPartner(rules, 0, +1), 1);
        QCOMPARE(nightPartner(rules, 1, -1), 0);
        QCOMPARE(nightPartner(rules, 2, -1), -1);

        // The same week again (every sync reloads it) keeps the cards; another week does not.
        {
            CalendarWeekModel week;
            CalendarEntry session;
            session.id = QStringLiteral("s1");
            session.startUtc
                = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
            session.endUtc = session.startUtc + 3600;
            const QTimeZone berlin("Europe/Berlin");
            week.setWeek({ session }, QDate(2026, 11, 30), 7, berlin);
            int weekResets = 0, layouts = 0;
            connect(&week, &QAbstractItemModel::modelReset, this, [&weekResets] { ++weekResets; });
            connect(&week, &CalendarWeekModel::layoutDone, this, [&layouts] { ++layouts; });
            week.setWeek({ session }, QDate(2026, 11, 30), 7, berlin);
            QCOMPARE(weekResets, 0);
            QCOMPARE(layouts, 1);
            week.setWeek({ session }, QDate(2026, 12, 7), 7, berlin);
            QCOMPARE(weekResets, 1);
            session.title = QStringLiteral("renamed");
            week.setWeek({ session }, QDate(2026, 12, 7), 7, berlin);
            QCOMPARE(weekResets, 2);
        }

        // The same rules again (a sync that changed nothing) keep the rows as they are.
        int resets = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
        model.setTemplate(rules);
        QCOMPARE(resets, 0);
        model.setTemplate(rules.mid(2));
        QCOMPARE(resets, 1);
        QCOMPARE(model.rowCount(), 6);
    }

    void monthModel()
    {
        Schedule schedule = berlinWeekdays();
        schedule.blocks.append(DateBlock { QDate(2026, 3, 16), QDate(2026, 3, 16), QString() });
        QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-02-20T00:00:00Z"), utc("2026-04-15T00:00:00Z"));
        entries << session("x", "2026-03-24T09:00:00Z", "2026-03-24T10:00:00Z")
                << session("y", "2026-03-24T11:00:00Z", "2026-03-24T12:00:00Z");
        entries.last().cancelled = true;
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Now: Tue 24 Mar 2026, 03:00 in New York (08:00 Berlin), before any of the day's hours.
        model.setMonth(QDate(2026, 3, 10), entries, QTimeZone("America/New_York"),
                       utc("2026-03-24T07:00:00Z"));
        QCOMPARE(model.rowCount(), 42);
        QCOMPARE(model.firstDate(), QDate(2026, 2, 23));
        const int tuesday = int(model.firstDate().daysTo(QDate(2026, 3, 24)));
        const QModelIndex cell = model.index(tuesday);
        QCOMPARE(model.data(cell, CalendarMonthModel::SessionCountRole).toInt(), 2);
        QCOMPARE(model.data(cell, CalendarMonthModel::ActiveCountRole).toInt(), 1);
        QCOMPARE(model.data(cell, CalendarMonthModel::FirstItemsRole).toStringList().first(),
                 QStringLiteral("05:00 Course x"));
        QVERIFY(model.data(cell, CalendarMonthModel::IsTodayRole).toBool());
        QCOMPARE(model.data(cell, CalendarMonthModel::AvailableMinutesRole).toInt(), 8 * 60);
        // 8 h of hours, one own session of an hour (the cancelled one frees its time again).
        QCOMPARE(model.data(cell, CalendarMonthModel::FreeMinutesRole).toInt(), 7 * 60);
        QVERIFY(model
                    .data(model.index(int(model.firstDate().daysTo(QDate(2026, 3, 16)))),
                          CalendarMonthModel::VacationRole)
                    .toBool());
        QVERIFY(!model.data(model.index(0), CalendarMonthModel::InMonthRole).toBool());
    }

    // The month's "free": bookable time left = availability minus the viewer's own active
    // sessions minus the past. An S-T's session on a creator's calendar takes none of her time.
    void monthFreeTimeLeavesOutBookingsAndThePast()
    {
        const Schedule schedule = berlinWeekdays(); // 09:00-17:00 Berlin, CET (+01:00) in March
        QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-02-20T00:00:00Z"), utc("2026-04-15T00:00:00Z"));
        entries << session("own", "2026-03-24T12:00:00Z", "2026-03-24T13:00:00Z") // 13:00-14:00
                << session("st", "2026-03-24T13:00:00Z", "2026-03-24T14:00:00Z") // 14:00-15:00, an S-T's
                << session("gone", "2026-03-24T14:00:00Z", "2026-03-24T15:00:00Z") // cancelled
                << session("late", "2026-03-24T15:30:00Z", "2026-03-24T16:30:00Z") // 16:30-17:30
                << session("past", "2026-03-24T08:30:00Z", "2026-03-24T09:30:00Z"); // before now
        entries[entries.size() - 4].own = false;
        entries[entries.size() - 4].teacher = QStringLiteral("Jonas Weber");
        entries[entries.size() - 3].cancelled = true;
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Now: Tue 24 Mar 2026, 12:00 in Berlin.
        model.setMonth(QDate(2026, 3, 1), entries, QTimeZone("Europe/Berlin"), utc("2026-03-24T11:00:00Z"));
        auto cell = [&](QDate date) { return model.index(int(model.firstDate().daysTo(date))); };
        auto free
            = [&](QDate date) { return model.data(cell(date), CalendarMonthModel::FreeMinutesRole).toInt(); };
        // Left today: 12:00-17:00 (300) minus own 13:00-14:00 and the first half of 16:30-17:30.
        QCOMPARE(free(QDate(2026, 3, 24)), 300 - 60 - 30);
        QCOMPARE(model.data(cell(QDate(2026, 3, 24)), CalendarMonthModel::AvailableMinutesRole).toInt(),
                 8 * 60);
        QVERIFY(model.data(cell(QDate(2026, 3, 24)), CalendarMonthModel::IsTodayRole).toBool());
        // Yesterday is over: nothing to book, although it had hours.
        QCOMPARE(free(QDate(2026, 3, 23)), 0);
        QVERIFY(model.data(cell(QDate(2026, 3, 23)), CalendarMonthModel::IsPastRole).toBool());
        QCOMPARE(model.data(cell(QDate(2026, 3, 23)), CalendarMonthModel::AvailableMinutesRole).toInt(),
                 8 * 60);
        QCOMPARE(free(QDate(2026, 3, 25)), 8 * 60);
        QCOMPARE(free(QDate(2026, 3, 28)), 0); // Saturday: no hours

        // The S-T's session is listed with its teacher; own ones without.
        const QVariantList items
            = model.data(cell(QDate(2026, 3, 24)), CalendarMonthModel::ItemsRole).toList();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[0].toMap().value(QStringLiteral("id")).toString(), QStringLiteral("past"));
        const QVariantMap st = items[2].toMap();
        QCOMPARE(st.value(QStringLiteral("id")).toString(), QStringLiteral("st"));
        QCOMPARE(st.value(QStringLiteral("teacher")).toString(), QStringLiteral("Jonas Weber"));
        QVERIFY(!st.value(QStringLiteral("own")).toBool());
        QCOMPARE(items[1].toMap().value(QStringLiteral("teacher")).toString(), QString());
        QCOMPARE(items[1].toMap().value(QStringLiteral("timeRange")).toString(),
                 QStringLiteral("13:00–14:00"));
        QVERIFY(items[3].toMap().value(QStringLiteral("cancelled")).toBool());
        QCOMPARE(model.data(cell(QDate(2026, 3, 24)), CalendarMonthModel::MoreCountRole).toInt(), 2);

        // The clock moves on: the same month keeps its rows and only today's cell changes.
        int resets = 0;
        QList<int> changed;
        connect(&model, &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&changed](const QModelIndex &from, const QModelIndex &) { changed.append(from.row()); });
        model.setMonth(QDate(2026, 3, 1), entries, QTimeZone("Europe/Berlin"), utc("2026-03-24T11:00:00Z"));
        QCOMPARE(changed.size(), 0);
        model.setMonth(QDate(2026, 3, 1), entries, QTimeZone("Europe/Berlin"), utc("2026-03-24T11:10:00Z"));
        QCOMPARE(resets, 0);
        QCOMPARE(changed, QList<int> { int(model.firstDate().daysTo(QDate(2026, 3, 24))) });
        QCOMPARE(free(QDate(2026, 3, 24)), 300 - 60 - 30 - 10);
        // Another month is a new grid.
        model.setMonth(QDate(2026, 4, 1), entries, QTimeZone("Europe/Berlin"), utc("2026-03-24T11:10:00Z"));
        QCOMPARE(resets, 1);
    }

    // On a DST day "free" counts the hours that pass, not the wall-clock difference.
    void freeTimeOnDstDays()
    {
        Schedule schedule;
        schedule.timeZone = QStringLiteral("Europe/Berlin");
        schedule.weekly.append(WeeklyRule { 7, LocalInterval { 0, 6 * 60 } }); // Sundays 00:00-06:00
        schedule.weekly.append(WeeklyRule { 7, LocalInterval { 5 * 60, 7 * 60 } }); // overlaps: counted once
        const QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-03-01T00:00:00Z"), utc("2026-11-01T00:00:00Z"));
        const QTimeZone berlin("Europe/Berlin");
        const qint64 before = utc("2026-01-01T00:00:00Z");
        // Sun 29 Mar 2026 springs forward (02:00 -> 03:00): 00:00-07:00 is 6 hours.
        QList<qint64> days = dayBoundaries(QDate(2026, 3, 29), 1, berlin);
        QCOMPARE(days[1] - days[0], 23 * 3600);
        QCOMPARE(freeMinutes(entries, days[0], days[1], before), 6 * 60);
        QCOMPARE(availableMinutes(entries, days[0], days[1]), 6 * 60);
        // Sun 25 Oct 2026 falls back (03:00 -> 02:00): 00:00-07:00 is 8 hours.
        days = dayBoundaries(QDate(2026, 10, 25), 1, berlin);
        QCOMPARE(days[1] - days[0], 25 * 3600);
        QCOMPARE(freeMinutes(entries, days[0], days[1], before), 8 * 60);
        // An ordinary Sunday: 7 hours.
        days = dayBoundaries(QDate(2026, 3, 22), 1, berlin);
        QCOMPARE(freeMinutes(entries, days[0], days[1], before), 7 * 60);

        // The month grid says the same, viewed in Berlin.
        CalendarMonthModel model;
        model.setMonth(QDate(2026, 3, 1), entries, berlin, before);
        QCOMPARE(model
                     .data(model.index(int(model.firstDate().daysTo(QDate(2026, 3, 29)))),
                           CalendarMonthModel::FreeMinutesRole)
                     .toInt(),
                 6 * 60);
    }

    // A session across midnight is listed once, on the day it starts; its time after midnight
    // still comes off the next day's free time.
    void monthListsANightSessionOnce()
    {
        Schedule schedule;
        schedule.timeZone = QStringLiteral("Europe/Berlin");
        schedule.weekly = { WeeklyRule { 2, LocalInterval { 22 * 60, 1440 } },
                            WeeklyRule { 3, LocalInterval { 0, 2 * 60 } } };
        QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-11-25T00:00:00Z"), utc("2027-01-10T00:00:00Z"));
        // Tue 1 Dec 2026 23:00 - Wed 00:30 in Berlin (CET).
        entries << session("night", "2026-12-01T22:00:00Z", "2026-12-01T23:30:00Z");
        CalendarMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(QDate(2026, 12, 1), entries, QTimeZone("Europe/Berlin"), utc("2026-11-30T12:00:00Z"));
        const QModelIndex tuesday = model.index(int(model.firstDate().daysTo(QDate(2026, 12, 1))));
        const QModelIndex wednesday = model.index(int(model.firstDate().daysTo(QDate(2026, 12, 2))));
        QCOMPARE(model.data(tuesday, CalendarMonthModel::SessionCountRole).toInt(), 1);
        QCOMPARE(model.data(tuesday, CalendarMonthModel::FirstItemsRole).toStringList(),
                 QStringList { QStringLiteral("23:00 Course night") });
        const QVariantMap item = model.data(tuesday, CalendarMonthModel::ItemsRole).toList().value(0).toMap();
        QCOMPARE(item.value(QStringLiteral("timeRange")).toString(), QStringLiteral("23:00–00:30"));
        QVERIFY(item.value(QStringLiteral("endsLater")).toBool());
        QCOMPARE(model.data(wednesday, CalendarMonthModel::SessionCountRole).toInt(), 0);
        QCOMPARE(model.data(wednesday, CalendarMonthModel::ItemsRole).toList().size(), 0);
        QCOMPARE(model.data(wednesday, CalendarMonthModel::FirstItemsRole).toStringList(), QStringList());
        QCOMPARE(model.data(tuesday, CalendarMonthModel::FreeMinutesRole).toInt(), 60); // 22:00-23:00
        QCOMPARE(model.data(wednesday, CalendarMonthModel::FreeMinutesRole).toInt(), 90); // 00:30-02:00

        // Viewed from New York the same session is 17:00-18:30 on Tuesday: one day, one line.
        model.setMonth(QDate(2026, 12, 1), entries, QTimeZone("America/New_York"),
                       utc("2026-11-30T12:00:00Z"));
        QCOMPARE(model.data(tuesday, CalendarMonthModel::FirstItemsRole).toStringList(),
                 QStringList { QStringLiteral("17:00 Course night") });
    }

    // The week opens where its working day starts: the first hours or session of the week,
    // not 00:00 for a night session that continues from the day before.
    void weekOpensAtTheWorkingDay()
    {
        Schedule schedule;
        schedule.timeZone = QStringLiteral("Europe/Berlin");
        schedule.weekly = { WeeklyRule { 2, LocalInterval { 17 * 60, 21 * 60 } },
                            WeeklyRule { 4, LocalInterval { 17 * 60, 21 * 60 } } };
        QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-11-28T00:00:00Z"), utc("2026-12-16T00:00:00Z"));
        CalendarWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone berlin("Europe/Berlin");
        model.setWeek(entries, QDate(2026, 11, 30), 7, berlin);
        QCOMPARE(model.workStartMinute(), 17 * 60);
        QCOMPARE(model.workEndMinute(), 21 * 60);

        // A Saturday session at 10:00 and a night session Mon 23:00 - Tue 01:00 (a cancelled one
        // at 06:00 does not count): the week opens at 10:00 and runs to midnight.
        QList<CalendarEntry> more = entries;
        more << session("sat", "2026-12-05T09:00:00Z", "2026-12-05T10:00:00Z")
             << session("night", "2026-11-30T22:00:00Z", "2026-12-01T00:00:00Z")
             << session("gone", "2026-12-02T05:00:00Z", "2026-12-02T06:00:00Z");
        more.last().cancelled = true;
        model.setWeek(more, QDate(2026, 11, 30), 7, berlin);
        QCOMPARE(model.workStartMinute(), 10 * 60);
        QCOMPARE(model.workEndMinute(), 1440);

        // Viewed from New York (6 h behind), the same week opens at 04:00.
        model.setWeek(more, QDate(2026, 11, 30), 7, QTimeZone("America/New_York"));
        QCOMPARE(model.workStartMinute(), 4 * 60);

        // An S-T's session at 00:00 (a creator sees those of her courses) does not open her
        // week at midnight; in a week with nothing of her own it does count.
        QList<CalendarEntry> withSt = more;
        withSt << session("st", "2026-12-02T23:00:00Z", "2026-12-03T00:00:00Z"); // Thu 00:00 Berlin
        withSt.last().own = false;
        model.setWeek(withSt, QDate(2026, 11, 30), 7, berlin);
        QCOMPARE(model.workStartMinute(), 10 * 60);
        model.setWeek({ withSt.last() }, QDate(2026, 11, 30), 7, berlin);
        QCOMPARE(model.workStartMinute(), 0);
        QCOMPARE(model.workEndMinute(), 60);

        // Nothing at all: a default working day (08:00), not known.
        const QList<PlacedEntry> none;
        QCOMPARE(workingSpan({}, none).known, false);
        QCOMPARE(workingSpan({}, none).startMinute, 8 * 60);
        model.setWeek({}, QDate(2026, 11, 30), 7, berlin);
        QCOMPARE(model.workStartMinute(), 8 * 60);

        // Only the part after midnight of a Sunday-night session in the week: it starts at 00:00.
        const QList<CalendarEntry> night { session("n", "2026-11-29T23:00:00Z", "2026-11-30T01:00:00Z") };
        model.setWeek(night, QDate(2026, 11, 30), 7, QTimeZone::utc());
        QCOMPARE(model.workStartMinute(), 0);
        QCOMPARE(model.workEndMinute(), 60);
    }

    // A creator's vacation: her own session then is a conflict; an S-T's session of her course
    // is not (the S-T teaches it), and the vacation counts it as going on.
    void timeOffConflictsAreTheViewersOwn()
    {
        Schedule schedule = berlinWeekdays();
        schedule.blocks.append(
            DateBlock { QDate(2026, 12, 21), QDate(2026, 12, 23), QStringLiteral("Conference") });
        schedule.overrides.append(DateOverride { QDate(2026, 12, 14), {} }); // closed
        QList<CalendarEntry> entries
            = availabilityEntries(schedule, utc("2026-11-25T00:00:00Z"), utc("2027-01-10T00:00:00Z"));
        entries << session("mine", "2026-12-22T09:00:00Z", "2026-12-22T10:00:00Z")
                << session("st", "2026-12-22T16:00:00Z", "2026-12-22T17:00:00Z")
                << session("closedDay", "2026-12-14T09:00:00Z", "2026-12-14T10:00:00Z")
                << session("normal", "2026-12-18T09:00:00Z", "2026-12-18T10:00:00Z");
        entries[entries.size() - 3].own = false;
        entries[entries.size() - 3].teacher = QStringLiteral("Jonas Weber");
        CalendarWeekModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeek(entries, QDate(2026, 12, 21), 7, QTimeZone("Europe/Berlin"));
        QHash<QString, bool> conflict;
        int othersOnVacation = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex at = model.index(row);
            const QString kind = model.data(at, CalendarWeekModel::KindRole).toString();
            if (kind == u"session")
                conflict.insert(model.data(at, CalendarWeekModel::EntryIdRole).toString(),
                                model.data(at, CalendarWeekModel::ConflictRole).toBool());
            if (kind == u"vacation" && model.data(at, CalendarWeekModel::DayRole).toInt() == 1)
                othersOnVacation = model.data(at, CalendarWeekModel::OthersTeachingRole).toInt();
            if (model.data(at, CalendarWeekModel::EntryIdRole).toString() == u"st")
                QCOMPARE(model.data(at, CalendarWeekModel::TeacherRole).toString(),
                         QStringLiteral("Jonas Weber"));
            if (model.data(at, CalendarWeekModel::EntryIdRole).toString() == u"mine")
                QCOMPARE(model.data(at, CalendarWeekModel::TeacherRole).toString(), QString());
        }
        QCOMPARE(conflict.value(QStringLiteral("mine")), true);
        QCOMPARE(conflict.value(QStringLiteral("st")), false);
        QCOMPARE(othersOnVacation, 1);

        // The month counts the closed day's own session as a conflict too, and nothing on 18 Dec.
        CalendarMonthModel month;
        month.setMonth(QDate(2026, 12, 1), entries, QTimeZone("Europe/Berlin"), utc("2026-12-01T12:00:00Z"));
        auto conflicts = [&](QDate date) {
            return month
                .data(month.index(int(month.firstDate().daysTo(date))), CalendarMonthModel::ConflictCountRole)
                .toInt();
        };
        QCOMPARE(conflicts(QDate(2026, 12, 14)), 1);
        QCOMPARE(conflicts(QDate(2026, 12, 22)), 1);
        QCOMPARE(conflicts(QDate(2026, 12, 18)), 0);
        QCOMPARE(month
                     .data(month.index(int(month.firstDate().daysTo(QDate(2026, 12, 22)))),
                           CalendarMonthModel::FreeMinutesRole)
                     .toInt(),
                 0);
    }

    void agendaModel()
    {
        const QList<CalendarEntry> entries {
            session("late", "2026-03-31T23:30:00Z", "2026-04-01T00:30:00Z"),
            session("early", "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z"),
            session("april", "2026-04-02T09:00:00Z", "2026-04-02T10:00:00Z"),
        };
        CalendarAgendaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // New York: "late" starts 19:30 on 31 Mar, so it belongs to March.
        model.setRange(entries, QDate(2026, 3, 1), QDate(2026, 3, 31), QTimeZone("America/New_York"),
                       QDate(2026, 3, 2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), CalendarAgendaModel::EntryIdRole).toString(),
                 QStringLiteral("early"));
        QCOMPARE(model.data(model.index(1), CalendarAgendaModel::TimeRangeRole).toString(),
                 QStringLiteral("19:30–20:30"));
        QCOMPARE(model.data(model.index(1), CalendarAgendaModel::DateLabelRole).toString(),
                 QStringLiteral("Tuesday 31 March 2026"));
        QVERIFY(model.data(model.index(0), CalendarAgendaModel::IsTodayRole).toBool());
        QVERIFY(model.data(model.index(0), CalendarAgendaModel::FirstOfDayRole).toBool());
        QVERIFY(model.data(model.index(1), CalendarAgendaModel::FirstOfDayRole).toBool());
        QCOMPARE(model.startRow(), 0);
        model.setRange(entries, QDate(2026, 3, 1), QDate(2026, 3, 31), QTimeZone("America/New_York"),
                       QDate(2026, 3, 20));
        QCOMPARE(model.startRow(), 1); // today is 20 March: the first row on or after it
        model.setRange(entries, QDate(2026, 3, 1), QDate(2026, 3, 31), QTimeZone("America/New_York"),
                       QDate(2026, 5, 1));
        QCOMPARE(model.startRow(), 0);
    }

    void threeHundredItemsStayFast()
    {
        QList<CalendarEntry> entries;
        for (int i = 0; i < 300; ++i) {
            const qint64 start = utc("2026-03-23T00:00:00Z") + (i % 7) * 86400 + ((i * 37) % (22 * 60)) * 60;
            CalendarEntry entry;
            entry.startUtc = start;
            entry.endUtc = start + 60 * (30 + (i % 4) * 15);
            entries.append(entry);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<PlacedEntry> pieces
            = layoutWeek(entries, QDate(2026, 3, 23), 7, QTimeZone("Europe/Berlin"));
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(pieces.size() >= 300);
        // No two cards of a day with the same column overlap.
        for (int i = 0; i < pieces.size(); ++i) {
            for (int j = i + 1; j < pieces.size(); ++j) {
                const PlacedEntry &a = pieces[i], &b = pieces[j];
                if (a.day == b.day && a.column == b.column)
                    QVERIFY(a.endMinute <= b.startMinute || b.endMinute <= a.startMinute);
            }
            QVERIFY(pieces[i].column < pieces[i].columnCount);
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendarLayout)
#include "tst_calendar_layout.moc"
