#pragma once

#include "models/Session.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace companion {

// Sessions for list views (Bookings, Home, the calendar's agenda). Holds a
// snapshot handed to it by whoever reads the cache; it never does I/O itself.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString displayZone READ displayZone WRITE setDisplayZone NOTIFY displayZoneChanged)
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

    const Session *at(int row) const;
    // Every session set, before the filter.
    const QList<Session> &all() const { return m_all; }

Q_SIGNALS:
    void filterChanged();
    void countChanged();
    void displayZoneChanged();

private:
    void rebuild();
    bool accepts(const Session &session) const;

    QList<Session> m_all;
    QList<Session> m_visible;
    Filter m_filter = Filter::Upcoming;
    QString m_displayZone;
    QDateTime m_now;
};

} // namespace companion
