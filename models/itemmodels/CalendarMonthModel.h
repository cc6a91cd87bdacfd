#pragma once

#include "models/itemmodels/CalendarLayout.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimeZone>

namespace companion {

// The month grid: 6 weeks x 7 days (Monday first) around a month, in the viewer's zone.
// Each cell lists the sessions that start that day (a session across midnight is listed
// once, on its first day), says how much bookable time is left (availability minus the
// viewer's own sessions and minus the past) and whether it is a vacation / closed day or
// one whose hours come from a date override.
class CalendarMonthModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount CONSTANT)
    Q_PROPERTY(QDate month READ month NOTIFY layoutDone)
public:
    enum Role {
        DateRole = Qt::UserRole + 1, /**< QDate of the cell */
        DayNumberRole,
        InMonthRole, /**< belongs to the shown month (else greyed) */
        IsTodayRole,
        SessionCountRole, /**< sessions starting that day, cancelled ones included */
        ActiveCountRole, /**< the same without cancelled ones */
        FirstItemsRole, /**< QStringList "09:00 Conversational Spanish", at most MaxFirstItems */
        MoreCountRole, /**< sessions not in FirstItems */
        AvailableMinutesRole, /**< minutes of availability that day (real minutes: DST days too) */
        VacationRole,
        ClosedRole,
        FreeMinutesRole, /**< bookable minutes left: availability minus own sessions and the past */
        FromOverrideRole, /**< the day's hours come from a date override */
        IsPastRole, /**< the day is over */
        ItemsRole, /**< QVariantList of maps, every session starting that day (see itemMap) */
        ConflictCountRole, /**< own active sessions on the viewer's vacation / closed day */
    };
    Q_ENUM(Role)

    static constexpr int Days = 42;
    static constexpr int MaxFirstItems = 3;

    explicit CalendarMonthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `month`: any date in the month. Entries: sessions and availability as instants.
    // `nowUtc` (seconds since the epoch) decides today and the past.
    void setMonth(QDate month, const QList<CalendarEntry> &entries, const QTimeZone &viewerZone,
                  qint64 nowUtc);
    QDate month() const { return m_month; }
    // The first date of the grid (the Monday on or before the 1st).
    QDate firstDate() const { return weekStartOf(QDate(m_month.year(), m_month.month(), 1)); }

Q_SIGNALS:
    void layoutDone();

private:
    // One session listed in a cell.
    struct Item
    {
        QString id;
        QString time; // "23:00", the start in the viewer's zone
        QString timeRange; // "23:00–00:30"
        QString title;
        QString teacher; // empty when the viewer teaches it
        QString detail;
        QString status;
        bool own = true;
        bool cancelled = false;
        bool conflict = false;
        bool endsLater = false; // runs past midnight
        friend bool operator==(const Item &, const Item &) = default;
    };
    struct Cell
    {
        int sessions = 0;
        int active = 0;
        int conflicts = 0;
        QList<Item> items;
        int availableMinutes = 0;
        int freeMinutes = 0;
        bool vacation = false;
        bool closed = false;
        bool fromOverride = false;
        friend bool operator==(const Cell &, const Cell &) = default;
    };
    static QVariantMap itemMap(const Item &item);

    QDate m_month = QDate(2000, 1, 1);
    QDate m_today;
    QList<Cell> m_cells = QList<Cell>(Days);
};

// Sessions of a date range as a list, by start; firstOfDay marks where a day begins.
class CalendarAgendaModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        DateLabelRole = Qt::UserRole + 1, /**< "Monday 30 March 2026" in the viewer's zone (section) */
        DateRole, /**< QDate */
        TimeRangeRole, /**< "09:00–10:00" */
        TitleRole,
        DetailRole,
        StatusRole,
        CancelledRole,
        OwnRole,
        EntryIdRole,
        IsTodayRole,
        StartUtcRole,
        FirstOfDayRole, /**< the first row of its date: the view draws the day header above it */
    };
    Q_ENUM(Role)

    explicit CalendarAgendaModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keeps the card entries that start in [firstDate, lastDate] (viewer-local dates).
    void setRange(const QList<CalendarEntry> &entries, QDate firstDate, QDate lastDate,
                  const QTimeZone &viewerZone, QDate today);
    // The row to show first: the first one of today or later when today is in the list's
    // range, else 0 (-1 when empty).
    Q_INVOKABLE int startRow() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        CalendarEntry entry;
        QDate date;
        QString timeRange;
    };
    QList<Row> m_rows;
    QDate m_today;
    QDate m_firstDate;
    QDate m_lastDate;
};

} // namespace companion
