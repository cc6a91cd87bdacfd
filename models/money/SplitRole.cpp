#include "models/money/SplitRole.h"

namespace companion {

SplitRole splitRoleOf(const QString &recipientType, const QString &recipientId, const QString &teacherId)
{
    if (recipientType == u"st")
        return SplitRole::AsSt;
    return recipientId == teacherId ? SplitRole::TaughtByYou : SplitRole::StTaughtYourCourse;
}

QString splitRoleToString(SplitRole role)
{
    switch (role) {
    case SplitRole::TaughtByYou:
        return QStringLiteral("taught_by_you");
    case SplitRole::StTaughtYourCourse:
        return QStringLiteral("st_taught_your_course");
    case SplitRole::AsSt:
        return QStringLiteral("as_st");
    }
    return {};
}

std::optional<SplitRole> splitRoleFromString(const QString &text)
{
    for (const SplitRole role : { SplitRole::TaughtByYou, SplitRole::StTaughtYourCourse, SplitRole::AsSt }) {
        if (splitRoleToString(role) == text)
            return role;
    }
    return std::nullopt;
}

} // namespace companion
