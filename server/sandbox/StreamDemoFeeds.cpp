// The demo world's feed posts (StreamSandbox::seedDemo), kept apart from the API emulation.
#include "models/time/InstantFormat.h"
#include "server/sandbox/StreamSandbox.h"

#include <algorithm>

namespace companion::server {

namespace {

struct DemoPost
{
    const char *feed;
    const char *actor;
    const char *actorName;
    const char *verb;
    int hoursAgo;
    const char *text;
};

// Oldest first per feed; the creator, the S-Ts and the students write as they would.
const DemoPost kPosts[] = {
    { "community:all", "usr_maya", "Maya Lindqvist", "post", 200,
      "Welcome to the community! Introduce yourself: what are you learning, and what could you teach?" },
    { "community:all", "usr_aisha", "Aisha Khan", "post", 150,
      "Hi all, Aisha from London. Learning Python for my thesis, happy to help anyone with statistics." },
    { "community:all", "usr_mei", "Mei Tanaka", "post", 30,
      "Does anyone know a good sketchbook for watercolour? The paper in mine buckles." },
    { "course:crs_python", "usr_maya", "Maya Lindqvist", "announce", 120,
      "Before your first session: install Anaconda (https://www.anaconda.com/download) and open a notebook. "
      "Bring a CSV file you care about." },
    { "course:crs_python", "usr_lena", "Lena Fischer", "post", 48,
      "Is there a difference between df.loc and df.iloc? I keep mixing them up." },
    { "course:crs_python", "usr_jonas", "Jonas Weber", "post", 20,
      "Slides from Tuesday's group: https://example.org/python/groupby.pdf. Next time: merging tables." },
    { "course:crs_spanish", "usr_maya", "Maya Lindqvist", "announce", 96,
      "¡Hola! Each session starts with five minutes of small talk, so come with one thing from your week." },
    { "course:crs_spanish", "usr_tom", "Tom Becker", "post", 26,
      "¿Cuál es la diferencia entre «ser» y «estar»? Asking for tomorrow's lesson." },
    { "course:crs_watercolour", "usr_priya", "Priya Raman", "announce", 72,
      "Bring a round brush (size 8 or 10), two jars of water and 300 g/m² cold-press paper." },
    { "course:crs_watercolour", "usr_sofia", "Sofia Rossi", "post", 8,
      "My washes dry with hard edges. Too much water, or too little?" },
};

struct DemoComment
{
    int post; // index in kPosts
    const char *user;
    const char *userName;
    const char *text;
};

const DemoComment kComments[] = {
    { 1, "usr_carlos", "Carlos Mendes", "Welcome Aisha! I might take you up on the statistics offer." },
    { 4, "usr_jonas", "Jonas Weber",
      "loc uses labels, iloc positions. We'll do an exercise on it on Thursday." },
    { 4, "usr_lena", "Lena Fischer", "Thanks, that helps!" },
    { 7, "usr_jonas", "Jonas Weber",
      "«ser» for what something is, «estar» for how or where it is. More tomorrow!" },
    { 9, "usr_priya", "Priya Raman",
      "Usually too much water on a drying surface. Let's look at it together." },
};

struct DemoLike
{
    int post;
    const char *user;
};

const DemoLike kLikes[] = {
    { 0, "usr_aisha" }, { 0, "usr_jonas" }, { 0, "usr_priya" }, { 3, "usr_lena" },  { 3, "usr_ethan" },
    { 5, "usr_lena" },  { 5, "usr_maya" },  { 6, "usr_tom" },   { 8, "usr_sofia" },
};

} // namespace

void StreamSandbox::seedDemo(qint64 nowMs)
{
    if (!m_store.isEmpty())
        return;
    QStringList ids;
    for (const DemoPost &post : kPosts) {
        bool created = false;
        const qint64 time = nowMs - qint64(post.hoursAgo) * 3600 * 1000;
        const auto stored = m_store.add(
            QLatin1String(post.feed),
            QJsonObject { { QStringLiteral("actor"), QLatin1String(post.actor) },
                          { QStringLiteral("actor_name"), QString::fromUtf8(post.actorName) },
                          { QStringLiteral("verb"), QLatin1String(post.verb) },
                          { QStringLiteral("object"), QStringLiteral("text") },
                          { QStringLiteral("text"), QString::fromUtf8(post.text) },
                          { QStringLiteral("foreign_id"), QStringLiteral("demo:%1").arg(ids.size()) },
                          { QStringLiteral("time"), instant::toStorageStringMs(time) } },
            &created);
        ids.append(stored ? stored->value(QStringLiteral("id")).toString() : QString());
    }
    int replies = 0;
    for (const DemoComment &comment : kComments) {
        bool created = false;
        // An hour or two after the post, never in the future.
        const qint64 posted = nowMs - qint64(kPosts[comment.post].hoursAgo) * 3600 * 1000;
        const qint64 at = std::min(nowMs - 60 * 1000, posted + qint64(1 + replies++ % 2) * 3600 * 1000);
        m_store.addReaction(ids.at(comment.post), QStringLiteral("comment"), QLatin1String(comment.user),
                            { { QStringLiteral("text"), QString::fromUtf8(comment.text) },
                              { QStringLiteral("actor_name"), QString::fromUtf8(comment.userName) } },
                            &created, at);
    }
    for (const DemoLike &like : kLikes) {
        bool created = false;
        m_store.addReaction(ids.at(like.post), QStringLiteral("like"), QLatin1String(like.user), {},
                            &created);
    }
}

} // namespace companion::server
