#pragma once

#include "models/Session.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QVariantList>

namespace companion {

// Sessions for list views (Bookings, Home, the calendar's agenda). Holds a
// snapshot handed to it by whoever reads the cache; it never does I/O itself.
// Besides the tab (filter) it narrows by a search over course, teacher and student names,
// by course, by teacher and by the viewer's part, and counts each tab under those.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString displayZone READ displayZone WRITE setDisplayZone NOTIFY displayZoneChanged)
    // Words that must all occur in the course title, the teacher's or a student's name
    // (case and accents ignored: "muller" finds "Müller").
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY narrowingChanged)
    Q_PROPERTY(QString courseId READ courseId WRITE setCourseId NOTIFY narrowingChanged) // "" = all
    Q_PROPERTY(QString teacherId READ teacherId WRITE setTeacherId NOTIFY narrowingChanged) // "" = all
    // "" = all, "teacher" = sessions the viewer teaches, "course_creator" = others teach their courses.
    Q_PROPERTY(QString viewerRole READ viewerRole WRITE setViewerRole NOTIFY narrowingChanged)
    // Each tab's size under the search and the course / teacher choice.
    Q_PROPERTY(int upcomingCount READ upcomingCount NOTIFY countsChanged)
    Q_PROPERTY(int pastCount READ pastCount NOTIFY countsChanged)
    Q_PROPERTY(int cancelledCount READ cancelledCount NOTIFY countsChanged)
    // What the course and teacher choices offer, from the sessions: [{id, name}] by name.
    Q_PROPERTY(QVariantList courses READ courses NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList teachers READ teachers NOTIFY choicesChanged)
public:
    enum class Filter { All, Upcoming, Past, Cancelled };
    Q_ENUM(Filter)

    enum Role {
        IdRole = Qt::UserRole + 1,
        CourseTitleRole,
        TeacherNameRole,
        StartRole, // QDateTime (UTC)
        EndRole,
        LocalDateRole, // "Thu 27 Nov" in displayZone
        LocalTimeRangeRole, // "10:00–11:00"
        StatusRole, // scheduled | completed | no_show | cancelled
        SeatsRole,
        BookedSeatsRole,
        ViewerRoleRole,
        PriceCentsRole,
        CurrencyRole,
        IsCancelledRole,
        TimeZoneRole, // the teacher's zone
        StudentNamesRole, // "Lena Fischer, Tom Becker" (active bookings; "" when not known)
    };
    Q_ENUM(Role)

    explicit SessionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSessions(const QList<Session> &sessions);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString displayZone() const { return m_displayZone; }
    void setDisplayZone(const QString &zone);
    // The clock used to split upcoming from past (tests set it).
    void setNow(const QDateTime &now);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString courseId() const { return m_courseId; }
    void setCourseId(const QString &id);
    QString teacherId() const { return m_teacherId; }
    void setTeacherId(const QString &id);
    QString viewerRole() const { return m_viewerRole; }
    void setViewerRole(const QString &role);
    int upcomingCount() const { return m_counts[0]; }
    int pastCount() const { return m_counts[1]; }
    int cancelledCount() const { return m_counts[2]; }
    QVariantList courses() const;
    QVariantList teachers() const;

    const Session *at(int row) const;
    // Every session set, before the filter.
    const QList<Session> &all() const { return m_all; }

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void displayZoneChanged();
    void narrowingChanged();
    void countsChanged();
    void choicesChanged();

private:
    void rebuild();
    void rebuildChoices() const;
    Filter tabOf(const Session &session, const QDateTime &now) const;
    bool matches(qsizetype index) const;

    QList<Session> m_all;
    QList<qsizetype> m_visible; // indexes into m_all
    QStringList m_haystacks; // per session, folded for search; built on the first search
    Filter m_filter = Filter::Upcoming;
    QString m_displayZone;
    QDateTime m_now;
    QString m_searchText;
    QStringList m_needles; // m_searchText folded, split into words
    QString m_courseId;
    QString m_teacherId;
    QString m_viewerRole;
    int m_counts[3] = { 0, 0, 0 };
    // Made when first read after a change: only Bookings offers the choices, and a start
    // with 10 000 sessions fills three lists.
    mutable QVariantList m_courses;
    mutable QVariantList m_teachers;
    mutable bool m_choicesStale = false;
    mutable bool m_choicesRead = false; // someone shows them: keep them current, signal changes
};

} // namespace companion
