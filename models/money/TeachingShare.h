#pragma once

#include "models/Session.h"
#include "models/money/MoneySplit.h"

#include <optional>

namespace companion {

// What one booked seat of a session earns its viewer under the platform's money rule
// (MoneySplit): the teacher's share when they teach, the creator's when an S-T teaches
// their course. None for a student's view.
struct TeachingShare
{
    static std::optional<SplitShare> perSeat(const Session &session, const QString &viewerId);
};

} // namespace companion
