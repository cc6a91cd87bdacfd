#pragma once

#include "models/Session.h"
#include "models/itemmodels/CalendarLayout.h"
#include "models/itemmodels/CalendarMonthModel.h"
#include "models/itemmodels/CalendarWeekModel.h"
#include "models/schedule/Offering.h"
#include "models/schedule/Schedule.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

// The calendar page's state and actions (one per CalendarPage). Reads the account's cache
// on the storage thread, feeds the week / month / agenda / template models in the chosen
// viewer zone, holds the working copy of the availability schedule and sends every edit
// through the outbox (Account.sync.queueAvailabilityEdit), and computes the student
// preview with the same SlotCalculator the server uses.
//
// For screenshots and demos the environment may preselect the view, date and zone:
// COMPANION_CALENDAR_VIEW (week|month|agenda|editor|preview), COMPANION_CALENDAR_DATE
// (YYYY-MM-DD), COMPANION_CALENDAR_ZONE (IANA id).
class CalendarController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(QDate visibleDate READ visibleDate WRITE jumpTo NOTIFY rangeChanged)
    Q_PROPERTY(QString visibleIso READ visibleIso NOTIFY rangeChanged)
    Q_PROPERTY(QDate today READ today NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeTitle READ rangeTitle NOTIFY rangeChanged)
    Q_PROPERTY(QVariantList dayHeaders READ dayHeaders NOTIFY rangeChanged)
    Q_PROPERTY(int nowMinute READ nowMinute NOTIFY rangeChanged)
    Q_PROPERTY(int todayColumn READ todayColumn NOTIFY rangeChanged)
    Q_PROPERTY(QString viewerZone READ viewerZone WRITE setViewerZone NOTIFY zonesChanged)
    Q_PROPERTY(QString teacherZone READ teacherZone NOTIFY zonesChanged)
    Q_PROPERTY(QString viewerZoneLabel READ viewerZoneLabel NOTIFY zonesChanged)
    Q_PROPERTY(QString teacherZoneLabel READ teacherZoneLabel NOTIFY zonesChanged)
    Q_PROPERTY(QStringList zoneChoices READ zoneChoices NOTIFY zonesChanged)
    Q_PROPERTY(companion::CalendarWeekModel *weekModel READ weekModel CONSTANT)
    Q_PROPERTY(companion::CalendarWeekModel *templateModel READ templateModel CONSTANT)
    Q_PROPERTY(companion::CalendarMonthModel *monthModel READ monthModel CONSTANT)
    Q_PROPERTY(companion::CalendarAgendaModel *agendaModel READ agendaModel CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY statusChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY statusChanged)
    Q_PROPERTY(bool hasSchedule READ hasSchedule NOTIFY scheduleChanged)
    Q_PROPERTY(QString error READ error NOTIFY statusChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY dataChanged)
    // The working copy of the schedule, for the editor's lists.
    Q_PROPERTY(QVariantList weeklyRules READ weeklyRules NOTIFY scheduleChanged)
    Q_PROPERTY(QVariantList overrides READ overrides NOTIFY scheduleChanged)
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY scheduleChanged)
    Q_PROPERTY(int serverVersion READ serverVersion NOTIFY scheduleChanged)
    Q_PROPERTY(QString editError READ editError NOTIFY editStateChanged)
    Q_PROPERTY(QVariantList conflictEdits READ conflictEdits NOTIFY editStateChanged)
    // Student preview.
    Q_PROPERTY(QVariantList offerings READ offerings NOTIFY dataChanged)
    Q_PROPERTY(int previewOffering READ previewOffering WRITE setPreviewOffering NOTIFY previewChanged)
    Q_PROPERTY(QVariantList previewDays READ previewDays NOTIFY previewChanged)
    Q_PROPERTY(int previewSlotCount READ previewSlotCount NOTIFY previewChanged)
    Q_PROPERTY(QString previewError READ previewError NOTIFY previewChanged)
public:
    explicit CalendarController(QObject *parent = nullptr);

    QString view() const { return m_view; }
    void setView(const QString &view);
    QDate visibleDate() const { return m_visibleDate; }
    QString visibleIso() const { return m_visibleDate.toString(Qt::ISODate); }
    QDate today() const;
    QString rangeTitle() const;
    QVariantList dayHeaders() const;
    int nowMinute() const;
    int todayColumn() const;
    QString viewerZone() const { return QString::fromUtf8(m_viewerZone.id()); }
    void setViewerZone(const QString &zone);
    QString teacherZone() const { return m_schedule.timeZone; }
    QString viewerZoneLabel() const;
    QString teacherZoneLabel() const;
    QStringList zoneChoices() const;
    CalendarWeekModel *weekModel() const { return m_week; }
    CalendarWeekModel *templateModel() const { return m_template; }
    CalendarMonthModel *monthModel() const { return m_month; }
    CalendarAgendaModel *agendaModel() const { return m_agenda; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    bool hasSchedule() const { return m_hasSchedule; }
    QString error() const { return m_error; }
    int sessionCount() const { return int(m_sessions.size()); }
    QVariantList weeklyRules() const;
    QVariantList overrides() const;
    QVariantList blocks() const;
    int serverVersion() const { return m_serverVersion; }
    QString editError() const { return m_editError; }
    QVariantList conflictEdits() const { return m_conflicts; }
    QVariantList offerings() const;
    int previewOffering() const { return m_previewOffering; }
    void setPreviewOffering(int index);
    QVariantList previewDays() const { return m_previewDays; }
    int previewSlotCount() const { return m_previewSlotCount; }
    QString previewError() const { return m_previewError; }

    // Navigation.
    Q_INVOKABLE void goToday();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    Q_INVOKABLE void jumpTo(QDate date);
    Q_INVOKABLE bool jumpToText(const QString &isoDate);
    Q_INVOKABLE QDate dateOfColumn(int column) const;
    // Shows times in `zone` (an IANA id); false when it is not a known zone.
    Q_INVOKABLE bool chooseViewerZone(const QString &zone);

    // Editing (each call is one edit queued in the outbox). Minutes are wall-clock minutes
    // in the teacher's zone, snapped to 15; false and editError when invalid.
    // endMinute past 1440 (up to 2880) ends on the next day: a night range, stored as two rules.
    Q_INVOKABLE bool addRule(int dayOfWeek, int startMinute, int endMinute);
    Q_INVOKABLE bool changeRule(int index, int dayOfWeek, int startMinute, int endMinute);
    Q_INVOKABLE bool removeRule(int index);
    // startMinute == endMinute closes the day.
    Q_INVOKABLE bool addOverride(QDate date, int startMinute, int endMinute);
    Q_INVOKABLE bool addOverrideText(const QString &isoDate, int startMinute, int endMinute);
    // Drag on the week grid: extra hours on one date, given in the VIEWER's zone for a day
    // column of the visible week. Converted to the teacher's wall clock and stored as a
    // date override that keeps the hours the date already had. Refused when the range
    // spans two dates in the teacher's zone or falls on a vacation.
    Q_INVOKABLE bool addHoursOnDate(int column, int startMinute, int endMinute);
    Q_INVOKABLE bool removeOverride(int index);
    Q_INVOKABLE bool addBlock(QDate firstDate, QDate lastDate, const QString &reason);
    Q_INVOKABLE bool addBlockText(const QString &firstIso, const QString &lastIso, const QString &reason);
    Q_INVOKABLE bool removeBlock(int index);
    Q_INVOKABLE void resolveConflict(qint64 seq, bool keepMine);

    // Details of a cached session for the details popup (empty map when unknown).
    Q_INVOKABLE QVariantMap sessionDetails(const QString &id) const;
    Q_INVOKABLE static QString minuteText(int minute);
    // "09:30" -> 570, "24:00" -> 1440; -1 when malformed.
    Q_INVOKABLE static int parseMinute(const QString &text);

    // Re-reads the cache now (tests; the controller also does it on every change).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void viewChanged();
    void rangeChanged();
    void zonesChanged();
    void statusChanged();
    void scheduleChanged();
    void dataChanged();
    void editStateChanged();
    void previewChanged();
    // An edit was written to the outbox (or failed to be).
    void editQueued(bool ok, const QString &error);

private:
    // The viewer zone follows the account's until the user picks one.
    void followAccountZone(const QString &zoneId);
    struct Snapshot;
    void connectAccount();
    void applySnapshot(const Snapshot &snapshot);
    void rebuild();
    void rebuildPreview();
    bool queueEdit(Schedule edited);
    bool fail(const QString &message);
    void setError(const QString &error);
    QList<CalendarEntry> entriesFor(qint64 fromUtc, qint64 toUtc) const;
    QDate rangeStart() const;
    int rangeDays() const;

    CalendarWeekModel *m_week;
    CalendarWeekModel *m_template;
    CalendarMonthModel *m_month;
    CalendarAgendaModel *m_agenda;
    QTimer m_rebuildTimer;
    QTimer m_clock;

    QString m_view = QStringLiteral("week");
    QDate m_visibleDate;
    QTimeZone m_viewerZone;
    bool m_viewerZoneChosen = false;

    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadAgain = false;
    QString m_error;

    QString m_userId;
    QList<Session> m_sessions;
    QList<Offering> m_offerings;
    Schedule m_serverSchedule;
    Schedule m_schedule; // working copy: the server's plus edits still in the outbox
    bool m_hasSchedule = false;
    int m_serverVersion = 0;
    QString m_editError;
    QVariantList m_conflicts;

    int m_previewOffering = 0;
    QVariantList m_previewDays;
    int m_previewSlotCount = 0;
    QString m_previewError;
};

} // namespace companion
