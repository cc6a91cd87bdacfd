#pragma once

#include "models/money/SplitRole.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace companion {

// One recipient's share of a charge (`GET /api/earnings/splits` items).
struct Split
{
    QString id;
    QString sessionId;
    QString courseId;
    QString courseTitle;
    QString recipientType; // creator | st
    qint64 amountCents = 0;
    qint64 grossAmountCents = 0;
    QString currency;
    QString status; // pending | transferred | paid | reversed
    QDateTime createdAt;
    QDateTime paidAt;
    QDateTime updatedAt;
    QString transferId; // Stripe's, once transferred
    QString payoutId; // the payout that paid it (status paid)
    QDateTime sessionStart; // invalid when the session is gone
    QString teacherId;
    QString teacherName;
    QString studentId;
    QString studentName;
    SplitRole role = SplitRole::TaughtByYou;

    // When the split reached its status: created (pending), paid out, or its last change
    // (transferred, reversed: the statuses only move forward).
    QDateTime statusChangedAt() const;
    QJsonObject json;

    static std::optional<Split> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace companion
