#include "models/itemmodels/CalendarWeekModel.h"

#include <QCoreApplication>
#include <QDateTime>

namespace companion {

namespace {
QString clock(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CalendarWeekModel::CalendarWeekModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString CalendarWeekModel::templateRangeText(int ruleIndex) const
{
    // A night range reads as one: "22:00–02:00" on both of its pieces. Chains longer than
    // a week (every day 00:00-24:00) stop where they started.
    int first = ruleIndex;
    for (int steps = 0, before = 0;
         steps < 7 && (before = nightPartner(m_rules, first, -1)) >= 0 && before != ruleIndex; ++steps)
        first = before;
    int last = ruleIndex;
    int days = 0;
    for (int after = 0; days < 7 && (after = nightPartner(m_rules, last, +1)) >= 0 && after != first; ++days)
        last = after;
    for (int i = ruleIndex; i != first; i = nightPartner(m_rules, i, -1))
        ++days;
    const QString text = QStringLiteral("%1–%2").arg(clock(m_rules[first].interval.startMinute),
                                                     clock(m_rules[last].interval.endMinute));
    return days > 1
        ? QCoreApplication::translate("CalendarWeekModel", "%1 (+%n days)", nullptr, days).arg(text)
        : text;
}

int CalendarWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pieces.size());
}

int CalendarWeekModel::cardCount() const
{
    if (m_template)
        return int(m_pieces.size());
    return int(std::count_if(m_pieces.cbegin(), m_pieces.cend(),
                             [this](const PlacedEntry &p) { return !m_entries[p.entry].isBackground(); }));
}

QVariant CalendarWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacedEntry &piece = m_pieces[index.row()];
    switch (role) {
    case DayRole:
        return piece.day;
    case StartMinuteRole:
        return piece.startMinute;
    case EndMinuteRole:
        return piece.endMinute;
    case ColumnRole:
        return piece.column;
    case ColumnCountRole:
        return piece.columnCount;
    case ContinuesBeforeRole:
        return piece.continuesBefore;
    case ContinuesAfterRole:
        return piece.continuesAfter;
    default:
        break;
    }
    if (m_template) {
        switch (role) {
        case KindRole:
            return QStringLiteral("rule");
        case RuleIndexRole:
            return piece.entry;
        case TimeRangeRole:
        case Qt::DisplayRole:
            return templateRangeText(piece.entry);
        case BackgroundRole:
        case CancelledRole:
        case FromOverrideRole:
            return false;
        case OwnRole:
            return true;
        case TitleRole:
        case DetailRole:
        case StatusRole:
        case EntryIdRole:
        case TeacherRole:
            return QString();
        case ConflictRole:
            return false;
        case OthersTeachingRole:
            return 0;
        default:
            return {};
        }
    }
    const CalendarEntry &entry = m_entries[piece.entry];
    switch (role) {
    case KindRole:
        return CalendarEntry::kindName(entry.kind);
    case TitleRole:
    case Qt::DisplayRole:
        return entry.title;
    case DetailRole:
        return entry.detail;
    case StatusRole:
        return entry.status;
    case CancelledRole:
        return entry.cancelled;
    case OwnRole:
        return entry.own;
    case FromOverrideRole:
        return entry.fromOverride;
    case EntryIdRole:
        return entry.id;
    case RuleIndexRole:
        return -1;
    case BackgroundRole:
        return entry.isBackground();
    case TeacherRole:
        return entry.own ? QString() : entry.teacher;
    case ConflictRole:
        return entry.isConflict();
    case OthersTeachingRole:
        return entry.othersTeaching;
    case StartUtcRole:
        return QDateTime::fromSecsSinceEpoch(entry.startUtc, QTimeZone::utc());
    case EndUtcRole:
        return QDateTime::fromSecsSinceEpoch(entry.endUtc, QTimeZone::utc());
    case TimeRangeRole: {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(entry.startUtc, m_zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(entry.endUtc, m_zone);
        return QStringLiteral("%1–%2").arg(start.toString(QStringLiteral("HH:mm")),
                                           end.toString(QStringLiteral("HH:mm")));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CalendarWeekModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { DayRole, "day" },
        { StartMinuteRole, "startMinute" },
        { EndMinuteRole, "endMinute" },
        { ColumnRole, "column" },
        { ColumnCountRole, "columnCount" },
        { TitleRole, "title" },
        { DetailRole, "detail" },
        { StatusRole, "status" },
        { CancelledRole, "cancelled" },
        { OwnRole, "own" },
        { FromOverrideRole, "fromOverride" },
        { EntryIdRole, "entryId" },
        { RuleIndexRole, "ruleIndex" },
        { TimeRangeRole, "timeRange" },
        { ContinuesBeforeRole, "continuesBefore" },
        { ContinuesAfterRole, "continuesAfter" },
        { StartUtcRole, "startUtc" },
        { EndUtcRole, "endUtc" },
        { BackgroundRole, "background" },
        { TeacherRole, "teacher" },
        { ConflictRole, "conflict" },
        { OthersTeachingRole, "othersTeaching" },
    };
}

void CalendarWeekModel::reset(const std::function<void()> &change)
{
    const int before = rowCount();
    beginResetModel();
    change();
    endResetModel();
    if (before != rowCount())
        Q_EMIT countChanged();
    Q_EMIT layoutDone();
}

void CalendarWeekModel::setWeek(const QList<CalendarEntry> &given, QDate firstDate, int dayCount,
                                const QTimeZone &viewerZone)
{
    QList<CalendarEntry> entries = given;
    annotateTimeOff(entries);
    // Every sync reloads the calendar; when nothing it shows changed, the cards stay (a reset
    // would recreate them under the pointer and drop hover, focus and a click in progress).
    if (!m_template && entries == m_entries && firstDate == m_firstDate && dayCount == m_dayCount
        && viewerZone == m_zone) {
        Q_EMIT layoutDone();
        return;
    }
    QList<PlacedEntry> pieces = layoutWeek(entries, firstDate, dayCount, viewerZone);
    const WorkingSpan span = workingSpan(entries, pieces);
    reset([&] {
        m_template = false;
        m_span = span;
        m_rules.clear();
        m_firstDate = firstDate;
        m_dayCount = dayCount;
        m_zone = viewerZone;
        m_entries = std::move(entries);
        m_pieces = std::move(pieces);
    });
}

void CalendarWeekModel::setTemplate(const QList<WeeklyRule> &rules)
{
    // A sync that brings the same rules back must not recreate the editor's blocks: that
    // would drop the focus and selection the user is working with.
    if (m_template && rules == m_rules) {
        Q_EMIT layoutDone();
        return;
    }
    QList<PlacedEntry> pieces = layoutTemplate(rules);
    reset([&] {
        m_template = true;
        m_span = {};
        m_rules = rules;
        m_entries.clear();
        m_firstDate = {};
        m_dayCount = 7;
        m_pieces = std::move(pieces);
    });
}

void CalendarWeekModel::clear()
{
    reset([&] {
        m_rules.clear();
        m_entries.clear();
        m_pieces.clear();
    });
}

} // namespace companion
