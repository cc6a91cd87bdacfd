#pragma once

#include "models/money/SplitRole.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace companion {

// An earnings summary as `GET /api/earnings/summary` describes it: sums of splits over the
// user's local dates `from`..`to` (inclusive), grouped by month, course or status, one entry
// per group and currency. Amounts are integer minor units.
// {"from": "2025-01-01", "to": "2025-12-31", "group_by": "month", "time_zone": "Europe/Berlin",
//  "groups": [{"key": "2025-03", "label": "March 2025", "currency": "EUR", "amount_cents": 4500,
//              "count": 1}],
//  "totals": [{"currency": "EUR", "amount_cents": 4500}]}
struct EarningsSummary
{
    struct Entry
    {
        QString key; // groups only
        QString label; // groups only
        QString currency;
        qint64 amountCents = 0;
        int count = 0; // groups only

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QString from;
    QString to;
    QString groupBy;
    QString timeZone;
    QList<Entry> groups;
    QList<Entry> totals;

    // What a summary needs of one split (the server reads it from its tables, the client from
    // its cached splits), so that both compute it the same way.
    struct Row
    {
        qint64 amountCents = 0;
        QString currency;
        QString status; // pending | transferred | paid | reversed
        qint64 createdMs = 0; // the booking: the period counts by it, in the user's zone
        QString courseId;
        QString courseTitle;
        SplitRole role = SplitRole::TaughtByYou;
    };
    // The platform's rule: rows created on the local dates from..to (inclusive) in `zone`,
    // grouped by month ("2026-03", "March 2026"), course, status or role. Reversed (refunded)
    // splits are left out of the totals and of every grouping but status, where they show
    // as their own group. Groups by key, then currency.
    static EarningsSummary compute(const QList<Row> &rows, const QDate &from, const QDate &to,
                                   const QString &timeZone, const QString &groupBy);
    QJsonObject toJson() const;

    // Checks what the client relies on (both lists; each entry an object with an integer
    // amount_cents and a string currency); on failure returns nullopt and says why in `error`.
    static std::optional<EarningsSummary> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const EarningsSummary &, const EarningsSummary &) = default;
};

} // namespace companion
