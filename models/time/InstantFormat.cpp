#include "models/time/InstantFormat.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <limits>

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

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

// "yyyy-MM-ddTHH:mm:ss" of a UTC wall clock (plus ".sss" per `fraction`), without QDateTime
// (hot in slot lists).
enum class Fraction { Never, WhenNonZero, Always };
QString wallClock(qint64 epochMs, Fraction fraction)
{
    const qint64 seconds = floorDiv(epochMs, 1000);
    const int millis = int(epochMs - seconds * 1000);
    const qint64 days = floorDiv(seconds, 86400);
    const int secondOfDay = int(seconds - days * 86400);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[40];
    int length
        = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(),
                        date.day(), secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    if (fraction == Fraction::Always || (fraction == Fraction::WhenNonZero && millis != 0))
        std::snprintf(buffer + length, sizeof buffer - length, ".%03d", millis);
    return QString::fromLatin1(buffer);
}

} // namespace

QString toUtcStringMs(qint64 epochMs)
{
    return wallClock(epochMs, Fraction::WhenNonZero) + QLatin1Char('Z');
}

QString toLocalStringMs(qint64 epochMs, int offsetSeconds)
{
    return wallClock(epochMs + offsetSeconds * 1000LL, Fraction::WhenNonZero) + offsetSuffix(offsetSeconds);
}

QString toStorageStringMs(qint64 epochMs)
{
    return wallClock(epochMs, Fraction::Always) + QLatin1Char('Z');
}

QString toUtcStringSecs(qint64 epochSeconds)
{
    // Seconds beyond ±292 million years have no milliseconds in qint64 (the product would be
    // undefined); they only come from hostile input and read as the outermost instant.
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000 - 1;
    return wallClock(std::clamp(epochSeconds, -limit, limit) * 1000, Fraction::Never) + QLatin1Char('Z');
}

std::optional<qint64> parseMs(const QString &text)
{
    // yyyy-MM-dd[Tt ]HH:mm[:ss[.f{1,9}]](Z|z|+HH:MM|-HH:MM), ASCII digits only. Strict on
    // purpose: QDateTime::fromString(ISODate) happily reads a string without an offset as
    // local time, which would make the result depend on the machine's zone. Read by hand, not
    // with a regular expression: a first sync reads half a million of these.
    const qsizetype size = text.size();
    const QChar *c = text.constData();
    qsizetype pos = 0;
    auto digits = [&](int count, int *value) {
        if (pos + count > size)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t d = c[pos + i].unicode();
            if (d < u'0' || d > u'9')
                return false;
            v = v * 10 + (d - u'0');
        }
        pos += count;
        *value = v;
        return true;
    };
    auto literal = [&](char16_t expected) {
        if (pos >= size || c[pos].unicode() != expected)
            return false;
        ++pos;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    if (!digits(4, &year) || !literal(u'-') || !digits(2, &month) || !literal(u'-') || !digits(2, &day))
        return std::nullopt;
    if (pos >= size || (c[pos] != u'T' && c[pos] != u't' && c[pos] != u' '))
        return std::nullopt;
    ++pos;
    if (!digits(2, &hour) || !literal(u':') || !digits(2, &minute))
        return std::nullopt;
    if (literal(u':')) {
        if (!digits(2, &second))
            return std::nullopt;
        if (literal(u'.')) {
            // Milliseconds: the first three fraction digits, padded ("5" = 500 ms); the rest dropped.
            int count = 0;
            while (pos < size && c[pos] >= u'0' && c[pos] <= u'9') {
                if (count < 3)
                    millis = millis * 10 + (c[pos].unicode() - u'0');
                ++count;
                ++pos;
            }
            if (count < 1 || count > 9)
                return std::nullopt;
            for (int i = count; i < 3; ++i)
                millis *= 10;
        }
    }
    int offset = 0;
    if (pos < size && (c[pos] == u'Z' || c[pos] == u'z')) {
        ++pos;
    } else if (pos < size && (c[pos] == u'+' || c[pos] == u'-')) {
        const int sign = c[pos] == u'-' ? -1 : 1;
        ++pos;
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(2, &offsetHours) || !literal(u':') || !digits(2, &offsetMinutes))
            return std::nullopt;
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offset = (offsetHours * 60 + offsetMinutes) * 60 * sign;
    } else {
        return std::nullopt;
    }
    if (pos != size)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    return (days * 86400 + hour * 3600 + minute * 60 + second - offset) * 1000 + millis;
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

QString toUtcStringMs(const QDateTime &instant)
{
    return instant.isValid() ? toUtcStringMs(instant.toMSecsSinceEpoch()) : QString();
}

QString toStorageStringMs(const QDateTime &instant)
{
    return instant.isValid() ? toStorageStringMs(instant.toMSecsSinceEpoch()) : QString();
}

QString toUtcStringSecs(const QDateTime &instant)
{
    return instant.isValid() ? toUtcStringSecs(instant.toSecsSinceEpoch()) : QString();
}

QDateTime parse(const QString &text)
{
    const std::optional<qint64> ms = parseMs(text);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

} // namespace companion::instant
