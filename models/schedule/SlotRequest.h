#pragma once

#include "models/schedule/SlotCalculator.h"

#include <QJsonObject>

#include <optional>

namespace companion {

// One slot question in the API's JSON shapes, validated, and its answer. The CLI
// (`companion-cli slots`) and the server's /api/slots both go through here, so the two
// cannot disagree on parsing, defaults or output.
// JSON: {"schedule": Schedule, "offering": Offering, "busy": [BusySession...] or
//        {"sessions": [...]} (optional), "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
//        "now": RFC 3339 instant (milliseconds kept), "tz": IANA viewer zone (optional, default the
//        schedule's)}
struct SlotRequest
{
    Schedule schedule;
    Offering offering;
    QList<BusySession> busy;
    SlotQuery query; // query.viewerZone is always valid after fromJson

    // Returns std::nullopt and a message naming the bad field.
    static std::optional<SlotRequest> fromJson(const QJsonObject &json, QString *error = nullptr);
    // slotListToJson(...) of the answer, or std::nullopt and `error` (e.g. range too long).
    std::optional<QJsonObject> reply(QString *error = nullptr) const;
};

} // namespace companion
