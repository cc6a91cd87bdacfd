#include "app/gui/calendar/CalendarController.h"

#include "app/gui/calendar/AvailabilityEditorController.h"
#include "app/gui/calendar/CalendarNavigator.h"
#include "app/gui/calendar/SlotPreviewController.h"
#include "app/gui/settings/ViewSettings.h"
#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/money/Money.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace companion {

CalendarController::CalendarController(QObject *parent)
    : QObject(parent)
    , m_account(AccountController::instance())
    , m_navigator(new CalendarNavigator(this))
    , m_editor(new AvailabilityEditorController(m_account, m_navigator, this))
    , m_preview(new SlotPreviewController(m_account, m_navigator, this))
    , m_week(new CalendarWeekModel(this))
    , m_template(new CalendarWeekModel(this))
    , m_month(new CalendarMonthModel(this))
    , m_agenda(new CalendarAgendaModel(this))
{
    // Where the page opens (--calendar-view/--calendar-date/--calendar-zone).
    if (AppController *app = AppController::instance()) {
        const CalendarStart start = app->calendarStart();
        const ViewSettings *view = ViewSettings::instance();
        if (!start.zone.isEmpty())
            m_navigator->chooseViewerZone(start.zone);
        else if (view && !view->viewZone().isEmpty())
            m_navigator->chooseViewerZone(view->viewZone());
        if (!start.view.isEmpty())
            m_navigator->setView(start.view);
        if (start.date.isValid())
            m_navigator->jumpTo(start.date);
    }

    // Coalesce bursts (zone change + data arrival) into one layout pass.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &CalendarController::rebuild);
    auto relayout = [this] { m_rebuildTimer.start(); };
    connect(m_navigator, &CalendarNavigator::rangeChanged, this, relayout);
    connect(m_navigator, &CalendarNavigator::zonesChanged, this, relayout);
    if (m_account) {
        m_navigator->setTeacherZone(m_account->teachingZone());
        connect(m_account, &AccountController::teachingZoneChanged, this,
                [this] { m_navigator->setTeacherZone(m_account->teachingZone()); });
        for (auto signal : { &AccountController::sessionsChanged, &AccountController::scheduleChanged,
                             &AccountController::offeringsChanged, &AccountController::readyChanged }) {
            connect(m_account, signal, this, relayout);
            connect(m_account, signal, this, &CalendarController::statusChanged);
        }
    }
    rebuild();
}

bool CalendarController::loaded() const
{
    return m_account && m_account->dataLoaded() && m_account->workingSchedule().error.isEmpty();
}

bool CalendarController::hasSchedule() const
{
    return m_account && m_account->workingSchedule().known;
}

QString CalendarController::error() const
{
    return m_account ? m_account->workingSchedule().error : QString();
}

int CalendarController::sessionCount() const
{
    return m_account ? int(m_account->allSessions().size()) : 0;
}

bool CalendarController::othersTeach() const
{
    if (!m_account)
        return false;
    const QString userId = m_account->userId();
    const QList<Session> &sessions = m_account->allSessions();
    return !userId.isEmpty()
        && std::any_of(sessions.cbegin(), sessions.cend(),
                       [&userId](const Session &session) { return session.teacherId != userId; });
}

QList<CalendarEntry> CalendarController::entriesFor(qint64 fromUtc, qint64 toUtc) const
{
    QList<CalendarEntry> entries;
    if (!m_account)
        return entries;
    const WorkingSchedule &working = m_account->workingSchedule();
    if (working.known)
        entries = availabilityEntries(working.schedule, fromUtc, toUtc);
    const QString userId = m_account->userId();
    for (const Session &session : m_account->allSessions()) {
        const qint64 start = session.start.toSecsSinceEpoch();
        const qint64 end = session.end.toSecsSinceEpoch();
        if (end > fromUtc && start < toUtc)
            entries.append(CalendarEntry::fromSession(session, userId));
    }
    return entries;
}

void CalendarController::rebuild()
{
    m_rebuildTimer.stop();
    const QString view = m_navigator->view();
    const QDate first = m_navigator->rangeStart();
    const QTimeZone zone = m_navigator->zone();
    const QDate today = m_navigator->today();
    // Instants that surely cover the viewer-local range (offsets are within ±26 h).
    const bool month = view == QLatin1String("month");
    const int days = month ? CalendarMonthModel::Days + 7 : m_navigator->rangeDays();
    const QDate gridFirst = month ? weekStartOf(first) : first;
    const qint64 from = QDateTime(gridFirst, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - 2 * 86400;
    const qint64 to
        = QDateTime(gridFirst.addDays(days), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() + 2 * 86400;
    if (month) {
        m_month->setMonth(first, entriesFor(from, to), zone, Clock::nowSecs());
    } else if (view == QLatin1String("agenda")) {
        m_agenda->setRange(entriesFor(from, to), first, first.addDays(m_navigator->rangeDays() - 1), zone,
                           today);
    } else {
        m_week->setWeek(entriesFor(from, to), m_navigator->weekStart(), 7, zone);
    }
    m_template->setTemplate(m_account ? m_account->workingSchedule().schedule.weekly : QList<WeeklyRule>());
    if (view == QLatin1String("preview"))
        m_preview->rebuild();
}

} // namespace companion
