#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace companion {

// A comment under a feed activity (a Stream reaction of kind "comment").
struct FeedComment
{
    QString id;
    QString userId;
    QString userName; // data.actor_name, as the writer's client stored it
    QString text;
    qint64 createdMs = 0;

    static std::optional<FeedComment> fromStreamJson(const QJsonObject &json);
};

// One post in a course or community feed, as Stream returns it: who wrote it, what, when,
// and the reactions around it. An announcement is an activity with verb "announce", which
// only a course's teachers and creator may write.
struct FeedActivity
{
    QString id;
    QString feedId; // "course:crs_python"
    QString actorId;
    QString actorName;
    QString verb; // "post" | "announce"
    QString text;
    QString foreignId; // "post:<outbox key>" for posts written in Companion
    qint64 timeMs = 0;
    int likeCount = 0;
    int commentCount = 0;
    QString ownLikeId; // the viewer's like, when they liked it
    QList<FeedComment> comments; // newest last: Stream's latest few, or all once loaded
    bool pending = false; // written here, still in the outbox

    bool isAnnouncement() const { return verb == u"announce"; }

    // Stream's activity JSON; nullopt without an id, actor or a readable time.
    static std::optional<FeedActivity> fromStreamJson(const QJsonObject &json, const QString &feedId);
};

// Stream's times: ISO 8601 in UTC, usually without an offset and with microseconds
// ("2026-12-07T14:10:46.123456"); an offset, when present, is honoured.
std::optional<qint64> parseStreamTime(const QString &text);
// What Companion sends: UTC, milliseconds, no offset, as Stream writes it.
QString toStreamTime(qint64 epochMs);

} // namespace companion
