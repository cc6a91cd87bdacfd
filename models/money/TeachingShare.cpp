#include "models/money/TeachingShare.h"

namespace companion {

std::optional<SplitShare> TeachingShare::perSeat(const Session &session, const QString &viewerId)
{
    // Caches older than course_creator_id cannot tell who created the course.
    if (viewerId.isEmpty() || session.courseCreatorId.isEmpty())
        return std::nullopt;
    const bool creatorTeaches = session.teacherId == session.courseCreatorId;
    SplitRecipient recipient;
    if (session.teacherId == viewerId)
        recipient = creatorTeaches ? SplitRecipient::Creator : SplitRecipient::StudentTeacher;
    else if (session.courseCreatorId == viewerId)
        recipient = SplitRecipient::Creator;
    else
        return std::nullopt;
    const MoneySplit split = MoneySplit::compute(session.priceCents,
                                                 creatorTeaches ? TeachingCase::CreatorTaught
                                                                : TeachingCase::StudentTeacherTaught);
    for (const SplitShare &share : split.shares)
        if (share.recipient == recipient)
            return share;
    return std::nullopt;
}

} // namespace companion
