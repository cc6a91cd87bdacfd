#include "models/itemmodels/CalendarLayout.h"

#include "models/time/LocalTimeResolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace companion {

namespace {
constexpr qint64 SecondsPerDay = 86400;

// Side-by-side columns for cards (pieces of one day, sorted by start then longer first).
void assignColumns(QList<PlacedEntry> &pieces, qsizetype begin, qsizetype end)
{
    // Sweep: a cluster ends when a piece starts at or after every open piece's end.
    QList<int> columnEnds; // end minute of the last piece in each column
    qsizetype clusterBegin = begin;
    int clusterEnd = -1;
    auto closeCluster = [&](qsizetype until) {
        const int count = int(std::max<qsizetype>(1, columnEnds.size()));
        for (qsizetype i = clusterBegin; i < until; ++i)
            pieces[i].columnCount = count;
        columnEnds.clear();
    };
    for (qsizetype i = begin; i < end; ++i) {
        PlacedEntry &piece = pieces[i];
        if (piece.startMinute >= clusterEnd && i > clusterBegin) {
            closeCluster(i);
            clusterBegin = i;
        }
        if (i == clusterBegin)
            clusterEnd = piece.endMinute;
        int column = 0;
        while (column < columnEnds.size() && columnEnds[column] > piece.startMinute)
            ++column;
        if (column == columnEnds.size())
            columnEnds.append(piece.endMinute);
        else
            columnEnds[column] = piece.endMinute;
        piece.column = column;
        clusterEnd = std::max(clusterEnd, piece.endMinute);
    }
    if (end > begin)
        closeCluster(end);
}

// A resolver for `zone` over the days [firstDate, firstDate + dayCount) (it adds its own slack).
LocalTimeResolver resolverFor(QDate firstDate, int dayCount, const QTimeZone &zone)
{
    const qint64 roughStart = QDate(1970, 1, 1).daysTo(firstDate) * SecondsPerDay - SecondsPerDay;
    const qint64 roughEnd
        = QDate(1970, 1, 1).daysTo(firstDate.addDays(dayCount)) * SecondsPerDay + SecondsPerDay;
    return LocalTimeResolver(zone, roughStart, roughEnd);
}

using Span = std::pair<qint64, qint64>;

// Sorted, disjoint spans covering the same instants.
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end());
    QList<Span> result;
    for (const Span &span : spans) {
        if (!result.isEmpty() && span.first <= result.last().second)
            result.last().second = std::max(result.last().second, span.second);
        else
            result.append(span);
    }
    return result;
}

// The parts of the entries accepted by `take`, clipped to [from, to), merged.
template<typename Take>
QList<Span> spansOf(const QList<CalendarEntry> &entries, qint64 from, qint64 to, Take take)
{
    QList<Span> spans;
    for (const CalendarEntry &entry : entries) {
        const qint64 start = std::max(entry.startUtc, from);
        const qint64 end = std::min(entry.endUtc, to);
        if (end > start && take(entry))
            spans.append({ start, end });
    }
    return merged(std::move(spans));
}

qint64 lengthOf(const QList<Span> &spans)
{
    qint64 total = 0;
    for (const Span &span : spans)
        total += span.second - span.first;
    return total;
}

void sortAndLayout(QList<PlacedEntry> &pieces, const std::function<bool(int)> &isBackground)
{
    std::stable_sort(pieces.begin(), pieces.end(), [&](const PlacedEntry &a, const PlacedEntry &b) {
        const bool ba = isBackground(a.entry), bb = isBackground(b.entry);
        if (ba != bb)
            return ba;
        if (a.day != b.day)
            return a.day < b.day;
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        return a.endMinute > b.endMinute;
    });
    qsizetype i = 0;
    while (i < pieces.size() && isBackground(pieces[i].entry))
        ++i;
    while (i < pieces.size()) {
        qsizetype j = i;
        while (j < pieces.size() && pieces[j].day == pieces[i].day)
            ++j;
        assignColumns(pieces, i, j);
        i = j;
    }
}
} // namespace

QString CalendarEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Session:
        return QStringLiteral("session");
    case Kind::Slot:
        return QStringLiteral("slot");
    case Kind::Availability:
        return QStringLiteral("availability");
    case Kind::Vacation:
        return QStringLiteral("vacation");
    case Kind::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

CalendarEntry CalendarEntry::fromSession(const Session &session, const QString &viewerUserId)
{
    CalendarEntry entry;
    entry.kind = Kind::Session;
    entry.id = session.id;
    entry.title = session.courseTitle;
    entry.status = Session::statusToString(session.status);
    entry.cancelled = session.status == Session::Status::Cancelled;
    entry.own = viewerUserId.isEmpty() || session.teacherId == viewerUserId;
    entry.teacher = session.teacherName;
    const QString seats = session.seats > 1
        ? QCoreApplication::translate("CalendarLayout", "%1 of %2 seats")
              .arg(session.bookedSeats)
              .arg(session.seats)
        : (session.bookedSeats > 0 ? QCoreApplication::translate("CalendarLayout", "1 student")
                                   : QCoreApplication::translate("CalendarLayout", "no student"));
    entry.detail = entry.own ? seats : QStringLiteral("%1 · %2").arg(session.teacherName, seats);
    entry.startUtc = session.start.toSecsSinceEpoch();
    entry.endUtc = session.end.toSecsSinceEpoch();
    return entry;
}

QList<CalendarEntry> availabilityEntries(const Schedule &schedule, qint64 fromUtc, qint64 toUtc)
{
    QList<CalendarEntry> result;
    const QTimeZone zone(schedule.timeZone.toUtf8());
    if (!zone.isValid() || toUtc <= fromUtc)
        return result;
    const LocalTimeResolver resolver(zone, fromUtc, toUtc);
    // Every teacher-local date that can touch the window (offsets are within ±26 h).
    const QDate first = resolver.localDateOfSecs(fromUtc).addDays(-1);
    const QDate last = resolver.localDateOfSecs(toUtc).addDays(1);
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        const qint64 dayStart = resolver.toUtcSecs(date, 0);
        const qint64 dayEnd = resolver.toUtcSecs(date, 1440);
        auto blockIt = std::find_if(schedule.blocks.cbegin(), schedule.blocks.cend(),
                                    [date](const DateBlock &block) { return block.contains(date); });
        bool overridden = false;
        bool overrideIntervals = false;
        for (const DateOverride &entry : schedule.overrides) {
            if (entry.date == date) {
                overridden = true;
                overrideIntervals = overrideIntervals || !entry.intervals.isEmpty();
            }
        }
        if (blockIt != schedule.blocks.cend() || (overridden && !overrideIntervals)) {
            if (dayEnd <= fromUtc || dayStart >= toUtc)
                continue;
            CalendarEntry closed;
            closed.kind = blockIt != schedule.blocks.cend() ? CalendarEntry::Kind::Vacation
                                                            : CalendarEntry::Kind::Closed;
            closed.title = closed.kind == CalendarEntry::Kind::Vacation ? blockIt->reason : QString();
            closed.fromOverride = closed.kind == CalendarEntry::Kind::Closed;
            closed.startUtc = dayStart;
            closed.endUtc = dayEnd;
            result.append(closed);
            continue;
        }
        for (const LocalInterval &interval : schedule.intervalsOn(date)) {
            CalendarEntry entry;
            entry.kind = CalendarEntry::Kind::Availability;
            entry.fromOverride = overridden;
            entry.startUtc = resolver.toUtcSecs(date, interval.startMinute);
            entry.endUtc = resolver.toUtcSecs(date, interval.endMinute);
            if (entry.endUtc <= entry.startUtc || entry.endUtc <= fromUtc || entry.startUtc >= toUtc)
                continue;
            result.append(entry);
        }
    }
    return result;
}

QList<PlacedEntry> layoutWeek(const QList<CalendarEntry> &entries, QDate firstDate, int dayCount,
                              const QTimeZone &viewerZone)
{
    QList<PlacedEntry> pieces;
    if (!firstDate.isValid() || dayCount <= 0 || !viewerZone.isValid())
        return pieces;
    const LocalTimeResolver resolver = resolverFor(firstDate, dayCount, viewerZone);
    const QList<qint64> dayStarts = dayBoundaries(firstDate, dayCount, viewerZone);
    const qint64 rangeStart = dayStarts.constFirst();
    const qint64 rangeEnd = dayStarts.constLast();

    auto wallMinute = [&](qint64 utc) {
        const qint64 local = utc + resolver.offsetAtSecs(utc);
        const qint64 inDay = ((local % SecondsPerDay) + SecondsPerDay) % SecondsPerDay;
        return int(inDay / 60);
    };

    pieces.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const CalendarEntry &entry = entries[i];
        if (entry.endUtc <= rangeStart || entry.startUtc >= rangeEnd || entry.endUtc < entry.startUtc)
            continue;
        // The first day column the entry touches.
        int day
            = int(std::upper_bound(dayStarts.cbegin(), dayStarts.cend(), std::max(entry.startUtc, rangeStart))
                  - dayStarts.cbegin())
            - 1;
        for (; day < dayCount; ++day) {
            const qint64 from = std::max(entry.startUtc, dayStarts[day]);
            const qint64 to = std::min(entry.endUtc, dayStarts[day + 1]);
            if (to <= from && !(entry.startUtc == entry.endUtc && from == entry.startUtc))
                break;
            PlacedEntry piece;
            piece.entry = i;
            piece.day = day;
            piece.startMinute = from == dayStarts[day] ? 0 : wallMinute(from);
            piece.endMinute = to == dayStarts[day + 1] ? 1440 : wallMinute(to);
            // A fall-back day repeats an hour: an item in the second occurrence can end
            // "before" it starts on the wall clock. Keep it visible and ordered.
            if (piece.endMinute < piece.startMinute)
                piece.endMinute = std::min(1440, piece.startMinute + int((to - from) / 60));
            piece.continuesBefore = entry.startUtc < dayStarts[day];
            piece.continuesAfter = entry.endUtc > dayStarts[day + 1];
            pieces.append(piece);
            if (entry.endUtc <= dayStarts[day + 1])
                break;
        }
    }
    sortAndLayout(pieces, [&entries](int index) { return entries[index].isBackground(); });
    return pieces;
}

int nightPartner(const QList<WeeklyRule> &rules, int index, int direction)
{
    const WeeklyRule &rule = rules.at(index);
    if (direction > 0 ? rule.interval.endMinute != 1440 : rule.interval.startMinute != 0)
        return -1;
    const int day = (rule.dayOfWeek - 1 + (direction > 0 ? 1 : 6)) % 7 + 1;
    for (int i = 0; i < rules.size(); ++i) {
        const WeeklyRule &other = rules.at(i);
        if (i != index && other.dayOfWeek == day
            && (direction > 0 ? other.interval.startMinute == 0 : other.interval.endMinute == 1440))
            return i;
    }
    return -1;
}

QList<PlacedEntry> layoutTemplate(const QList<WeeklyRule> &rules)
{
    QList<PlacedEntry> pieces;
    pieces.reserve(rules.size());
    for (int i = 0; i < rules.size(); ++i) {
        const WeeklyRule &rule = rules[i];
        if (rule.dayOfWeek < 1 || rule.dayOfWeek > 7)
            continue;
        PlacedEntry piece;
        piece.entry = i;
        piece.day = rule.dayOfWeek - 1;
        piece.startMinute = rule.interval.startMinute;
        piece.endMinute = rule.interval.endMinute;
        piece.continuesBefore = nightPartner(rules, i, -1) >= 0;
        piece.continuesAfter = nightPartner(rules, i, +1) >= 0;
        pieces.append(piece);
    }
    sortAndLayout(pieces, [](int) { return false; });
    return pieces;
}

void annotateTimeOff(QList<CalendarEntry> &entries)
{
    QList<qsizetype> timeOff;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].isTimeOff()) {
            entries[i].othersTeaching = 0;
            timeOff.append(i);
        }
    }
    for (CalendarEntry &entry : entries) {
        if (entry.kind != CalendarEntry::Kind::Session)
            continue;
        entry.onTimeOff = false;
        for (qsizetype index : std::as_const(timeOff)) {
            CalendarEntry &off = entries[index];
            if (entry.startUtc < off.endUtc && off.startUtc < entry.endUtc) {
                entry.onTimeOff = true;
                if (!entry.own && !entry.cancelled)
                    ++off.othersTeaching;
            }
        }
    }
}

QList<qint64> dayBoundaries(QDate firstDate, int dayCount, const QTimeZone &zone)
{
    QList<qint64> starts;
    if (!firstDate.isValid() || dayCount < 0 || !zone.isValid())
        return starts;
    const LocalTimeResolver resolver = resolverFor(firstDate, dayCount, zone);
    starts.reserve(dayCount + 1);
    for (int d = 0; d <= dayCount; ++d)
        starts.append(resolver.toUtcSecs(firstDate.addDays(d), 0));
    return starts;
}

int availableMinutes(const QList<CalendarEntry> &entries, qint64 fromUtc, qint64 toUtc)
{
    const auto open = spansOf(entries, fromUtc, toUtc, [](const CalendarEntry &entry) {
        return entry.kind == CalendarEntry::Kind::Availability;
    });
    return int(lengthOf(open) / 60);
}

int freeMinutes(const QList<CalendarEntry> &entries, qint64 fromUtc, qint64 toUtc, qint64 nowUtc)
{
    const qint64 from = std::max(fromUtc, nowUtc);
    if (toUtc <= from)
        return 0;
    const QList<Span> open = spansOf(entries, from, toUtc, [](const CalendarEntry &entry) {
        return entry.kind == CalendarEntry::Kind::Availability;
    });
    const QList<Span> booked = spansOf(entries, from, toUtc, [](const CalendarEntry &entry) {
        return entry.kind == CalendarEntry::Kind::Session && entry.own && !entry.cancelled;
    });
    // Both lists are sorted and disjoint: subtract what they share.
    qint64 shared = 0;
    qsizetype b = 0;
    for (const Span &span : open) {
        while (b < booked.size() && booked[b].second <= span.first)
            ++b;
        for (qsizetype k = b; k < booked.size() && booked[k].first < span.second; ++k)
            shared += std::min(span.second, booked[k].second) - std::max(span.first, booked[k].first);
    }
    return int((lengthOf(open) - shared) / 60);
}

WorkingSpan workingSpan(const QList<CalendarEntry> &entries, const QList<PlacedEntry> &pieces)
{
    // The viewer's own day first: a creator's calendar also shows her S-Ts' sessions, which
    // can sit at night in their zones. Those count only in a week without her own.
    for (const bool othersToo : { false, true }) {
        int start = 1440;
        int end = 0;
        for (const PlacedEntry &piece : pieces) {
            const CalendarEntry &entry = entries.at(piece.entry);
            const bool card
                = entry.kind == CalendarEntry::Kind::Session || entry.kind == CalendarEntry::Kind::Slot;
            const bool counts = entry.kind == CalendarEntry::Kind::Availability
                || (card && !entry.cancelled && (entry.own || othersToo));
            if (!counts)
                continue;
            if (!piece.continuesBefore)
                start = std::min(start, piece.startMinute);
            end = std::max(end, piece.endMinute);
        }
        if (end > 0) {
            WorkingSpan span;
            span.known = true;
            // Only pieces after midnight: the day starts with them.
            span.startMinute = start < 1440 ? start : 0;
            span.endMinute = std::max(end, span.startMinute);
            return span;
        }
    }
    return {};
}

QDate weekStartOf(QDate date)
{
    return date.isValid() ? date.addDays(1 - date.dayOfWeek()) : date;
}

} // namespace companion
