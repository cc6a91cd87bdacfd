#include "models/time/DateText.h"

namespace companion {

QString DateText::pattern(Style style, const QLocale &locale)
{
    const bool german = locale.language() == QLocale::German;
    switch (style) {
    case Style::Day:
        return german ? QStringLiteral("d.") : QStringLiteral("d");
    case Style::DayMonth:
        return german ? QStringLiteral("d. MMM") : QStringLiteral("d MMM");
    case Style::Date:
        return german ? QStringLiteral("d. MMM yyyy") : QStringLiteral("d MMM yyyy");
    case Style::LongDate:
        return german ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy");
    case Style::WeekdayDate:
        return german ? QStringLiteral("ddd, d. MMM") : QStringLiteral("ddd d MMM");
    case Style::WeekdayFullDate:
        return german ? QStringLiteral("ddd, d. MMM yyyy") : QStringLiteral("ddd d MMM yyyy");
    case Style::WeekdayDateTime:
        return german ? QStringLiteral("ddd, d. MMM, HH:mm") : QStringLiteral("ddd d MMM, HH:mm");
    case Style::WeekdayFullDateTime:
        return german ? QStringLiteral("ddd, d. MMM yyyy, HH:mm") : QStringLiteral("ddd d MMM yyyy, HH:mm");
    case Style::WeekdayTime:
        return german ? QStringLiteral("ddd, HH:mm") : QStringLiteral("ddd HH:mm");
    case Style::LongWeekdayDate:
        return german ? QStringLiteral("dddd, d. MMMM") : QStringLiteral("dddd d MMMM");
    case Style::LongWeekdayFullDate:
        return german ? QStringLiteral("dddd, d. MMMM yyyy") : QStringLiteral("dddd d MMMM yyyy");
    case Style::LongWeekdayDateTime:
        return german ? QStringLiteral("dddd, d. MMMM yyyy, HH:mm")
                      : QStringLiteral("dddd d MMMM yyyy, HH:mm");
    case Style::MonthYear:
        return QStringLiteral("MMMM yyyy");
    case Style::Time:
        return QStringLiteral("HH:mm");
    }
    return QStringLiteral("yyyy-MM-dd");
}

QString DateText::format(const QDate &date, Style style, const QLocale &locale)
{
    return locale.toString(date, pattern(style, locale));
}

QString DateText::format(const QDateTime &dateTime, Style style, const QLocale &locale)
{
    return locale.toString(dateTime, pattern(style, locale));
}

QString DateText::format(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, pattern(Style::Time, locale));
}

QString DateText::range(const QDate &first, const QDate &last, const QLocale &locale)
{
    const QString end = format(last, Style::Date, locale);
    const QString separator = QStringLiteral(" – ");
    if (first.year() != last.year())
        return format(first, Style::Date, locale) + separator + end;
    if (first.month() != last.month())
        return format(first, Style::DayMonth, locale) + separator + end;
    return format(first, Style::Day, locale) + separator + end;
}

} // namespace companion
