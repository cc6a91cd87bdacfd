#pragma once

#include <QList>
#include <QString>

namespace companion {

// Who taught the session a payment is for; it decides the split.
enum class TeachingCase {
    CreatorTaught, // creator 85 %, platform 15 %
    StudentTeacherTaught, // S-T 70 %, creator 15 %, platform 15 %
};

enum class SplitRecipient { Creator, StudentTeacher, Platform };

QString splitRecipientToString(SplitRecipient recipient); // "creator", "st", "platform"

struct SplitShare
{
    SplitRecipient recipient = SplitRecipient::Platform;
    int percent = 0;
    qint64 amountCents = 0;

    friend bool operator==(const SplitShare &, const SplitShare &) = default;
};

// The platform's money rule, in integer cents only: every non-platform share is
// floor(amount × pct / 100) and the platform gets the rest, so the shares always sum to
// the charged amount exactly and nobody is ever rounded up at another's expense.
struct MoneySplit
{
    qint64 amountCents = 0;
    QList<SplitShare> shares; // creator-taught: creator, platform; S-T-taught: st, creator, platform

    // amountCents must be >= 0 (a negative amount yields an empty split).
    static MoneySplit compute(qint64 amountCents, TeachingCase teachingCase);

    qint64 shareOf(SplitRecipient recipient) const;
    qint64 total() const;
};

} // namespace companion
