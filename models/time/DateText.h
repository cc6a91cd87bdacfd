#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace companion {

// Dates and times for people in the locale's language. QLocale gives the names and digits;
// the order and punctuation differ too ("Thu 10 Dec" / "Do., 10. Dez."), and QLocale's own
// short and long formats are not the compact ones the screens need, so each style has a
// pattern per language: German's where the locale is German, English's otherwise.
struct DateText
{
    enum class Style {
        Day, // "10" / "10." (the first day of a range in one month)
        DayMonth, // "10 Dec" / "10. Dez."
        Date, // "10 Dec 2026" / "10. Dez. 2026"
        LongDate, // "10 December 2026" / "10. Dezember 2026"
        WeekdayDate, // "Thu 10 Dec" / "Do., 10. Dez."
        WeekdayFullDate, // "Thu 10 Dec 2026" / "Do., 10. Dez. 2026"
        WeekdayDateTime, // "Thu 10 Dec, 18:00" / "Do., 10. Dez., 18:00"
        WeekdayFullDateTime, // "Thu 10 Dec 2026, 18:00" / "Do., 10. Dez. 2026, 18:00"
        WeekdayTime, // "Thu 18:00" / "Do., 18:00"
        LongWeekdayDate, // "Thursday 10 December" / "Donnerstag, 10. Dezember"
        LongWeekdayFullDate, // "Thursday 10 December 2026" / "Donnerstag, 10. Dezember 2026"
        LongWeekdayDateTime, // "Thursday 10 December 2026, 18:00" / "Donnerstag, 10. Dezember 2026, 18:00"
        MonthYear, // "December 2026" / "Dezember 2026"
        Time, // "18:00"
    };

    static QString pattern(Style style, const QLocale &locale = QLocale());
    static QString format(const QDate &date, Style style, const QLocale &locale = QLocale());
    static QString format(const QDateTime &dateTime, Style style, const QLocale &locale = QLocale());
    static QString format(const QTime &time, const QLocale &locale = QLocale());
    // "1 – 7 Dec 2026", "28 Nov – 4 Dec 2026", "29 Dec 2026 – 4 Jan 2027" (German alike).
    static QString range(const QDate &first, const QDate &last, const QLocale &locale = QLocale());
};

} // namespace companion
