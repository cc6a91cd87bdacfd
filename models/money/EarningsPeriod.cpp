#include "models/money/EarningsPeriod.h"

namespace companion {

QStringList EarningsPeriod::presetKeys()
{
    return { QStringLiteral("this_month"), QStringLiteral("last_month"), QStringLiteral("last_30_days"),
             QStringLiteral("this_year"),  QStringLiteral("last_year"),  QStringLiteral("last_12_months") };
}

std::optional<EarningsPeriod> EarningsPeriod::preset(const QString &key, const QDate &today)
{
    if (!today.isValid())
        return std::nullopt;
    const QDate monthStart(today.year(), today.month(), 1);
    if (key == u"this_month")
        return EarningsPeriod { key, monthStart, today };
    if (key == u"last_month")
        return EarningsPeriod { key, monthStart.addMonths(-1), monthStart.addDays(-1) };
    if (key == u"last_30_days")
        return EarningsPeriod { key, today.addDays(-29), today };
    if (key == u"this_year")
        return EarningsPeriod { key, QDate(today.year(), 1, 1), today };
    if (key == u"last_year")
        return EarningsPeriod { key, QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    if (key == u"last_12_months") // the period of the platform's cached summaries
        return EarningsPeriod { key, monthStart.addMonths(-11), today };
    return std::nullopt;
}

std::optional<EarningsPeriod> EarningsPeriod::custom(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return std::nullopt;
    return EarningsPeriod { QStringLiteral("custom"), from, to };
}

} // namespace companion
