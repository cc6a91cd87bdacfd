#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion {

// A connected account's automatic payout schedule, as Stripe's Account object states it
// (settings.payouts.schedule): daily, weekly on a weekday, monthly on a day, or manual.
struct PayoutSchedule
{
    QString interval; // daily | weekly | monthly | manual
    int delayDays = 0;
    QString weeklyAnchor; // monday … sunday
    int monthlyAnchor = 0; // 1 … 31 (a shorter month pays on its last day)

    static PayoutSchedule fromStripe(const QJsonObject &schedule);
    QJsonObject toJson() const;
    // The first scheduled payout day after `today`; nullopt for manual payouts.
    std::optional<QDate> nextPayoutAfter(const QDate &today) const;
};

} // namespace companion
