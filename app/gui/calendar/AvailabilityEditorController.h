#pragma once

#include "models/itemmodels/DateBlockListModel.h"
#include "models/itemmodels/DateOverrideListModel.h"
#include "models/schedule/ScheduleEdits.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

class AccountController;
class CalendarNavigator;

// The availability editor: the account's working schedule as lists for the editor's
// panels, and every edit as one ScheduleEdits call whose result goes to the account (which
// shows it at once and queues it in the outbox). Owned by the CalendarController.
class AvailabilityEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The calendar controller owns its editor.")
    Q_PROPERTY(bool hasSchedule READ hasSchedule NOTIFY scheduleChanged)
    Q_PROPERTY(QVariantList weeklyRules READ weeklyRules NOTIFY scheduleChanged)
    Q_PROPERTY(companion::DateOverrideListModel *overrides READ overrides CONSTANT)
    Q_PROPERTY(companion::DateBlockListModel *blocks READ blocks CONSTANT)
    Q_PROPERTY(int serverVersion READ serverVersion NOTIFY scheduleChanged)
    Q_PROPERTY(QVariantList conflictEdits READ conflictEdits NOTIFY scheduleChanged)
    Q_PROPERTY(QString editError READ editError NOTIFY editErrorChanged)
public:
    AvailabilityEditorController(AccountController *account, const CalendarNavigator *navigator,
                                 QObject *parent = nullptr);

    bool hasSchedule() const;
    QVariantList weeklyRules() const;
    DateOverrideListModel *overrides() const { return m_overrides; }
    DateBlockListModel *blocks() const { return m_blocks; }
    int serverVersion() const;
    QVariantList conflictEdits() const;
    QString editError() const { return m_editError; }

    // Each call is one edit queued in the outbox; false and editError when refused.
    // Minutes are wall-clock minutes in the teacher's zone, snapped to 15. An end past 1440
    // (up to 2880) ends on the next day: a night range.
    Q_INVOKABLE bool addRule(int dayOfWeek, int startMinute, int endMinute);
    Q_INVOKABLE bool changeRule(int index, int dayOfWeek, int startMinute, int endMinute);
    Q_INVOKABLE bool removeRule(int index);
    // startMinute == endMinute closes the day.
    Q_INVOKABLE bool addOverride(QDate date, int startMinute, int endMinute);
    Q_INVOKABLE bool addOverrideText(const QString &isoDate, int startMinute, int endMinute);
    // Drag on the week grid: extra hours on a day column of the visible week, in the
    // VIEWER's zone, kept as a date override in the teacher's wall clock.
    Q_INVOKABLE bool addHoursOnDate(int column, int startMinute, int endMinute);
    Q_INVOKABLE bool removeOverride(int index);
    Q_INVOKABLE bool addBlock(QDate firstDate, QDate lastDate, const QString &reason);
    Q_INVOKABLE bool addBlockText(const QString &firstIso, const QString &lastIso, const QString &reason);
    Q_INVOKABLE bool removeBlock(int index);
    Q_INVOKABLE void resolveConflict(qint64 seq, bool keepMine);

    // "09:30"; and back: "24:00" -> 1440, -1 when malformed.
    Q_INVOKABLE static QString minuteText(int minute);
    Q_INVOKABLE static int parseMinute(const QString &text);

Q_SIGNALS:
    void scheduleChanged();
    void editErrorChanged();
    // An edit was written to the outbox (or failed to be).
    void editQueued(bool ok, const QString &error);

private:
    const Schedule &schedule() const;
    bool apply(const ScheduleEdit &edit);
    bool fail(const QString &message);

    void refreshLists();

    AccountController *m_account;
    const CalendarNavigator *m_navigator;
    DateOverrideListModel *m_overrides;
    DateBlockListModel *m_blocks;
    QString m_editError;
};

} // namespace companion
