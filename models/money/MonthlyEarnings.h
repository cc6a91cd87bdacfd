#pragma once

#include "models/money/EarningsSummary.h"

namespace companion {

// The earnings chart's data: one bar per local month of the period (empty months too),
// stacked by status, in one currency: the one with the largest total (the chart says so
// when there are others). Same period rule as EarningsSummary::compute.
struct MonthlyEarnings
{
    struct Bar
    {
        QString month; // "2026-03"
        QDate first; // the month's first day
        qint64 pending = 0;
        qint64 transferred = 0;
        qint64 paid = 0;
        qint64 reversed = 0; // refunded: drawn apart, not in the total
        qint64 total() const { return pending + transferred + paid; }
    };
    QString currency;
    QStringList otherCurrencies;
    QList<Bar> bars;

    static MonthlyEarnings compute(const QList<EarningsSummary::Row> &rows, const QDate &from,
                                   const QDate &to, const QString &timeZone);
};

} // namespace companion
