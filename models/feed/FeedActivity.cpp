#include "models/feed/FeedActivity.h"

#include "models/time/InstantFormat.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace companion {

std::optional<qint64> parseStreamTime(const QString &text)
{
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    return instant::parseMs(offset.match(text).hasMatch() ? text : text + QLatin1Char('Z'));
}

QString toStreamTime(qint64 epochMs)
{
    QString text = instant::toStorageStringMs(epochMs);
    text.chop(1); // the "Z"
    return text;
}

std::optional<FeedComment> FeedComment::fromStreamJson(const QJsonObject &json)
{
    const QJsonObject data = json.value(QLatin1String("data")).toObject();
    const auto created = parseStreamTime(json.value(QLatin1String("created_at")).toString());
    FeedComment comment { json.value(QLatin1String("id")).toString(),
                          json.value(QLatin1String("user_id")).toString(),
                          data.value(QLatin1String("actor_name")).toString(),
                          data.value(QLatin1String("text")).toString(), created.value_or(0) };
    if (comment.id.isEmpty() || !created)
        return std::nullopt;
    return comment;
}

std::optional<FeedActivity> FeedActivity::fromStreamJson(const QJsonObject &json, const QString &feedId)
{
    FeedActivity activity;
    activity.id = json.value(QLatin1String("id")).toString();
    activity.feedId = feedId;
    activity.actorId = json.value(QLatin1String("actor")).toString();
    if (activity.actorId.startsWith(u"SU:"))
        activity.actorId.remove(0, 3);
    activity.actorName = json.value(QLatin1String("actor_name")).toString();
    activity.verb = json.value(QLatin1String("verb")).toString();
    activity.text = json.value(QLatin1String("text")).toString();
    activity.foreignId = json.value(QLatin1String("foreign_id")).toString();
    const auto time = parseStreamTime(json.value(QLatin1String("time")).toString());
    if (activity.id.isEmpty() || activity.actorId.isEmpty() || !time)
        return std::nullopt;
    activity.timeMs = *time;
    const QJsonObject counts = json.value(QLatin1String("reaction_counts")).toObject();
    activity.likeCount = std::max(0, counts.value(QLatin1String("like")).toInt());
    activity.commentCount = std::max(0, counts.value(QLatin1String("comment")).toInt());
    const QJsonArray ownLikes
        = json.value(QLatin1String("own_reactions")).toObject().value(QLatin1String("like")).toArray();
    if (!ownLikes.isEmpty())
        activity.ownLikeId = ownLikes.first().toObject().value(QLatin1String("id")).toString();
    const QJsonArray latest
        = json.value(QLatin1String("latest_reactions")).toObject().value(QLatin1String("comment")).toArray();
    for (qsizetype i = latest.size() - 1; i >= 0; --i) { // Stream: newest first
        if (const auto comment = FeedComment::fromStreamJson(latest.at(i).toObject()))
            activity.comments.append(*comment);
    }
    return activity;
}

} // namespace companion
