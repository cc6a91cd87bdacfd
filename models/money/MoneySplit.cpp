#include "models/money/MoneySplit.h"

namespace companion {

QString splitRecipientToString(SplitRecipient recipient)
{
    switch (recipient) {
    case SplitRecipient::Creator:
        return QStringLiteral("creator");
    case SplitRecipient::StudentTeacher:
        return QStringLiteral("st");
    case SplitRecipient::Platform:
        return QStringLiteral("platform");
    }
    return {};
}

MoneySplit MoneySplit::compute(qint64 amountCents, TeachingCase teachingCase)
{
    MoneySplit split;
    split.amountCents = amountCents;
    if (amountCents < 0)
        return split;
    // floor(amount × percent / 100) without the product, which overflows above ~9e16 cents.
    const auto floorShare = [amountCents](int percent) {
        return amountCents / 100 * percent + amountCents % 100 * percent / 100;
    };
    qint64 assigned = 0;
    const auto add = [&](SplitRecipient recipient, int percent) {
        const qint64 cents = floorShare(percent);
        split.shares.append({ recipient, percent, cents });
        assigned += cents;
    };
    if (teachingCase == TeachingCase::CreatorTaught) {
        add(SplitRecipient::Creator, 85);
    } else {
        add(SplitRecipient::StudentTeacher, 70);
        add(SplitRecipient::Creator, 15);
    }
    // The platform's nominal 15 % plus every remainder cent.
    split.shares.append({ SplitRecipient::Platform, 15, amountCents - assigned });
    return split;
}

qint64 MoneySplit::shareOf(SplitRecipient recipient) const
{
    qint64 sum = 0;
    for (const SplitShare &share : shares) {
        if (share.recipient == recipient)
            sum += share.amountCents;
    }
    return sum;
}

qint64 MoneySplit::total() const
{
    qint64 sum = 0;
    for (const SplitShare &share : shares)
        sum += share.amountCents;
    return sum;
}

} // namespace companion
