#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace companion {

// A period of local dates (both inclusive) for the earnings: one of the presets a person
// picks ("this month", "last year" …), relative to today in their zone, or a custom range.
struct EarningsPeriod
{
    QString key; // this_month | last_month | last_30_days | this_year | last_year | last_12_months | custom
    QDate from;
    QDate to;

    // The presets, in the order a menu lists them.
    static QStringList presetKeys();
    static std::optional<EarningsPeriod> preset(const QString &key, const QDate &today);
    // A custom range: nullopt when a date is invalid or `from` is after `to`.
    static std::optional<EarningsPeriod> custom(const QDate &from, const QDate &to);
};

} // namespace companion
