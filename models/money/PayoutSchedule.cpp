#include "models/money/PayoutSchedule.h"

#include <QStringList>

namespace companion {

PayoutSchedule PayoutSchedule::fromStripe(const QJsonObject &schedule)
{
    return { schedule.value(QLatin1String("interval")).toString(QStringLiteral("manual")),
             schedule.value(QLatin1String("delay_days")).toInt(),
             schedule.value(QLatin1String("weekly_anchor")).toString(),
             schedule.value(QLatin1String("monthly_anchor")).toInt() };
}

QJsonObject PayoutSchedule::toJson() const
{
    QJsonObject json { { QStringLiteral("interval"), interval },
                       { QStringLiteral("delay_days"), delayDays } };
    if (interval == u"weekly")
        json.insert(QStringLiteral("weekly_anchor"), weeklyAnchor);
    if (interval == u"monthly")
        json.insert(QStringLiteral("monthly_anchor"), monthlyAnchor);
    return json;
}

std::optional<QDate> PayoutSchedule::nextPayoutAfter(const QDate &today) const
{
    if (!today.isValid())
        return std::nullopt;
    if (interval == u"daily")
        return today.addDays(1);
    if (interval == u"weekly") {
        static const QStringList days { QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                        QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                        QStringLiteral("friday"),    QStringLiteral("saturday"),
                                        QStringLiteral("sunday") };
        const int anchor = int(days.indexOf(weeklyAnchor)) + 1;
        if (anchor < 1)
            return std::nullopt;
        int ahead = (anchor - today.dayOfWeek() + 7) % 7;
        return today.addDays(ahead == 0 ? 7 : ahead);
    }
    if (interval == u"monthly" && monthlyAnchor >= 1 && monthlyAnchor <= 31) {
        for (int months = 0; months <= 1; ++months) {
            const QDate first = QDate(today.year(), today.month(), 1).addMonths(months);
            const QDate day(first.year(), first.month(), std::min(monthlyAnchor, first.daysInMonth()));
            if (day > today)
                return day;
        }
    }
    return std::nullopt;
}

} // namespace companion
