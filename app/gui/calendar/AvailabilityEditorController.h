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
    // An edit the outbox could not take, or a refused drag on the week: not tied to a field.
    Q_PROPERTY(QString editError READ editError NOTIFY editErrorChanged)
    // Why the last edit from a form was refused, shown next to that form: fieldErrorFor is
    // "rule" (the weekly-hours dialog), "override" or "block" (the side panel's forms).
    Q_PROPERTY(QString fieldError READ fieldError NOTIFY fieldErrorChanged)
    Q_PROPERTY(QString fieldErrorFor READ fieldErrorFor NOTIFY fieldErrorChanged)
    // What undo() takes back ("Deleted Monday 09:00–12:00"); "" when there is nothing.
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
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
    QString fieldError() const { return m_fieldError; }
    QString fieldErrorFor() const { return m_fieldErrorFor; }
    QString undoText() const { return m_undoText; }

    // Each call is one edit queued in the outbox; false and editError when refused.
    // Minutes are wall-clock minutes in the teacher's zone, snapped to 15. An end past 1440
    // (up to 2880) ends on the next day: a night range.
    Q_INVOKABLE bool addRule(int dayOfWeek, int startMinute, int endMinute);
    // The same hours on several weekdays (1-7) at once: one edit, undone as one.
    Q_INVOKABLE bool addRuleToDays(const QList<int> &daysOfWeek, int startMinute, int endMinute);
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

    // Takes back the last delete (or multi-day add) while nothing else changed since: one
    // more edit in the outbox. False when there is nothing to undo.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void dismissUndo();
    Q_INVOKABLE void clearFieldError() { setFieldError({}, {}); }

    // The booked sessions an override (startMinute == endMinute: closed) or a vacation would
    // leave outside the hours, asked before saving it: {count, students, summary:
    // "2 sessions, 4 students stay booked", sessions: ["Mon 7 Dec, 10:00 Watercolor · 2 students", …]}.
    // count 0 when nothing is in the way or the dates are not valid yet.
    Q_INVOKABLE QVariantMap overrideImpact(const QString &isoDate, int startMinute, int endMinute) const;
    Q_INVOKABLE QVariantMap blockImpact(const QString &firstIso, const QString &lastIso) const;

    // "09:30"; and back: "24:00" -> 1440, -1 when malformed.
    Q_INVOKABLE static QString minuteText(int minute);
    Q_INVOKABLE static int parseMinute(const QString &text);

Q_SIGNALS:
    void scheduleChanged();
    void editErrorChanged();
    // An edit was written to the outbox (or failed to be).
    void editQueued(bool ok, const QString &error);
    void fieldErrorChanged();
    void undoChanged();

private:
    const Schedule &schedule() const;
    // `field`: where a refusal is shown ("" = editError); `undo`: what undo() would say.
    bool apply(const ScheduleEdit &edit, const QString &field = {}, const QString &undo = {});
    bool fail(const QString &message);
    void setFieldError(const QString &field, const QString &message);
    QVariantMap impact(const ScheduleEdit &edit, QDate first, QDate last) const;

    void refreshLists();

    AccountController *m_account;
    const CalendarNavigator *m_navigator;
    DateOverrideListModel *m_overrides;
    DateBlockListModel *m_blocks;
    QString m_editError;
    QString m_fieldError;
    QString m_fieldErrorFor;
    QString m_undoText;
    Schedule m_undoBefore; // the schedule undo() restores ...
    Schedule m_undoAfter; // ... while the working schedule still equals this
};

} // namespace companion
