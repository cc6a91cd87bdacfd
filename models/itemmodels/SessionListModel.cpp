#include "models/itemmodels/SessionListModel.h"

#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "models/time/ZoneIds.h"

#include <QLocale>
#include <QTimeZone>

namespace companion {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

const Session *SessionListModel::at(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_visible.at(row) : nullptr;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    const Session *s = at(index.row());
    if (!s || index.parent().isValid())
        return {};
    // No (or an unknown) display zone: the teacher's. (Qt 6.4 takes an empty id as UTC.)
    const QTimeZone zone = zoneids::zoneFor(m_displayZone).value_or(QTimeZone());
    const QTimeZone shown = zone.isValid() ? zone : zoneids::zoneFor(s->timeZone).value_or(QTimeZone());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case CourseTitleRole:
        return s->courseTitle;
    case IdRole:
        return s->id;
    case TeacherNameRole:
        return s->teacherName;
    case StartRole:
        return s->start;
    case EndRole:
        return s->end;
    case LocalDateRole:
        return DateText::format(s->start.toTimeZone(shown).date(), DateText::Style::WeekdayFullDate, locale);
    case LocalTimeRangeRole:
        return s->start.toTimeZone(shown).toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
            + s->end.toTimeZone(shown).toString(QStringLiteral("HH:mm"));
    case StatusRole:
        return Session::statusToString(s->status);
    case SeatsRole:
        return s->seats;
    case BookedSeatsRole:
        return s->bookedSeats;
    case ViewerRoleRole:
        return s->viewerRole;
    case PriceCentsRole:
        return s->priceCents;
    case CurrencyRole:
        return s->currency;
    case IsCancelledRole:
        return s->status == Session::Status::Cancelled;
    case TimeZoneRole:
        return s->timeZone;
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        { IdRole, "sessionId" },
        { CourseTitleRole, "courseTitle" },
        { TeacherNameRole, "teacherName" },
        { StartRole, "start" },
        { EndRole, "end" },
        { LocalDateRole, "localDate" },
        { LocalTimeRangeRole, "localTimeRange" },
        { StatusRole, "status" },
        { SeatsRole, "seats" },
        { BookedSeatsRole, "bookedSeats" },
        { ViewerRoleRole, "viewerRole" },
        { PriceCentsRole, "priceCents" },
        { CurrencyRole, "currency" },
        { IsCancelledRole, "isCancelled" },
        { TimeZoneRole, "teacherTimeZone" },
    };
}

void SessionListModel::setSessions(const QList<Session> &sessions)
{
    m_all = sessions;
    rebuild();
}

void SessionListModel::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    rebuild();
    Q_EMIT filterChanged();
}

void SessionListModel::setDisplayZone(const QString &zone)
{
    if (m_displayZone == zone)
        return;
    m_displayZone = zone;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), { LocalDateRole, LocalTimeRangeRole });
    Q_EMIT displayZoneChanged();
}

void SessionListModel::setNow(const QDateTime &now)
{
    m_now = now;
    rebuild();
}

bool SessionListModel::accepts(const Session &session) const
{
    const QDateTime now = m_now.isValid() ? m_now : Clock::nowUtc();
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Upcoming:
        return session.status != Session::Status::Cancelled && session.end > now;
    case Filter::Past:
        return session.status != Session::Status::Cancelled && session.end <= now;
    case Filter::Cancelled:
        return session.status == Session::Status::Cancelled;
    }
    return false;
}

void SessionListModel::rebuild()
{
    QList<Session> visible;
    for (const Session &session : std::as_const(m_all))
        if (accepts(session))
            visible << session;
    // Upcoming reads forwards in time; past and cancelled read newest first.
    const bool ascending = m_filter == Filter::Upcoming || m_filter == Filter::All;
    std::stable_sort(visible.begin(), visible.end(), [ascending](const Session &a, const Session &b) {
        return ascending ? a.start < b.start : a.start > b.start;
    });
    const int before = int(m_visible.size());
    beginResetModel();
    m_visible = visible;
    endResetModel();
    if (before != m_visible.size())
        Q_EMIT countChanged();
}

} // namespace companion
