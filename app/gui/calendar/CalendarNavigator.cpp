#include "app/gui/calendar/CalendarNavigator.h"

#include "models/itemmodels/CalendarLayout.h"
#include "models/time/Clock.h"
#include "models/time/DateText.h"
#include "models/time/InstantFormat.h"
#include "models/time/ZoneIds.h"

#include <QDateTime>
#include <QLocale>

namespace companion {

namespace {
// "Europe/Berlin (UTC+01:00)", at the middle of the visible week (zones change offsets).
QString zoneLabel(const QTimeZone &zone, const QDate &weekStart)
{
    const QDateTime at(weekStart.addDays(3), QTime(12, 0), QTimeZone::utc());
    const int offset = zone.offsetFromUtc(at);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("%1 (UTC%2%3)")
        .arg(QString::fromUtf8(zone.id()), offset < 0 ? QStringLiteral("−") : QStringLiteral("+"),
             instant::minuteOfDayToString(minutes));
}
} // namespace

CalendarNavigator::CalendarNavigator(QObject *parent)
    : QObject(parent)
    , m_visibleDate(Clock::today(QTimeZone::utc()))
{
    // The current-time line moves once a minute.
    m_minute.setInterval(60'000);
    connect(&m_minute, &QTimer::timeout, this, &CalendarNavigator::rangeChanged);
    m_minute.start();
}

void CalendarNavigator::setView(const QString &view)
{
    static const QStringList views { QStringLiteral("week"), QStringLiteral("month"),
                                     QStringLiteral("agenda"), QStringLiteral("editor"),
                                     QStringLiteral("preview") };
    if (!views.contains(view) || view == m_view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
    Q_EMIT rangeChanged();
}

QDate CalendarNavigator::today() const
{
    return Clock::today(m_viewerZone);
}

bool CalendarNavigator::showsMonth() const
{
    return m_view == QLatin1String("month") || m_view == QLatin1String("agenda");
}

QDate CalendarNavigator::weekStart() const
{
    return weekStartOf(m_visibleDate);
}

QDate CalendarNavigator::rangeStart() const
{
    return showsMonth() ? QDate(m_visibleDate.year(), m_visibleDate.month(), 1) : weekStart();
}

int CalendarNavigator::rangeDays() const
{
    return showsMonth() ? rangeStart().daysInMonth() : 7;
}

QString CalendarNavigator::rangeTitle() const
{
    if (m_view == QLatin1String("editor"))
        return tr("Your availability");
    if (showsMonth())
        return DateText::format(m_visibleDate, DateText::Style::MonthYear);
    const QDate first = weekStart();
    return DateText::range(first, first.addDays(6));
}

QVariantList CalendarNavigator::dayHeaders() const
{
    const QLocale locale;
    QVariantList headers;
    const QDate first = weekStart();
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

int CalendarNavigator::nowMinute() const
{
    const QTime time = Clock::nowUtc().toTimeZone(m_viewerZone).time();
    return time.hour() * 60 + time.minute();
}

int CalendarNavigator::todayColumn() const
{
    const qint64 column = weekStart().daysTo(today());
    return column >= 0 && column < 7 ? int(column) : -1;
}

QDate CalendarNavigator::dateOfColumn(int column) const
{
    return weekStart().addDays(column);
}

void CalendarNavigator::goToday()
{
    jumpTo(today());
}

void CalendarNavigator::previous()
{
    jumpTo(showsMonth() ? m_visibleDate.addMonths(-1) : m_visibleDate.addDays(-7));
}

void CalendarNavigator::next()
{
    jumpTo(showsMonth() ? m_visibleDate.addMonths(1) : m_visibleDate.addDays(7));
}

void CalendarNavigator::jumpTo(QDate date)
{
    if (!date.isValid() || date == m_visibleDate)
        return;
    m_visibleDate = date;
    Q_EMIT rangeChanged();
}

bool CalendarNavigator::jumpToText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return false;
    jumpTo(date);
    return true;
}

void CalendarNavigator::setTeacherZone(const QString &zoneId)
{
    if (zoneId == m_teacherZone)
        return;
    m_teacherZone = zoneId;
    const QTimeZone zone(zoneId.toUtf8());
    if (!m_viewerZoneChosen && zone.isValid() && zone != m_viewerZone) {
        // Today, the current-time line and the day headers move with the zone; so does the
        // visible week while it still shows today.
        const bool showingToday = m_visibleDate == today();
        m_viewerZone = zone;
        if (showingToday)
            m_visibleDate = today();
        Q_EMIT rangeChanged();
    }
    Q_EMIT zonesChanged();
}

void CalendarNavigator::setViewerZone(const QString &zone)
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
}

bool CalendarNavigator::chooseViewerZone(const QString &zone)
{
    if (!zoneids::isKnown(zone.trimmed()))
        return false;
    setViewerZone(zone);
    return true;
}

QString CalendarNavigator::viewerZoneLabel() const
{
    return zoneLabel(m_viewerZone, weekStart());
}

QString CalendarNavigator::teacherZoneLabel() const
{
    const QTimeZone zone(m_teacherZone.toUtf8());
    return zone.isValid() ? zoneLabel(zone, weekStart()) : m_teacherZone;
}

QStringList CalendarNavigator::zoneChoices() const
{
    QStringList zones { viewerZone(),
                        m_teacherZone,
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
    zones.removeAll(QString());
    zones.removeDuplicates();
    return zones;
}

} // namespace companion
