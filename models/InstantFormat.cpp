#include "models/InstantFormat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

namespace companion::instant {

namespace {

QString offsetSuffix(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "yyyy-MM-ddTHH:mm:ss" of a UTC wall clock, without QDateTime (hot in slot lists).
QString wallClock(qint64 epochSeconds)
{
    const qint64 days = epochSeconds >= 0 ? epochSeconds / 86400 : -((-epochSeconds + 86399) / 86400);
    const int secondOfDay = int(epochSeconds - days * 86400);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(),
                  date.day(), secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    return QString::fromLatin1(buffer);
}

} // namespace

QString toUtcString(qint64 epochSeconds)
{
    return wallClock(epochSeconds) + QLatin1Char('Z');
}

QString toLocalString(qint64 epochSeconds, int offsetSeconds)
{
    return wallClock(epochSeconds + offsetSeconds) + offsetSuffix(offsetSeconds);
}

std::optional<qint64> parse(const QString &text)
{
    // Strict on purpose: QDateTime::fromString(ISODate) happily reads a string without an
    // offset as local time, which would make the result depend on the machine's zone.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    int offset = 0;
    if (m.captured(7).isEmpty()) {
        const int offsetHours = m.captured(9).toInt();
        const int offsetMinutes = m.captured(10).toInt();
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offset = (offsetHours * 60 + offsetMinutes) * 60 * (m.captured(8) == u"-" ? -1 : 1);
    }
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    return days * 86400 + hour * 3600 + minute * 60 + second - offset;
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<int> parseMinuteOfDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2}):(\d{2})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        return std::nullopt;
    return hour * 60 + minute;
}

QString minuteOfDayToString(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace companion::instant
