#pragma once

#include "app/gui/calendar/AvailabilityEditorController.h"
#include "app/gui/calendar/CalendarNavigator.h"
#include "app/gui/calendar/SlotPreviewController.h"
#include "models/itemmodels/CalendarLayout.h"
#include "models/itemmodels/CalendarMonthModel.h"
#include "models/itemmodels/CalendarWeekModel.h"

#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqml.h>

namespace companion {

class AccountController;

// The calendar page (one per CalendarPage): lays the account's sessions and working
// schedule out in the week / month / agenda / template models for the navigator's range
// and zone. Reads from the account in memory, never from storage. Owns the page's
// navigator, availability editor and student preview.
class CalendarController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(companion::CalendarNavigator *navigator READ navigator CONSTANT)
    Q_PROPERTY(companion::AvailabilityEditorController *editor READ editor CONSTANT)
    Q_PROPERTY(companion::SlotPreviewController *preview READ preview CONSTANT)
    Q_PROPERTY(companion::CalendarWeekModel *weekModel READ weekModel CONSTANT)
    Q_PROPERTY(companion::CalendarWeekModel *templateModel READ templateModel CONSTANT)
    Q_PROPERTY(companion::CalendarMonthModel *monthModel READ monthModel CONSTANT)
    Q_PROPERTY(companion::CalendarAgendaModel *agendaModel READ agendaModel CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY statusChanged)
    Q_PROPERTY(bool hasSchedule READ hasSchedule NOTIFY statusChanged)
    Q_PROPERTY(QString error READ error NOTIFY statusChanged)
    Q_PROPERTY(int sessionCount READ sessionCount NOTIFY statusChanged)
    // Some sessions are taught by someone else (a creator's S-Ts): the legend explains their colour.
    Q_PROPERTY(bool othersTeach READ othersTeach NOTIFY statusChanged)
public:
    explicit CalendarController(QObject *parent = nullptr);

    CalendarNavigator *navigator() const { return m_navigator; }
    AvailabilityEditorController *editor() const { return m_editor; }
    SlotPreviewController *preview() const { return m_preview; }
    CalendarWeekModel *weekModel() const { return m_week; }
    CalendarWeekModel *templateModel() const { return m_template; }
    CalendarMonthModel *monthModel() const { return m_month; }
    CalendarAgendaModel *agendaModel() const { return m_agenda; }
    bool loaded() const;
    bool hasSchedule() const;
    QString error() const;
    int sessionCount() const;
    bool othersTeach() const;

Q_SIGNALS:
    void statusChanged();

private:
    void rebuild();
    QList<CalendarEntry> entriesFor(qint64 fromUtc, qint64 toUtc) const;

    AccountController *m_account;
    CalendarNavigator *m_navigator;
    AvailabilityEditorController *m_editor;
    SlotPreviewController *m_preview;
    CalendarWeekModel *m_week;
    CalendarWeekModel *m_template;
    CalendarMonthModel *m_month;
    CalendarAgendaModel *m_agenda;
    QTimer m_rebuildTimer;
};

} // namespace companion
