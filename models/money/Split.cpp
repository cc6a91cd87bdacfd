#include "models/money/Split.h"

#include "models/JsonReader.h"

namespace companion {

QDateTime Split::statusChangedAt() const
{
    if (status == u"pending")
        return createdAt;
    if (status == u"paid" && paidAt.isValid())
        return paidAt;
    return updatedAt;
}

std::optional<Split> Split::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader in(json, QStringLiteral("split"));
    Split s;
    s.json = json;
    s.id = in.string("id");
    s.sessionId = in.optionalString("session_id");
    s.courseId = in.optionalString("course_id");
    s.courseTitle = in.optionalString("course_title");
    s.recipientType = in.oneOf("recipient_type", { QStringLiteral("creator"), QStringLiteral("st") });
    s.amountCents = in.integer("amount_cents");
    s.grossAmountCents = in.integer("gross_amount_cents");
    s.currency = in.string("currency");
    s.status = in.oneOf("status",
                        { QStringLiteral("pending"), QStringLiteral("transferred"), QStringLiteral("paid"),
                          QStringLiteral("reversed") });
    s.createdAt = in.instant("created_at");
    s.paidAt = in.optionalInstant("paid_at");
    s.updatedAt = in.instant("updated_at");
    s.transferId = in.optionalString("stripe_transfer_id");
    s.payoutId = in.optionalString("payout_id");
    // Added to the contract later: a split cached before says nothing of them.
    s.sessionStart = in.optionalInstant("session_start");
    s.teacherId = in.optionalString("teacher_id");
    s.teacherName = in.optionalString("teacher_name");
    s.studentId = in.optionalString("student_id");
    s.studentName = in.optionalString("student_name");
    const QString role = json.value(QLatin1String("role")).toString();
    // Without a role (cached before it existed): the creator's 15 % share is the only one
    // that small. amount <= floor(gross × 15 / 100), worked out so that no product overflows.
    const SplitRole guessed = s.recipientType == u"st" ? SplitRole::AsSt
        : s.grossAmountCents > 0
            && s.amountCents <= s.grossAmountCents / 100 * 15 + s.grossAmountCents % 100 * 15 / 100
        ? SplitRole::StTaughtYourCourse
        : SplitRole::TaughtByYou;
    s.role = splitRoleFromString(role).value_or(guessed);
    if (!role.isEmpty() && !splitRoleFromString(role))
        return error ? (*error = QStringLiteral("split.role is not a known rule"), std::nullopt)
                     : std::nullopt;
    if (in.ok() && (s.amountCents < 0 || s.amountCents > s.grossAmountCents))
        return error
            ? (*error = QStringLiteral("split.amount_cents is outside 0..gross_amount_cents"), std::nullopt)
            : std::nullopt;
    if (!in.ok()) {
        if (error)
            *error = in.error();
        return std::nullopt;
    }
    return s;
}

} // namespace companion
