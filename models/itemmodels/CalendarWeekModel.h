#pragma once

#include "models/itemmodels/CalendarLayout.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimeZone>

#include <functional>

namespace companion {

// The week (or template) grid: one row per piece of an entry in one day column, with
// where to draw it. QML positions each row by day / minutes / column; nothing nests.
// Two modes:
//  - setWeek(): real dates, entries as instants, laid out in the viewer's zone;
//  - setTemplate(): a schedule's weekly rules on a Monday-first week in the schedule's
//    own wall clock (the availability editor), `ruleIndex` names the rule.
class CalendarWeekModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QDate firstDate READ firstDate NOTIFY layoutDone)
    Q_PROPERTY(int dayCount READ dayCount NOTIFY layoutDone)
    Q_PROPERTY(int cardCount READ cardCount NOTIFY layoutDone)
    // The week's working day on the wall clock (see workingSpan): where the view opens.
    Q_PROPERTY(int workStartMinute READ workStartMinute NOTIFY layoutDone)
    Q_PROPERTY(int workEndMinute READ workEndMinute NOTIFY layoutDone)
public:
    enum Role {
        KindRole = Qt::UserRole + 1, /**< session | slot | availability | vacation | closed | rule */
        DayRole, /**< day column, 0 = firstDate (Monday in template mode) */
        StartMinuteRole, /**< wall-clock minutes since local midnight in the column's day */
        EndMinuteRole, /**< up to 1440 */
        ColumnRole, /**< side-by-side position among overlapping cards */
        ColumnCountRole,
        TitleRole, /**< course title, vacation reason */
        DetailRole, /**< teacher / seats */
        StatusRole, /**< session status */
        CancelledRole,
        OwnRole, /**< the viewer teaches this session */
        FromOverrideRole, /**< availability set by a date override */
        EntryIdRole, /**< session id */
        RuleIndexRole, /**< template mode: index into the schedule's weekly rules, else -1 */
        TimeRangeRole, /**< "09:00–10:30" of the whole entry in the viewer's zone */
        ContinuesBeforeRole,
        ContinuesAfterRole,
        StartUtcRole, /**< QDateTime of the whole entry */
        EndUtcRole,
        BackgroundRole, /**< drawn behind the cards */
        TeacherRole, /**< who teaches a session someone else teaches, else empty */
        ConflictRole, /**< the viewer's own session on the viewer's vacation / closed day */
        OthersTeachingRole, /**< vacation / closed: active sessions others teach during it */
    };
    Q_ENUM(Role)

    explicit CalendarWeekModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setWeek(const QList<CalendarEntry> &entries, QDate firstDate, int dayCount,
                 const QTimeZone &viewerZone);
    void setTemplate(const QList<WeeklyRule> &rules);
    void clear();

    QDate firstDate() const { return m_firstDate; }
    int dayCount() const { return m_dayCount; }
    int cardCount() const;
    int workStartMinute() const { return m_span.startMinute; }
    int workEndMinute() const { return m_span.endMinute; }
    const QList<PlacedEntry> &pieces() const { return m_pieces; }

Q_SIGNALS:
    void countChanged();
    void layoutDone();

private:
    void reset(const std::function<void()> &change);
    QString templateRangeText(int ruleIndex) const;

    QList<CalendarEntry> m_entries;
    QList<WeeklyRule> m_rules;
    QList<PlacedEntry> m_pieces;
    WorkingSpan m_span;
    QDate m_firstDate;
    int m_dayCount = 7;
    QTimeZone m_zone;
    bool m_template = false;
};

} // namespace companion
