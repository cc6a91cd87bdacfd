#pragma once

#include <QString>

#include <optional>

namespace companion {

// Why a split came to its recipient, as Earnings groups and explains it:
//   TaughtByYou         a creator taught their own course (85 %)
//   StTaughtYourCourse  an S-T taught the creator's course (the creator's 15 %)
//   AsSt                the S-T's own share for teaching (70 %)
enum class SplitRole { TaughtByYou, StTaughtYourCourse, AsSt };

// From the split's recipient type ("creator" | "st"), its recipient and the session's teacher.
SplitRole splitRoleOf(const QString &recipientType, const QString &recipientId, const QString &teacherId);
QString splitRoleToString(SplitRole role); // taught_by_you | st_taught_your_course | as_st
std::optional<SplitRole> splitRoleFromString(const QString &text);

} // namespace companion
