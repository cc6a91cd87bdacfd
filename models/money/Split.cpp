#include "models/money/Split.h"

#include "models/JsonReader.h"

namespace companion {

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
