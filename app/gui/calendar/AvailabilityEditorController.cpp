#include "app/gui/calendar/AvailabilityEditorController.h"

#include "app/gui/calendar/CalendarNavigator.h"
#include "app/gui/shell/AccountController.h"
#include "models/schedule/BookedSessions.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "models/time/InstantFormat.h"
#include "models/time/LocalTimeResolver.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>

namespace companion {

namespace {
QString rangeText(const LocalInterval &interval)
{
    return QStringLiteral("%1–%2").arg(instant::minuteOfDayToString(interval.startMinute),
                                       instant::minuteOfDayToString(interval.endMinute));
}

// Whether two copies hold the same hours (the server may return them in its own order).
bool sameHours(Schedule a, Schedule b)
{
    a.sortCanonically();
    b.sortCanonically();
    return a.timeZone == b.timeZone && a.weekly == b.weekly && a.overrides == b.overrides
        && a.blocks == b.blocks;
}

QString dayName(int dayOfWeek)
{
    return QLocale().standaloneDayName(dayOfWeek, QLocale::LongFormat);
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
            // Undo restores a whole copy: only while nothing else has changed the hours.
            if (!m_undoText.isEmpty() && !sameHours(schedule(), m_undoAfter))
                dismissUndo();
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
    // People type "9:30" as often as "09:30", and "0930" or "930" too.
    QString padded = text.trimmed();
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{3,4}$"));
    if (digitsOnly.match(padded).hasMatch())
        padded.insert(padded.size() - 2, QLatin1Char(':'));
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

void AvailabilityEditorController::setFieldError(const QString &field, const QString &message)
{
    if (m_fieldError == message && m_fieldErrorFor == field)
        return;
    m_fieldError = message;
    m_fieldErrorFor = field;
    Q_EMIT fieldErrorChanged();
}

void AvailabilityEditorController::dismissUndo()
{
    if (m_undoText.isEmpty())
        return;
    m_undoText.clear();
    Q_EMIT undoChanged();
}

bool AvailabilityEditorController::undo()
{
    if (m_undoText.isEmpty() || !sameHours(schedule(), m_undoAfter))
        return false;
    const Schedule before = m_undoBefore;
    return apply(ScheduleEdit { before, {}, false });
}

bool AvailabilityEditorController::apply(const ScheduleEdit &edit, const QString &field, const QString &undo)
{
    if (!edit.ok()) {
        if (field.isEmpty())
            return fail(edit.error);
        setFieldError(field, edit.error);
        return false;
    }
    setFieldError({}, {});
    if (edit.unchanged)
        return true;
    if (!m_account || !m_account->sync())
        return fail(tr("Sign in to edit your availability."));
    // Set before queueing: the account shows the edit (and says so) at once.
    const Schedule before = schedule();
    m_undoText.clear();
    if (!undo.isEmpty()) {
        m_undoBefore = before;
        m_undoAfter = *edit.schedule;
        m_undoText = undo;
    }
    QPointer<AvailabilityEditorController> self(this);
    const QString error
        = m_account->queueAvailabilityEdit(*edit.schedule, [self](bool queued, const QString &error) {
              if (!self)
                  return;
              if (!queued)
                  self->fail(error);
              Q_EMIT self->editQueued(queued, error);
          });
    if (!error.isEmpty()) {
        m_undoText.clear();
        Q_EMIT undoChanged();
        return fail(error);
    }
    Q_EMIT undoChanged();
    if (!m_editError.isEmpty()) {
        m_editError.clear();
        Q_EMIT editErrorChanged();
    }
    return true;
}

bool AvailabilityEditorController::addRule(int dayOfWeek, int startMinute, int endMinute)
{
    return apply(ScheduleEdits::addRule(schedule(), dayOfWeek, startMinute, endMinute),
                 QStringLiteral("rule"));
}

bool AvailabilityEditorController::addRuleToDays(const QList<int> &daysOfWeek, int startMinute, int endMinute)
{
    if (daysOfWeek.isEmpty()) {
        setFieldError(QStringLiteral("rule"), tr("Pick at least one day."));
        return false;
    }
    if (daysOfWeek.size() == 1)
        return addRule(daysOfWeek.first(), startMinute, endMinute);
    ScheduleEdit edit { schedule(), {}, false };
    for (const int day : daysOfWeek) {
        edit = ScheduleEdits::addRule(*edit.schedule, day, startMinute, endMinute);
        if (!edit.schedule)
            break;
    }
    const QString hours
        = QStringLiteral("%1–%2").arg(minuteText(ScheduleEdits::snapped(startMinute)),
                                      minuteText(ScheduleEdits::snapped(endMinute, 2) % 1440));
    return apply(edit, QStringLiteral("rule"),
                 tr("Added %1 on %n day(s)", nullptr, int(daysOfWeek.size())).arg(hours));
}

bool AvailabilityEditorController::changeRule(int index, int dayOfWeek, int startMinute, int endMinute)
{
    return apply(ScheduleEdits::changeRule(schedule(), index, dayOfWeek, startMinute, endMinute),
                 QStringLiteral("rule"));
}

bool AvailabilityEditorController::removeRule(int index)
{
    QString undo;
    if (index >= 0 && index < schedule().weekly.size()) {
        const WeeklyRule &rule = schedule().weekly[index];
        undo = tr("Deleted %1 %2").arg(dayName(rule.dayOfWeek), rangeText(rule.interval));
    }
    return apply(ScheduleEdits::removeRule(schedule(), index), {}, undo);
}

bool AvailabilityEditorController::addOverride(QDate date, int startMinute, int endMinute)
{
    return apply(ScheduleEdits::setOverride(schedule(), date, startMinute, endMinute),
                 QStringLiteral("override"));
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
    QString undo;
    if (index >= 0 && index < schedule().overrides.size())
        undo = tr("Removed the override on %1")
                   .arg(DateText::format(schedule().overrides[index].date, DateText::Style::WeekdayFullDate));
    return apply(ScheduleEdits::removeOverride(schedule(), index), {}, undo);
}

bool AvailabilityEditorController::addBlock(QDate firstDate, QDate lastDate, const QString &reason)
{
    return apply(ScheduleEdits::addBlock(schedule(), firstDate, lastDate, reason), QStringLiteral("block"));
}

bool AvailabilityEditorController::addBlockText(const QString &firstIso, const QString &lastIso,
                                                const QString &reason)
{
    return addBlock(QDate::fromString(firstIso.trimmed(), Qt::ISODate),
                    QDate::fromString(lastIso.trimmed(), Qt::ISODate), reason);
}

bool AvailabilityEditorController::removeBlock(int index)
{
    QString undo;
    if (index >= 0 && index < schedule().blocks.size()) {
        const DateBlock &block = schedule().blocks[index];
        undo = tr("Removed the vacation %1").arg(DateText::range(block.firstDate, block.lastDate));
    }
    return apply(ScheduleEdits::removeBlock(schedule(), index), {}, undo);
}

QVariantMap AvailabilityEditorController::impact(const ScheduleEdit &edit, QDate first, QDate last) const
{
    QVariantMap answer { { QStringLiteral("count"), 0 }, { QStringLiteral("students"), 0 } };
    if (!m_account || !edit.schedule)
        return answer;
    const QList<Session> outside = sessionsLeftOutside(*edit.schedule, m_account->allSessions(),
                                                       m_account->userId(), first, last, Clock::nowMs());
    if (outside.isEmpty())
        return answer;
    // Shown in the teacher's zone, like the dates she types.
    const QTimeZone zone(edit.schedule->timeZone.toUtf8());
    int students = 0;
    QStringList lines;
    for (const Session &session : outside) {
        students += session.bookedSeats;
        lines.append(
            tr("%1 %2 · %n student(s)", nullptr, session.bookedSeats)
                .arg(DateText::format(session.start.toTimeZone(zone), DateText::Style::WeekdayDateTime),
                     session.courseTitle));
    }
    answer.insert(QStringLiteral("count"), int(outside.size()));
    answer.insert(QStringLiteral("students"), students);
    answer.insert(
        QStringLiteral("summary"),
        tr("%1, %2 stay booked")
            .arg(tr("%n session(s)", nullptr, int(outside.size())), tr("%n student(s)", nullptr, students)));
    answer.insert(QStringLiteral("sessions"), lines);
    return answer;
}

QVariantMap AvailabilityEditorController::overrideImpact(const QString &isoDate, int startMinute,
                                                         int endMinute) const
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    return impact(ScheduleEdits::setOverride(schedule(), date, startMinute, endMinute), date, date);
}

QVariantMap AvailabilityEditorController::blockImpact(const QString &firstIso, const QString &lastIso) const
{
    const QDate first = QDate::fromString(firstIso.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(lastIso.trimmed(), Qt::ISODate);
    return impact(ScheduleEdits::addBlock(schedule(), first, last, {}), first, last);
}

void AvailabilityEditorController::resolveConflict(qint64 seq, bool keepMine)
{
    if (m_account && m_account->sync())
        m_account->sync()->resolveConflict(seq, keepMine);
}

} // namespace companion
