#include "app/gui/calendar/CalendarController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "models/schedule/BusySession.h"
#include "models/schedule/SlotCalculator.h"
#include "models/time/Clock.h"
#include "models/time/LocalTimeResolver.h"
#include "services/CacheStore.h"
#include "services/OutboxStore.h"
#include "services/Storage.h"
#include "services/SyncEngine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace companion {

namespace {
constexpr int Snap = 15;

// To the 15-minute grid, within one day or, for the end of a night range, two (up to 48:00).
int snapped(int minute, int days = 1)
{
    return std::clamp(int(std::lround(minute / double(Snap))) * Snap, 0, days * 1440);
}

QString offsetText(const QTimeZone &zone, const QDateTime &at)
{
    const int offset = zone.offsetFromUtc(at);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

struct CalendarController::Snapshot
{
    QString error;
    QString userId;
    QString userZone;
    QList<Session> sessions;
    std::optional<QJsonObject> availability;
    std::optional<QJsonObject> offerings;
    QList<OutboxEdit> edits;
};

CalendarController::CalendarController(QObject *parent)
    : QObject(parent)
    , m_week(new CalendarWeekModel(this))
    , m_template(new CalendarWeekModel(this))
    , m_month(new CalendarMonthModel(this))
    , m_agenda(new CalendarAgendaModel(this))
{
    // The account's zone from the first frame (the cache's copy arrives a moment later);
    // never the machine's, which may be anywhere.
    m_viewerZone = QTimeZone::utc();
    const QByteArray zone = qgetenv("COMPANION_CALENDAR_ZONE");
    if (!zone.isEmpty() && QTimeZone(zone).isValid()) {
        m_viewerZone = QTimeZone(zone);
        m_viewerZoneChosen = true;
    }
    const QString view = QString::fromUtf8(qgetenv("COMPANION_CALENDAR_VIEW"));
    if (!view.isEmpty())
        setView(view);
    m_visibleDate = QDate::fromString(QString::fromUtf8(qgetenv("COMPANION_CALENDAR_DATE")), Qt::ISODate);
    if (!m_visibleDate.isValid())
        m_visibleDate = today();

    // Coalesce bursts (zone change + data arrival) into one layout pass.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &CalendarController::rebuild);
    // The current-time line moves once a minute.
    m_clock.setInterval(60'000);
    connect(&m_clock, &QTimer::timeout, this, &CalendarController::rangeChanged);
    m_clock.start();

    if (AppController *app = AppController::instance()) {
        followAccountZone(app->session()->timeZone());
        connect(app->session(), &AuthSession::userChanged, this,
                [this, app] { followAccountZone(app->session()->timeZone()); });
    }
    m_schedule.timeZone = QString::fromUtf8(m_viewerZone.id());
    connectAccount();
}

void CalendarController::connectAccount()
{
    AccountController *account = AccountController::instance();
    if (!account)
        return;
    connect(account, &AccountController::readyChanged, this, [this] {
        AccountController *account = AccountController::instance();
        if (account && account->ready()) {
            connect(account->sync(), &SyncEngine::outboxChanged, this, &CalendarController::reload,
                    Qt::UniqueConnection);
            reload();
        } else {
            m_loaded = false;
            m_sessions.clear();
            m_offerings.clear();
            m_hasSchedule = false;
            Q_EMIT statusChanged();
            Q_EMIT dataChanged();
            Q_EMIT scheduleChanged();
            m_rebuildTimer.start();
        }
    });
    connect(account, &AccountController::collectionChanged, this, [this](const QString &collection) {
        if (collection == QLatin1String("sessions") || collection == QLatin1String("availability")
            || collection == QLatin1String("offerings") || collection == QLatin1String("me")
            || collection == QLatin1String("outbox"))
            reload();
    });
    if (account->ready()) {
        connect(account->sync(), &SyncEngine::outboxChanged, this, &CalendarController::reload,
                Qt::UniqueConnection);
        reload();
    }
}

void CalendarController::reload()
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    if (!storage)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    Q_EMIT statusChanged();
    storage->run<Snapshot>(
        this,
        [](Storage::Stores &stores) {
            Snapshot snapshot;
            if (!stores.cache) {
                snapshot.error = QStringLiteral("The local cache is not open.");
                return snapshot;
            }
            const std::optional<QJsonObject> me = stores.cache->document(QStringLiteral("me"));
            if (me) {
                const QJsonObject user = me->value(QLatin1String("user")).isObject()
                    ? me->value(QLatin1String("user")).toObject()
                    : *me;
                snapshot.userId = user.value(QLatin1String("id")).toString();
                snapshot.userZone = user.value(QLatin1String("time_zone")).toString();
            }
            snapshot.sessions = stores.cache->sessions();
            snapshot.availability = stores.cache->document(QStringLiteral("availability"));
            snapshot.offerings = stores.cache->document(QStringLiteral("offerings"));
            if (stores.outbox && !snapshot.userId.isEmpty())
                snapshot.edits = stores.outbox->edits(snapshot.userId);
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            m_loading = false;
            applySnapshot(snapshot);
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            } else {
                Q_EMIT statusChanged();
            }
        });
}

void CalendarController::applySnapshot(const Snapshot &snapshot)
{
    setError(snapshot.error);
    m_loaded = snapshot.error.isEmpty();
    m_userId = snapshot.userId;
    m_sessions = snapshot.sessions;

    m_offerings.clear();
    if (snapshot.offerings) {
        for (const QJsonValue &value : snapshot.offerings->value(QLatin1String("offerings")).toArray()) {
            if (auto offering = Offering::fromJson(value.toObject()))
                m_offerings.append(*offering);
        }
    }
    if (m_previewOffering >= m_offerings.size())
        m_previewOffering = 0;

    const QString oldZone = m_schedule.timeZone;
    m_hasSchedule = false;
    m_serverSchedule = Schedule {};
    m_serverSchedule.timeZone
        = snapshot.userZone.isEmpty() ? QString::fromUtf8(m_viewerZone.id()) : snapshot.userZone;
    m_serverVersion = 0;
    if (snapshot.availability) {
        QString parseError;
        if (auto schedule = Schedule::fromJson(*snapshot.availability, &parseError)) {
            m_serverSchedule = *schedule;
            m_serverVersion = snapshot.availability->value(QLatin1String("version")).toInt();
            m_hasSchedule = true;
        } else {
            setError(QStringLiteral("The cached availability could not be read (%1).").arg(parseError));
        }
    }
    // The working copy: the newest edit not yet on the server, else the server's schedule.
    m_schedule = m_serverSchedule;
    m_conflicts.clear();
    for (const OutboxEdit &edit : snapshot.edits) {
        if (edit.kind != QLatin1String("availability"))
            continue;
        if (edit.state == OutboxEdit::State::Conflict) {
            m_conflicts.append(QVariantMap {
                { QStringLiteral("seq"), edit.seq },
                { QStringLiteral("message"), edit.error },
                { QStringLiteral("serverVersion"), edit.serverVersion },
            });
        }
        if (edit.state == OutboxEdit::State::Failed)
            continue;
        if (auto schedule = Schedule::fromJson(edit.body)) {
            m_schedule = *schedule;
            m_hasSchedule = true;
        }
    }
    followAccountZone(m_schedule.timeZone);
    if (oldZone != m_schedule.timeZone)
        Q_EMIT zonesChanged();
    Q_EMIT zonesChanged();
    Q_EMIT scheduleChanged();
    Q_EMIT dataChanged();
    Q_EMIT editStateChanged();
    rebuild();
}

void CalendarController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT statusChanged();
}

// ---- view state -------------------------------------------------------------------------

void CalendarController::setView(const QString &view)
{
    static const QStringList views { QStringLiteral("week"), QStringLiteral("month"),
                                     QStringLiteral("agenda"), QStringLiteral("editor"),
                                     QStringLiteral("preview") };
    if (!views.contains(view) || view == m_view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
    Q_EMIT rangeChanged();
    m_rebuildTimer.start();
}

QDate CalendarController::today() const
{
    return Clock::today(m_viewerZone);
}

QDate CalendarController::rangeStart() const
{
    if (m_view == QLatin1String("month") || m_view == QLatin1String("agenda"))
        return QDate(m_visibleDate.year(), m_visibleDate.month(), 1);
    return weekStartOf(m_visibleDate);
}

int CalendarController::rangeDays() const
{
    if (m_view == QLatin1String("month") || m_view == QLatin1String("agenda"))
        return rangeStart().daysInMonth();
    return 7;
}

QString CalendarController::rangeTitle() const
{
    const QLocale locale = english();
    if (m_view == QLatin1String("editor"))
        return QStringLiteral("Weekly hours");
    if (m_view == QLatin1String("month") || m_view == QLatin1String("agenda"))
        return locale.toString(m_visibleDate, QStringLiteral("MMMM yyyy"));
    const QDate first = weekStartOf(m_visibleDate);
    const QDate last = first.addDays(6);
    if (first.year() != last.year())
        return QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM yyyy")),
                                             locale.toString(last, QStringLiteral("d MMM yyyy")));
    if (first.month() != last.month())
        return QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                             locale.toString(last, QStringLiteral("d MMM yyyy")));
    return QStringLiteral("%1 – %2").arg(QString::number(first.day()),
                                         locale.toString(last, QStringLiteral("d MMM yyyy")));
}

QVariantList CalendarController::dayHeaders() const
{
    const QLocale locale = english();
    QVariantList headers;
    const QDate first = weekStartOf(m_visibleDate);
    const QDate now = today();
    for (int d = 0; d < 7; ++d) {
        const QDate date = first.addDays(d);
        headers.append(QVariantMap {
            { QStringLiteral("weekday"), locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) },
            { QStringLiteral("weekdayLong"), locale.dayName(date.dayOfWeek(), QLocale::LongFormat) },
            { QStringLiteral("day"), date.day() },
            { QStringLiteral("date"), date },
            { QStringLiteral("iso"), date.toString(Qt::ISODate) },
            { QStringLiteral("isToday"), date == now },
        });
    }
    return headers;
}

int CalendarController::nowMinute() const
{
    const QTime time = Clock::nowUtc().toTimeZone(m_viewerZone).time();
    return time.hour() * 60 + time.minute();
}

int CalendarController::todayColumn() const
{
    const qint64 column = weekStartOf(m_visibleDate).daysTo(today());
    return column >= 0 && column < 7 ? int(column) : -1;
}

QDate CalendarController::dateOfColumn(int column) const
{
    return weekStartOf(m_visibleDate).addDays(column);
}

void CalendarController::goToday()
{
    jumpTo(today());
}

void CalendarController::previous()
{
    if (m_view == QLatin1String("month") || m_view == QLatin1String("agenda"))
        jumpTo(m_visibleDate.addMonths(-1));
    else
        jumpTo(m_visibleDate.addDays(-7));
}

void CalendarController::next()
{
    if (m_view == QLatin1String("month") || m_view == QLatin1String("agenda"))
        jumpTo(m_visibleDate.addMonths(1));
    else
        jumpTo(m_visibleDate.addDays(7));
}

void CalendarController::jumpTo(QDate date)
{
    if (!date.isValid() || date == m_visibleDate)
        return;
    m_visibleDate = date;
    Q_EMIT rangeChanged();
    m_rebuildTimer.start();
}

bool CalendarController::jumpToText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return false;
    jumpTo(date);
    return true;
}

void CalendarController::followAccountZone(const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (m_viewerZoneChosen || !zone.isValid() || zone == m_viewerZone)
        return;
    // Today, the current-time line and the day headers move with the zone; so does the
    // visible week while it still shows today.
    const bool showingToday = m_visibleDate == today();
    m_viewerZone = zone;
    if (showingToday)
        m_visibleDate = today();
    Q_EMIT zonesChanged();
    Q_EMIT rangeChanged();
    m_rebuildTimer.start();
}

void CalendarController::setViewerZone(const QString &zone)
{
    const QTimeZone candidate(zone.trimmed().toUtf8());
    if (!candidate.isValid())
        return;
    m_viewerZoneChosen = true;
    if (candidate == m_viewerZone)
        return;
    m_viewerZone = candidate;
    Q_EMIT zonesChanged();
    Q_EMIT rangeChanged();
    m_rebuildTimer.start();
}

bool CalendarController::chooseViewerZone(const QString &zone)
{
    if (!QTimeZone(zone.trimmed().toUtf8()).isValid())
        return false;
    setViewerZone(zone);
    return true;
}

QString CalendarController::viewerZoneLabel() const
{
    const QDateTime at(weekStartOf(m_visibleDate).addDays(3), QTime(12, 0), QTimeZone::utc());
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(m_viewerZone.id()), offsetText(m_viewerZone, at));
}

QString CalendarController::teacherZoneLabel() const
{
    const QTimeZone zone(m_schedule.timeZone.toUtf8());
    if (!zone.isValid())
        return m_schedule.timeZone;
    const QDateTime at(weekStartOf(m_visibleDate).addDays(3), QTime(12, 0), QTimeZone::utc());
    return QStringLiteral("%1 (%2)").arg(m_schedule.timeZone, offsetText(zone, at));
}

QStringList CalendarController::zoneChoices() const
{
    QStringList zones { m_schedule.timeZone,
                        QString::fromUtf8(QTimeZone::systemTimeZoneId()),
                        QStringLiteral("UTC"),
                        QStringLiteral("America/Los_Angeles"),
                        QStringLiteral("America/New_York"),
                        QStringLiteral("America/Sao_Paulo"),
                        QStringLiteral("America/Santiago"),
                        QStringLiteral("Europe/London"),
                        QStringLiteral("Europe/Berlin"),
                        QStringLiteral("Asia/Kolkata"),
                        QStringLiteral("Asia/Kathmandu"),
                        QStringLiteral("Asia/Tokyo"),
                        QStringLiteral("Australia/Sydney"),
                        QStringLiteral("Australia/Lord_Howe"),
                        QStringLiteral("Pacific/Auckland"),
                        QStringLiteral("Pacific/Chatham") };
    zones.prepend(QString::fromUtf8(m_viewerZone.id()));
    zones.removeAll(QString());
    zones.removeDuplicates();
    return zones;
}

// ---- models -------------------------------------------------------------------------------

QList<CalendarEntry> CalendarController::entriesFor(qint64 fromUtc, qint64 toUtc) const
{
    QList<CalendarEntry> entries;
    if (m_hasSchedule)
        entries = availabilityEntries(m_schedule, fromUtc, toUtc);
    for (const Session &session : m_sessions) {
        const qint64 start = session.start.toSecsSinceEpoch();
        const qint64 end = session.end.toSecsSinceEpoch();
        if (end > fromUtc && start < toUtc)
            entries.append(CalendarEntry::fromSession(session, m_userId));
    }
    return entries;
}

void CalendarController::rebuild()
{
    m_rebuildTimer.stop();
    const QDate first = rangeStart();
    // Instants that surely cover the viewer-local range (offsets are within ±26 h).
    const int days = m_view == QLatin1String("month") ? CalendarMonthModel::Days + 7 : rangeDays();
    const QDate gridFirst = m_view == QLatin1String("month") ? weekStartOf(first) : first;
    const qint64 from = QDateTime(gridFirst, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - 2 * 86400;
    const qint64 to
        = QDateTime(gridFirst.addDays(days), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() + 2 * 86400;
    const QList<CalendarEntry> entries = entriesFor(from, to);
    if (m_view == QLatin1String("month"))
        m_month->setMonth(first, entries, m_viewerZone, today());
    else if (m_view == QLatin1String("agenda"))
        m_agenda->setRange(entries, first, first.addDays(rangeDays() - 1), m_viewerZone, today());
    else
        m_week->setWeek(entries, weekStartOf(m_visibleDate), 7, m_viewerZone);
    m_template->setTemplate(m_schedule.weekly);
    rebuildPreview();
}

QVariantList CalendarController::offerings() const
{
    QVariantList list;
    for (const Offering &offering : m_offerings) {
        list.append(QVariantMap {
            { QStringLiteral("id"), offering.id },
            { QStringLiteral("title"), offering.title },
            { QStringLiteral("label"),
              QStringLiteral("%1 · %2 min").arg(offering.title).arg(offering.durationMinutes) },
            { QStringLiteral("durationMinutes"), offering.durationMinutes },
        });
    }
    return list;
}

void CalendarController::setPreviewOffering(int index)
{
    if (index == m_previewOffering || index < 0)
        return;
    m_previewOffering = index;
    rebuildPreview();
}

void CalendarController::rebuildPreview()
{
    m_previewDays.clear();
    m_previewSlotCount = 0;
    m_previewError.clear();
    const QDate first = weekStartOf(m_visibleDate);
    const QDate last = first.addDays(6);
    if (m_offerings.isEmpty()) {
        m_previewError = m_loaded
            ? QStringLiteral("You have no offerings yet, so students cannot book anything.")
            : QString();
    } else if (!m_hasSchedule) {
        m_previewError = QStringLiteral("You have not set any availability yet.");
    } else {
        const Offering &offering
            = m_offerings.at(std::clamp<qsizetype>(m_previewOffering, 0, m_offerings.size() - 1));
        QList<BusySession> busy;
        for (const Session &session : m_sessions) {
            if (!m_userId.isEmpty() && session.teacherId != m_userId)
                continue; // only the teacher's own sessions block her time
            if (auto entry = BusySession::fromJson(session.json))
                busy.append(*entry);
        }
        SlotQuery query;
        query.fromDate = first;
        query.toDate = last;
        query.nowMs = Clock::nowMs();
        query.viewerZone = m_viewerZone;
        QString error;
        // What students are offered is what the server holds, not unsynced edits.
        const auto found = SlotCalculator::compute(m_serverSchedule, offering, busy, query, &error);
        if (!found) {
            m_previewError = error;
        } else {
            const QLocale locale = english();
            QList<QStringList> perDay(7);
            QList<QStringList> seatsPerDay(7);
            for (const Slot &slot : *found) {
                const QDateTime start = QDateTime::fromMSecsSinceEpoch(slot.startMs, m_viewerZone);
                const qint64 day = first.daysTo(start.date());
                if (day < 0 || day > 6)
                    continue;
                perDay[day].append(start.toString(QStringLiteral("HH:mm")));
                seatsPerDay[day].append(slot.sessionId.isEmpty()
                                            ? QString()
                                            : QStringLiteral("%1 left").arg(slot.seatsAvailable));
                ++m_previewSlotCount;
            }
            for (int d = 0; d < 7; ++d) {
                const QDate date = first.addDays(d);
                m_previewDays.append(QVariantMap {
                    { QStringLiteral("label"), locale.toString(date, QStringLiteral("ddd d MMM")) },
                    { QStringLiteral("iso"), date.toString(Qt::ISODate) },
                    { QStringLiteral("slots"), perDay[d] },
                    { QStringLiteral("seats"), seatsPerDay[d] },
                });
            }
        }
    }
    Q_EMIT previewChanged();
}

// ---- editing ------------------------------------------------------------------------------

QString CalendarController::minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

int CalendarController::parseMinute(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return -1;
    bool okH = false, okM = false;
    const int h = parts[0].toInt(&okH);
    const int m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

QVariantList CalendarController::weeklyRules() const
{
    QVariantList list;
    for (int i = 0; i < m_schedule.weekly.size(); ++i) {
        const WeeklyRule &rule = m_schedule.weekly[i];
        list.append(QVariantMap {
            { QStringLiteral("index"), i },
            { QStringLiteral("day"), rule.dayOfWeek },
            { QStringLiteral("startMinute"), rule.interval.startMinute },
            { QStringLiteral("endMinute"), rule.interval.endMinute },
            { QStringLiteral("text"),
              QStringLiteral("%1–%2").arg(minuteText(rule.interval.startMinute),
                                          minuteText(rule.interval.endMinute)) },
        });
    }
    return list;
}

QVariantList CalendarController::overrides() const
{
    const QLocale locale = english();
    QVariantList list;
    for (int i = 0; i < m_schedule.overrides.size(); ++i) {
        const DateOverride &entry = m_schedule.overrides[i];
        QStringList parts;
        for (const LocalInterval &interval : entry.intervals)
            parts << QStringLiteral("%1–%2").arg(minuteText(interval.startMinute),
                                                 minuteText(interval.endMinute));
        list.append(QVariantMap {
            { QStringLiteral("index"), i },
            { QStringLiteral("iso"), entry.date.toString(Qt::ISODate) },
            { QStringLiteral("dateText"), locale.toString(entry.date, QStringLiteral("ddd d MMM yyyy")) },
            { QStringLiteral("closed"), entry.intervals.isEmpty() },
            { QStringLiteral("text"),
              entry.intervals.isEmpty() ? QStringLiteral("Unavailable all day")
                                        : parts.join(QStringLiteral(", ")) },
        });
    }
    return list;
}

QVariantList CalendarController::blocks() const
{
    const QLocale locale = english();
    QVariantList list;
    for (int i = 0; i < m_schedule.blocks.size(); ++i) {
        const DateBlock &block = m_schedule.blocks[i];
        list.append(QVariantMap {
            { QStringLiteral("index"), i },
            { QStringLiteral("firstIso"), block.firstDate.toString(Qt::ISODate) },
            { QStringLiteral("lastIso"), block.lastDate.toString(Qt::ISODate) },
            { QStringLiteral("text"),
              QStringLiteral("%1 – %2").arg(locale.toString(block.firstDate, QStringLiteral("d MMM yyyy")),
                                            locale.toString(block.lastDate, QStringLiteral("d MMM yyyy"))) },
            { QStringLiteral("reason"), block.reason },
        });
    }
    return list;
}

bool CalendarController::fail(const QString &message)
{
    m_editError = message;
    Q_EMIT editStateChanged();
    return false;
}

bool CalendarController::queueEdit(Schedule edited)
{
    AccountController *account = AccountController::instance();
    SyncEngine *sync = account ? account->sync() : nullptr;
    if (!sync)
        return fail(QStringLiteral("Sign in to edit your availability."));
    if (edited.timeZone.isEmpty())
        edited.timeZone = QString::fromUtf8(m_viewerZone.id());
    // Validate through the same parser the server and the slot engine use.
    QString error;
    const auto checked = Schedule::fromJson(edited.toJson(), &error);
    if (!checked)
        return fail(error);
    m_schedule = *checked;
    // In the server's order, so the copy that comes back after the sync is equal and the
    // editor's blocks (and the one with the focus) are not rebuilt.
    m_schedule.sortCanonically();
    m_hasSchedule = true;
    m_editError.clear();
    Q_EMIT editStateChanged();
    Q_EMIT scheduleChanged();
    m_rebuildTimer.start();
    QPointer<CalendarController> self(this);
    sync->queueAvailabilityEdit(m_schedule.toJson(), m_serverVersion,
                                [self](bool queued, const QString &error) {
                                    if (!self)
                                        return;
                                    if (!queued)
                                        self->fail(error);
                                    Q_EMIT self->editQueued(queued, error);
                                });
    return true;
}

bool CalendarController::addRule(int dayOfWeek, int startMinute, int endMinute)
{
    const int start = snapped(std::min(startMinute, endMinute));
    const int end = snapped(std::max(startMinute, endMinute), 2);
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return fail(QStringLiteral("Pick a weekday."));
    if (end - start < Snap)
        return fail(QStringLiteral("A block needs at least 15 minutes."));
    if (start >= 1440 || end > 2 * 1440)
        return fail(QStringLiteral("A block starts on its day and ends by the next day's midnight."));
    Schedule edited = m_schedule;
    if (end <= 1440) {
        edited.weekly.append(WeeklyRule { dayOfWeek, LocalInterval { start, end } });
    } else {
        // A night range (22:00 to 02:00) is two rules that touch at midnight; the slot engine
        // and the editor treat touching rules as one range.
        edited.weekly.append(WeeklyRule { dayOfWeek, LocalInterval { start, 1440 } });
        edited.weekly.append(WeeklyRule { dayOfWeek % 7 + 1, LocalInterval { 0, end - 1440 } });
    }
    return queueEdit(edited);
}

bool CalendarController::changeRule(int index, int dayOfWeek, int startMinute, int endMinute)
{
    if (index < 0 || index >= m_schedule.weekly.size())
        return fail(QStringLiteral("That block no longer exists."));
    const int start = snapped(startMinute);
    const int end = snapped(endMinute);
    if (dayOfWeek < 1 || dayOfWeek > 7 || end - start < Snap)
        return fail(QStringLiteral("A block needs at least 15 minutes within one day."));
    Schedule edited = m_schedule;
    const WeeklyRule changed { dayOfWeek, { start, end } };
    if (edited.weekly[index] == changed)
        return true;
    edited.weekly[index] = changed;
    return queueEdit(edited);
}

bool CalendarController::removeRule(int index)
{
    if (index < 0 || index >= m_schedule.weekly.size())
        return fail(QStringLiteral("That block no longer exists."));
    Schedule edited = m_schedule;
    edited.weekly.removeAt(index);
    return queueEdit(edited);
}

bool CalendarController::addOverride(QDate date, int startMinute, int endMinute)
{
    if (!date.isValid())
        return fail(QStringLiteral("Enter a date as YYYY-MM-DD."));
    Schedule edited = m_schedule;
    // One override per date: a new one replaces what the date had.
    edited.overrides.removeIf([date](const DateOverride &entry) { return entry.date == date; });
    DateOverride entry { date, {} };
    if (startMinute != endMinute) {
        const int start = snapped(std::min(startMinute, endMinute));
        const int end = snapped(std::max(startMinute, endMinute));
        if (end - start < Snap)
            return fail(QStringLiteral("Hours need at least 15 minutes."));
        entry.intervals.append(LocalInterval { start, end });
    }
    edited.overrides.append(entry);
    std::sort(edited.overrides.begin(), edited.overrides.end(),
              [](const DateOverride &a, const DateOverride &b) { return a.date < b.date; });
    return queueEdit(edited);
}

bool CalendarController::addOverrideText(const QString &isoDate, int startMinute, int endMinute)
{
    return addOverride(QDate::fromString(isoDate.trimmed(), Qt::ISODate), startMinute, endMinute);
}

bool CalendarController::addHoursOnDate(int column, int startMinute, int endMinute)
{
    if (column < 0 || column > 6)
        return fail(QStringLiteral("Pick a day of the week shown."));
    const int from = snapped(std::min(startMinute, endMinute));
    const int to = snapped(std::max(startMinute, endMinute));
    if (to - from < Snap)
        return fail(QStringLiteral("A block needs at least 15 minutes."));
    const QTimeZone teacherZone(m_schedule.timeZone.toUtf8());
    if (!teacherZone.isValid())
        return fail(QStringLiteral("Your teaching zone is not known yet."));
    const QDate viewerDate = dateOfColumn(column);
    const qint64 around = QDateTime(viewerDate, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const LocalTimeResolver viewer(m_viewerZone, around - 86400, around + 86400);
    const LocalTimeResolver teacher(teacherZone, around - 2 * 86400, around + 2 * 86400);
    const qint64 startUtc = viewer.toUtcSecs(viewerDate, from);
    const qint64 endUtc = viewer.toUtcSecs(viewerDate, to);
    auto wallMinute = [&teacher](qint64 utc) {
        const qint64 local = utc + teacher.offsetAtSecs(utc);
        return int(((local % 86400) + 86400) % 86400 / 60);
    };
    const QDate date = teacher.localDateOfSecs(startUtc);
    const int teacherStart = wallMinute(startUtc);
    int teacherEnd = wallMinute(endUtc);
    if (teacher.localDateOfSecs(endUtc) != date) {
        if (teacher.localDateOfSecs(endUtc) == date.addDays(1) && teacherEnd == 0)
            teacherEnd = 1440;
        else
            return fail(
                QStringLiteral(
                    "Those hours run past midnight in your teaching zone (%1); add them in two parts.")
                    .arg(m_schedule.timeZone));
    }
    if (teacherEnd <= teacherStart)
        return fail(QStringLiteral("Those hours fall into a clock change in your teaching zone."));
    for (const DateBlock &block : m_schedule.blocks) {
        if (block.contains(date))
            return fail(QStringLiteral("%1 is part of a vacation; remove the vacation first.")
                            .arg(english().toString(date, QStringLiteral("d MMM yyyy"))));
    }
    // The date keeps what it had (weekly hours or an earlier override) plus the new block.
    QList<LocalInterval> intervals = m_schedule.intervalsOn(date);
    intervals.append(LocalInterval { teacherStart, teacherEnd });
    std::sort(intervals.begin(), intervals.end(),
              [](const LocalInterval &a, const LocalInterval &b) { return a.startMinute < b.startMinute; });
    QList<LocalInterval> merged;
    for (const LocalInterval &interval : std::as_const(intervals)) {
        if (!merged.isEmpty() && interval.startMinute <= merged.last().endMinute)
            merged.last().endMinute = std::max(merged.last().endMinute, interval.endMinute);
        else
            merged.append(interval);
    }
    Schedule edited = m_schedule;
    edited.overrides.removeIf([date](const DateOverride &entry) { return entry.date == date; });
    edited.overrides.append(DateOverride { date, merged });
    std::sort(edited.overrides.begin(), edited.overrides.end(),
              [](const DateOverride &a, const DateOverride &b) { return a.date < b.date; });
    return queueEdit(edited);
}

bool CalendarController::removeOverride(int index)
{
    if (index < 0 || index >= m_schedule.overrides.size())
        return fail(QStringLiteral("That date no longer exists."));
    Schedule edited = m_schedule;
    edited.overrides.removeAt(index);
    return queueEdit(edited);
}

bool CalendarController::addBlock(QDate firstDate, QDate lastDate, const QString &reason)
{
    if (!firstDate.isValid() || !lastDate.isValid())
        return fail(QStringLiteral("Enter both dates as YYYY-MM-DD."));
    if (lastDate < firstDate)
        return fail(QStringLiteral("The last day comes before the first."));
    Schedule edited = m_schedule;
    edited.blocks.append(DateBlock { firstDate, lastDate, reason.trimmed() });
    std::sort(edited.blocks.begin(), edited.blocks.end(),
              [](const DateBlock &a, const DateBlock &b) { return a.firstDate < b.firstDate; });
    return queueEdit(edited);
}

bool CalendarController::addBlockText(const QString &firstIso, const QString &lastIso, const QString &reason)
{
    return addBlock(QDate::fromString(firstIso.trimmed(), Qt::ISODate),
                    QDate::fromString(lastIso.trimmed(), Qt::ISODate), reason);
}

bool CalendarController::removeBlock(int index)
{
    if (index < 0 || index >= m_schedule.blocks.size())
        return fail(QStringLiteral("That vacation no longer exists."));
    Schedule edited = m_schedule;
    edited.blocks.removeAt(index);
    return queueEdit(edited);
}

void CalendarController::resolveConflict(qint64 seq, bool keepMine)
{
    AccountController *account = AccountController::instance();
    if (account && account->sync())
        account->sync()->resolveConflict(seq, keepMine);
}

QVariantMap CalendarController::sessionDetails(const QString &id) const
{
    const QLocale locale = english();
    for (const Session &session : m_sessions) {
        if (session.id != id)
            continue;
        const QTimeZone teacherZone(session.timeZone.toUtf8());
        auto range = [&](const QTimeZone &zone) {
            const QDateTime start = session.start.toTimeZone(zone);
            const QDateTime end = session.end.toTimeZone(zone);
            return QStringLiteral("%1, %2–%3")
                .arg(locale.toString(start.date(), QStringLiteral("ddd d MMM yyyy")),
                     start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
        };
        return {
            { QStringLiteral("id"), session.id },
            { QStringLiteral("title"), session.courseTitle },
            { QStringLiteral("teacher"), session.teacherName },
            { QStringLiteral("own"), m_userId.isEmpty() || session.teacherId == m_userId },
            { QStringLiteral("status"), Session::statusToString(session.status) },
            { QStringLiteral("viewerTime"), range(m_viewerZone) },
            { QStringLiteral("viewerZone"), QString::fromUtf8(m_viewerZone.id()) },
            { QStringLiteral("teacherTime"), teacherZone.isValid() ? range(teacherZone) : QString() },
            { QStringLiteral("teacherZone"), session.timeZone },
            { QStringLiteral("seats"),
              QStringLiteral("%1 of %2 booked").arg(session.bookedSeats).arg(session.seats) },
            { QStringLiteral("price"),
              QStringLiteral("%1 %2").arg(locale.toString(session.priceCents / 100.0, 'f', 2),
                                          session.currency) },
            { QStringLiteral("cancelReason"), session.json.value(QLatin1String("cancel_reason")).toString() },
        };
    }
    return {};
}

} // namespace companion
