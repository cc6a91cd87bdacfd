#include "models/itemmodels/SessionListModel.h"

#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "models/time/ZoneIds.h"

#include <QCollator>
#include <QLocale>
#include <QMap>
#include <QTimeZone>

namespace companion {

namespace {

// Case- and accent-blind text for search: "Müller" and "MULLER" both read "muller".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

QStringList activeStudentNames(const Session &s)
{
    QStringList names;
    for (const Session::Student &student : s.students)
        if (student.active && student.payment != Session::Student::Payment::Refunded)
            names << student.name;
    return names;
}

} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

const Session *SessionListModel::at(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
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
    case StudentNamesRole:
        return activeStudentNames(*s).join(QStringLiteral(", "));
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
        { StudentNamesRole, "studentNames" },
    };
}

void SessionListModel::setSessions(const QList<Session> &sessions)
{
    m_all = sessions;
    m_haystacks.clear();
    m_choicesStale = true;
    if (m_choicesRead) {
        const QVariantList courses = m_courses;
        const QVariantList teachers = m_teachers;
        rebuildChoices();
        if (courses != m_courses || teachers != m_teachers)
            Q_EMIT choicesChanged(); // not when equal: a choice made stays made
    }
    rebuild();
}

QVariantList SessionListModel::courses() const
{
    m_choicesRead = true;
    rebuildChoices();
    return m_courses;
}

QVariantList SessionListModel::teachers() const
{
    m_choicesRead = true;
    rebuildChoices();
    return m_teachers;
}

void SessionListModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_needles = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    rebuild();
    Q_EMIT narrowingChanged();
}

void SessionListModel::setCourseId(const QString &id)
{
    if (m_courseId == id)
        return;
    m_courseId = id;
    rebuild();
    Q_EMIT narrowingChanged();
}

void SessionListModel::setTeacherId(const QString &id)
{
    if (m_teacherId == id)
        return;
    m_teacherId = id;
    rebuild();
    Q_EMIT narrowingChanged();
}

void SessionListModel::setViewerRole(const QString &role)
{
    if (m_viewerRole == role)
        return;
    m_viewerRole = role;
    rebuild();
    Q_EMIT narrowingChanged();
}

void SessionListModel::rebuildChoices() const
{
    if (!m_choicesStale)
        return;
    m_choicesStale = false;
    QMap<QString, QString> courses; // id → title
    QMap<QString, QString> teachers; // id → name
    for (const Session &s : std::as_const(m_all)) {
        courses.insert(s.courseId, s.courseTitle);
        teachers.insert(s.teacherId, s.teacherName);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto sorted = [&collator](const QMap<QString, QString> &byId) {
        QList<std::pair<QString, QString>> rows;
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            rows.append({ it.value(), it.key() });
        std::stable_sort(rows.begin(), rows.end(), [&collator](const auto &a, const auto &b) {
            return collator.compare(a.first, b.first) < 0;
        });
        QVariantList list;
        for (const auto &[name, id] : rows)
            list << QVariantMap { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } };
        return list;
    };
    m_courses = sorted(courses);
    m_teachers = sorted(teachers);
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

SessionListModel::Filter SessionListModel::tabOf(const Session &session, const QDateTime &now) const
{
    if (session.status == Session::Status::Cancelled)
        return Filter::Cancelled;
    return session.end > now ? Filter::Upcoming : Filter::Past;
}

bool SessionListModel::matches(qsizetype index) const
{
    const Session &s = m_all.at(index);
    if ((!m_courseId.isEmpty() && s.courseId != m_courseId)
        || (!m_teacherId.isEmpty() && s.teacherId != m_teacherId)
        || (!m_viewerRole.isEmpty() && s.viewerRole != m_viewerRole))
        return false;
    if (m_needles.isEmpty())
        return true;
    const QString &haystack = m_haystacks.at(index);
    for (const QString &needle : m_needles)
        if (!haystack.contains(needle))
            return false;
    return true;
}

void SessionListModel::rebuild()
{
    if (!m_needles.isEmpty() && m_haystacks.size() != m_all.size()) {
        m_haystacks.clear();
        m_haystacks.reserve(m_all.size());
        for (const Session &s : std::as_const(m_all))
            m_haystacks << folded(s.courseTitle + QLatin1Char('\n') + s.teacherName + QLatin1Char('\n')
                                  + activeStudentNames(s).join(QLatin1Char('\n')));
    }
    const QDateTime now = m_now.isValid() ? m_now : Clock::nowUtc();
    int counts[3] = { 0, 0, 0 };
    QList<qsizetype> visible;
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (!matches(i))
            continue;
        const Filter tab = tabOf(m_all.at(i), now);
        ++counts[int(tab) - int(Filter::Upcoming)];
        if (m_filter == Filter::All || m_filter == tab)
            visible << i;
    }
    // Upcoming reads forwards in time; past and cancelled read newest first.
    const bool ascending = m_filter == Filter::Upcoming || m_filter == Filter::All;
    const auto inOrder = [this, ascending](qsizetype a, qsizetype b) {
        return ascending ? m_all.at(a).start < m_all.at(b).start : m_all.at(a).start > m_all.at(b).start;
    };
    // The cache hands the sessions over by start already: check, then sort only if not.
    if (!std::is_sorted(visible.begin(), visible.end(), inOrder))
        std::stable_sort(visible.begin(), visible.end(), inOrder);
    const int before = int(m_visible.size());
    beginResetModel();
    m_visible = visible;
    endResetModel();
    if (before != m_visible.size())
        Q_EMIT countChanged();
    if (!std::equal(std::begin(counts), std::end(counts), std::begin(m_counts))) {
        std::copy(std::begin(counts), std::end(counts), std::begin(m_counts));
        Q_EMIT countsChanged();
    }
}

} // namespace companion
