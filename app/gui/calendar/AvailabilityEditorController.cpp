#include "app/gui/calendar/AvailabilityEditorController.h"

#include "app/gui/calendar/CalendarNavigator.h"
#include "app/gui/shell/AccountController.h"
#include "models/time/InstantFormat.h"
#include "models/time/LocalTimeResolver.h"

#include <QDateTime>
#include <QPointer>

namespace companion {

namespace {
QString rangeText(const LocalInterval &interval)
{
    return QStringLiteral("%1–%2").arg(instant::minuteOfDayToString(interval.startMinute),
                                       instant::minuteOfDayToString(interval.endMinute));
}
} // namespace

AvailabilityEditorController::AvailabilityEditorController(AccountController *account,
                                                           const CalendarNavigator *navigator,
                                                           QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_navigator(navigator)
    , m_overrides(new DateOverrideListModel(this))
    , m_blocks(new DateBlockListModel(this))
{
    if (m_account)
        connect(m_account, &AccountController::scheduleChanged, this, [this] {
            refreshLists();
            Q_EMIT scheduleChanged();
        });
    refreshLists();
}

bool AvailabilityEditorController::hasSchedule() const
{
    return m_account && m_account->workingSchedule().known;
}

int AvailabilityEditorController::serverVersion() const
{
    return m_account ? m_account->workingSchedule().serverVersion : 0;
}

QString AvailabilityEditorController::minuteText(int minute)
{
    return instant::minuteOfDayToString(minute);
}

int AvailabilityEditorController::parseMinute(const QString &text)
{
    // People type "9:30" as often as "09:30".
    QString padded = text.trimmed();
    if (padded.indexOf(QLatin1Char(':')) == 1)
        padded.prepend(QLatin1Char('0'));
    return instant::parseMinuteOfDay(padded).value_or(-1);
}

QVariantList AvailabilityEditorController::weeklyRules() const
{
    QVariantList list;
    if (!m_account)
        return list;
    const Schedule &schedule = this->schedule();
    for (int i = 0; i < schedule.weekly.size(); ++i) {
        const WeeklyRule &rule = schedule.weekly[i];
        list.append(QVariantMap {
            { QStringLiteral("index"), i },
            { QStringLiteral("day"), rule.dayOfWeek },
            { QStringLiteral("startMinute"), rule.interval.startMinute },
            { QStringLiteral("endMinute"), rule.interval.endMinute },
            { QStringLiteral("text"), rangeText(rule.interval) },
        });
    }
    return list;
}

void AvailabilityEditorController::refreshLists()
{
    m_overrides->setOverrides(schedule().overrides);
    m_blocks->setBlocks(schedule().blocks);
}

QVariantList AvailabilityEditorController::conflictEdits() const
{
    QVariantList list;
    if (!m_account)
        return list;
    for (const OutboxEdit &edit : m_account->workingSchedule().conflicts)
        list.append(QVariantMap {
            { QStringLiteral("seq"), edit.seq },
            { QStringLiteral("message"), edit.error },
            { QStringLiteral("serverVersion"), edit.serverVersion },
        });
    return list;
}

const Schedule &AvailabilityEditorController::schedule() const
{
    static const Schedule none;
    return m_account ? m_account->workingSchedule().schedule : none;
}

bool AvailabilityEditorController::fail(const QString &message)
{
    m_editError = message;
    Q_EMIT editErrorChanged();
    return false;
}

bool AvailabilityEditorController::apply(const ScheduleEdit &edit)
{
    if (!edit.ok())
        return fail(edit.error);
    if (edit.unchanged)
        return true;
    if (!m_account || !m_account->sync())
        return fail(tr("Sign in to edit your availability."));
    QPointer<AvailabilityEditorController> self(this);
    const QString error
        = m_account->queueAvailabilityEdit(*edit.schedule, [self](bool queued, const QString &error) {
              if (!self)
                  return;
              if (!queued)
                  self->fail(error);
              Q_EMIT self->editQueued(queued, error);
          });
    if (!error.isEmpty())
        return fail(error);
    if (!m_editError.isEmpty()) {
        m_editError.clear();
        Q_EMIT editErrorChanged();
    }
    return true;
}

bool AvailabilityEditorController::addRule(int dayOfWeek, int startMinute, int endMinute)
{
    return apply(ScheduleEdits::addRule(schedule(), dayOfWeek, startMinute, endMinute));
}

bool AvailabilityEditorController::changeRule(int index, int dayOfWeek, int startMinute, int endMinute)
{
    return apply(ScheduleEdits::changeRule(schedule(), index, dayOfWeek, startMinute, endMinute));
}

bool AvailabilityEditorController::removeRule(int index)
{
    return apply(ScheduleEdits::removeRule(schedule(), index));
}

bool AvailabilityEditorController::addOverride(QDate date, int startMinute, int endMinute)
{
    return apply(ScheduleEdits::setOverride(schedule(), date, startMinute, endMinute));
}

bool AvailabilityEditorController::addOverrideText(const QString &isoDate, int startMinute, int endMinute)
{
    return addOverride(QDate::fromString(isoDate.trimmed(), Qt::ISODate), startMinute, endMinute);
}

bool AvailabilityEditorController::addHoursOnDate(int column, int startMinute, int endMinute)
{
    if (column < 0 || column > 6)
        return fail(tr("Pick a day of the week shown."));
    const int from = ScheduleEdits::snapped(std::min(startMinute, endMinute));
    const int to = ScheduleEdits::snapped(std::max(startMinute, endMinute));
    // The viewer's wall clock on that column, as instants; the teacher's side is ScheduleEdits'.
    const QDate date = m_navigator->dateOfColumn(column);
    const qint64 around = QDateTime(date, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const LocalTimeResolver viewer(m_navigator->zone(), around - 86400, around + 86400);
    return apply(
        ScheduleEdits::addHours(schedule(), viewer.toUtcSecs(date, from), viewer.toUtcSecs(date, to)));
}

bool AvailabilityEditorController::removeOverride(int index)
{
    return apply(ScheduleEdits::removeOverride(schedule(), index));
}

bool AvailabilityEditorController::addBlock(QDate firstDate, QDate lastDate, const QString &reason)
{
    return apply(ScheduleEdits::addBlock(schedule(), firstDate, lastDate, reason));
}

bool AvailabilityEditorController::addBlockText(const QString &firstIso, const QString &lastIso,
                                                const QString &reason)
{
    return addBlock(QDate::fromString(firstIso.trimmed(), Qt::ISODate),
                    QDate::fromString(lastIso.trimmed(), Qt::ISODate), reason);
}

bool AvailabilityEditorController::removeBlock(int index)
{
    return apply(ScheduleEdits::removeBlock(schedule(), index));
}

void AvailabilityEditorController::resolveConflict(qint64 seq, bool keepMine)
{
    if (m_account && m_account->sync())
        m_account->sync()->resolveConflict(seq, keepMine);
}

} // namespace companion
