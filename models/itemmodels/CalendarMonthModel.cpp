#include "models/itemmodels/CalendarMonthModel.h"

#include "models/time/DateText.h"
#include "models/time/LocalTimeResolver.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace companion {

CalendarMonthModel::CalendarMonthModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CalendarMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Days;
}

QVariantMap CalendarMonthModel::itemMap(const Item &item)
{
    return {
        { QStringLiteral("id"), item.id },
        { QStringLiteral("time"), item.time },
        { QStringLiteral("timeRange"), item.timeRange },
        { QStringLiteral("title"), item.title },
        { QStringLiteral("teacher"), item.teacher },
        { QStringLiteral("detail"), item.detail },
        { QStringLiteral("status"), item.status },
        { QStringLiteral("own"), item.own },
        { QStringLiteral("cancelled"), item.cancelled },
        { QStringLiteral("conflict"), item.conflict },
        { QStringLiteral("endsLater"), item.endsLater },
    };
}

QVariant CalendarMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = firstDate().addDays(index.row());
    const Cell &cell = m_cells[index.row()];
    switch (role) {
    case DateRole:
        return date;
    case DayNumberRole:
    case Qt::DisplayRole:
        return date.day();
    case InMonthRole:
        return date.month() == m_month.month();
    case IsTodayRole:
        return date == m_today;
    case IsPastRole:
        return date < m_today;
    case SessionCountRole:
        return cell.sessions;
    case ActiveCountRole:
        return cell.active;
    case ConflictCountRole:
        return cell.conflicts;
    case FirstItemsRole: {
        QStringList first;
        for (const Item &item : cell.items.first(std::min<qsizetype>(MaxFirstItems, cell.items.size())))
            first.append(QStringLiteral("%1 %2").arg(item.time, item.title));
        return first;
    }
    case MoreCountRole:
        return std::max(0, cell.sessions - MaxFirstItems);
    case ItemsRole: {
        QVariantList items;
        for (const Item &item : cell.items)
            items.append(itemMap(item));
        return items;
    }
    case AvailableMinutesRole:
        return cell.availableMinutes;
    case FreeMinutesRole:
        return cell.freeMinutes;
    case VacationRole:
        return cell.vacation;
    case ClosedRole:
        return cell.closed;
    case FromOverrideRole:
        return cell.fromOverride;
    default:
        return {};
    }
}

QHash<int, QByteArray> CalendarMonthModel::roleNames() const
{
    return {
        { DateRole, "date" },
        { DayNumberRole, "dayNumber" },
        { InMonthRole, "inMonth" },
        { IsTodayRole, "isToday" },
        { IsPastRole, "isPast" },
        { SessionCountRole, "sessionCount" },
        { ActiveCountRole, "activeCount" },
        { ConflictCountRole, "conflictCount" },
        { FirstItemsRole, "firstItems" },
        { MoreCountRole, "moreCount" },
        { ItemsRole, "items" },
        { AvailableMinutesRole, "availableMinutes" },
        { FreeMinutesRole, "freeMinutes" },
        { VacationRole, "vacation" },
        { ClosedRole, "closed" },
        { FromOverrideRole, "fromOverride" },
    };
}

void CalendarMonthModel::setMonth(QDate month, const QList<CalendarEntry> &given, const QTimeZone &viewerZone,
                                  qint64 nowUtc)
{
    if (!month.isValid() || !viewerZone.isValid())
        return;
    QList<CalendarEntry> entries = given;
    annotateTimeOff(entries);
    const QDate first = weekStartOf(QDate(month.year(), month.month(), 1));
    const QList<qint64> dayStarts = dayBoundaries(first, Days, viewerZone);
    const QList<PlacedEntry> pieces = layoutWeek(entries, first, Days, viewerZone);
    QList<Cell> cells(Days);
    // Wall clock in the viewer's zone from the zone's transitions read once (a QDateTime per
    // time would cost a zone lookup each).
    const LocalTimeResolver resolver(viewerZone, dayStarts.constFirst(), dayStarts.constLast());
    auto clock = [&resolver](qint64 utc) {
        const qint64 local = utc + resolver.offsetAtSecs(utc);
        const int minute = int(((local % 86400) + 86400) % 86400 / 60);
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    // The entries each day touches (from the pieces), so a day's free time looks at those only.
    QList<QList<CalendarEntry>> ofDay(Days);
    for (const PlacedEntry &piece : pieces) {
        const CalendarEntry &entry = entries[piece.entry];
        Cell &cell = cells[piece.day];
        if (entry.kind == CalendarEntry::Kind::Availability || entry.kind == CalendarEntry::Kind::Session)
            ofDay[piece.day].append(entry);
        switch (entry.kind) {
        case CalendarEntry::Kind::Availability:
            cell.fromOverride = cell.fromOverride || entry.fromOverride;
            break;
        case CalendarEntry::Kind::Vacation:
            cell.vacation = true;
            break;
        case CalendarEntry::Kind::Closed:
            cell.closed = true;
            break;
        case CalendarEntry::Kind::Session:
        case CalendarEntry::Kind::Slot:
            // Listed once, on the day it starts: the part after midnight is not a second session.
            if (piece.continuesBefore)
                break;
            ++cell.sessions;
            if (!entry.cancelled)
                ++cell.active;
            if (entry.isConflict())
                ++cell.conflicts;
            cell.items.append({ entry.id, clock(entry.startUtc),
                                QStringLiteral("%1–%2").arg(clock(entry.startUtc), clock(entry.endUtc)),
                                entry.title, entry.own ? QString() : entry.teacher, entry.detail,
                                entry.status, entry.own, entry.cancelled, entry.isConflict(),
                                piece.continuesAfter });
            break;
        }
    }
    for (int day = 0; day < Days; ++day) {
        cells[day].availableMinutes = availableMinutes(ofDay[day], dayStarts[day], dayStarts[day + 1]);
        cells[day].freeMinutes = freeMinutes(ofDay[day], dayStarts[day], dayStarts[day + 1], nowUtc);
    }
    const QDate monthStart(month.year(), month.month(), 1);
    const QDate today = QDateTime::fromSecsSinceEpoch(nowUtc, viewerZone).date();
    // The clock ticks every minute and moves today's free time: the same month keeps its
    // cells (and what the user hovers) and only says which ones changed.
    if (monthStart == m_month && today == m_today) {
        for (int day = 0; day < Days; ++day) {
            if (cells[day] == m_cells[day])
                continue;
            m_cells[day] = std::move(cells[day]);
            Q_EMIT dataChanged(index(day), index(day));
        }
        Q_EMIT layoutDone();
        return;
    }
    beginResetModel();
    m_month = monthStart;
    m_today = today;
    m_cells = std::move(cells);
    endResetModel();
    Q_EMIT layoutDone();
}

CalendarAgendaModel::CalendarAgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CalendarAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CalendarAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case DateLabelRole:
        return DateText::format(row.date, DateText::Style::LongWeekdayFullDate);
    case DateRole:
        return row.date;
    case TimeRangeRole:
        return row.timeRange;
    case TitleRole:
    case Qt::DisplayRole:
        return row.entry.title;
    case DetailRole:
        return row.entry.detail;
    case StatusRole:
        return row.entry.status;
    case CancelledRole:
        return row.entry.cancelled;
    case OwnRole:
        return row.entry.own;
    case EntryIdRole:
        return row.entry.id;
    case IsTodayRole:
        return row.date == m_today;
    case StartUtcRole:
        return QDateTime::fromSecsSinceEpoch(row.entry.startUtc, QTimeZone::utc());
    case FirstOfDayRole:
        return index.row() == 0 || m_rows[index.row() - 1].date != row.date;
    default:
        return {};
    }
}

QHash<int, QByteArray> CalendarAgendaModel::roleNames() const
{
    return {
        { DateLabelRole, "dateLabel" }, { DateRole, "date" },         { TimeRangeRole, "timeRange" },
        { TitleRole, "title" },         { DetailRole, "detail" },     { StatusRole, "status" },
        { CancelledRole, "cancelled" }, { OwnRole, "own" },           { EntryIdRole, "entryId" },
        { IsTodayRole, "isToday" },     { StartUtcRole, "startUtc" }, { FirstOfDayRole, "firstOfDay" },
    };
}

void CalendarAgendaModel::setRange(const QList<CalendarEntry> &entries, QDate firstDate, QDate lastDate,
                                   const QTimeZone &viewerZone, QDate today)
{
    QList<Row> rows;
    for (const CalendarEntry &entry : entries) {
        if (entry.isBackground())
            continue;
        const QDateTime start = QDateTime::fromSecsSinceEpoch(entry.startUtc, viewerZone);
        const QDate date = start.date();
        if (date < firstDate || date > lastDate)
            continue;
        const QDateTime end = QDateTime::fromSecsSinceEpoch(entry.endUtc, viewerZone);
        rows.append({ entry, date,
                      QStringLiteral("%1–%2").arg(start.toString(QStringLiteral("HH:mm")),
                                                  end.toString(QStringLiteral("HH:mm"))) });
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.entry.startUtc != b.entry.startUtc ? a.entry.startUtc < b.entry.startUtc
                                                    : a.entry.endUtc < b.entry.endUtc;
    });
    const int before = rowCount();
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    m_firstDate = firstDate;
    m_lastDate = lastDate;
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
}

int CalendarAgendaModel::startRow() const
{
    if (m_rows.isEmpty())
        return -1;
    if (m_today < m_firstDate || m_today > m_lastDate)
        return 0;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [this](const Row &row) { return row.date >= m_today; });
    return it == m_rows.cend() ? int(m_rows.size()) - 1 : int(it - m_rows.cbegin());
}

} // namespace companion
