#include "services/storage/OutboxStore.h"

#include "models/time/Clock.h"
#include "services/Logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace companion {

namespace {

const QStringList kMigrations = {
    QStringLiteral("CREATE TABLE edits(seq INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL,"
                   " kind TEXT NOT NULL, body TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,"
                   " base_version INTEGER NOT NULL, chained INTEGER NOT NULL, state TEXT NOT NULL,"
                   " server_body TEXT, server_version INTEGER, error TEXT, created_at TEXT NOT NULL);"
                   "CREATE INDEX edits_by_user ON edits(user_id, seq)"),
    // The versions this outbox's own schedule edits made, one run of them per user: from the
    // version the first was built on to the one the last made.
    QStringLiteral("CREATE TABLE own_versions(user_id TEXT PRIMARY KEY, from_version INTEGER NOT NULL,"
                   " to_version INTEGER NOT NULL)"),
};

const char *kColumns
    = "seq, user_id, kind, body, idempotency_key, base_version, chained, state, server_body, "
      "server_version, error, created_at";

OutboxEdit::State stateFromName(const QString &name)
{
    if (name == QLatin1String("conflict"))
        return OutboxEdit::State::Conflict;
    if (name == QLatin1String("failed"))
        return OutboxEdit::State::Failed;
    return OutboxEdit::State::Pending;
}

OutboxEdit fromRow(const QSqlQuery &q)
{
    OutboxEdit edit;
    edit.seq = q.value(0).toLongLong();
    edit.userId = q.value(1).toString();
    edit.kind = q.value(2).toString();
    edit.body = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    edit.idempotencyKey = q.value(4).toString();
    edit.baseVersion = q.value(5).toInt();
    edit.chained = q.value(6).toBool();
    edit.state = stateFromName(q.value(7).toString());
    edit.serverBody = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    edit.serverVersion = q.value(9).isNull() ? -1 : q.value(9).toInt();
    edit.error = q.value(10).toString();
    edit.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return edit;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString OutboxEdit::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject OutboxEdit::toJson() const
{
    QJsonObject out { { QStringLiteral("seq"), seq },
                      { QStringLiteral("kind"), kind },
                      { QStringLiteral("state"), stateName(state) },
                      { QStringLiteral("base_version"), baseVersion },
                      { QStringLiteral("chained"), chained },
                      { QStringLiteral("idempotency_key"), idempotencyKey },
                      { QStringLiteral("created_at"), createdAt.toString(Qt::ISODate) },
                      { QStringLiteral("body"), body } };
    if (state == State::Conflict) {
        out.insert(QStringLiteral("server_version"), serverVersion);
        out.insert(QStringLiteral("server_body"), serverBody);
    }
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    return out;
}

OutboxStore::OutboxStore(const QString &path)
    : m_file(path, QStringLiteral("outbox of unsent edits"))
{ }

QString OutboxStore::open()
{
    const auto result = m_file.open(kMigrations);
    if (result == SqliteFile::OpenResult::Ok)
        return {};
    if (result != SqliteFile::OpenResult::Corrupt)
        return m_file.error();
    // Never delete unsent work: keep the damaged file where a person can find it.
    const QString problem = m_file.error();
    m_damagedCopy = m_file.moveAside();
    if (m_damagedCopy.isEmpty())
        return problem;
    qCCritical(lcProfile) << problem << "Kept at" << m_damagedCopy;
    if (m_file.open(kMigrations) != SqliteFile::OpenResult::Ok)
        return m_file.error();
    return {};
}

std::optional<OutboxEdit> OutboxStore::enqueueAvailability(const QString &userId, const QJsonObject &schedule,
                                                           int knownVersion)
{
    // An edit made while others wait is built on them, not on the server's copy.
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM edits WHERE user_id = ? AND state != 'failed' AND kind = 'availability'"));
    query.addBindValue(userId);
    const bool chained = query.exec() && query.next() && query.value(0).toInt() > 0;
    int base = knownVersion;
    if (!chained) {
        // The screen may not have seen the version our own last edit made yet (an edit made
        // within its round trip): what it shows is that edit, so build on the version it made.
        // A version someone else made is never skipped, so their change still conflicts.
        query.prepare(QStringLiteral("SELECT from_version, to_version FROM own_versions WHERE user_id = ?"));
        query.addBindValue(userId);
        if (query.exec() && query.next() && knownVersion >= query.value(0).toInt()
            && knownVersion < query.value(1).toInt())
            base = query.value(1).toInt();
    }
    return insert(userId, QStringLiteral("availability"), schedule, base, chained);
}

std::optional<OutboxEdit> OutboxStore::enqueueSessionCancel(const QString &userId, const QString &sessionId,
                                                            const QString &reason, const QString &message)
{
    return insert(userId, QStringLiteral("session_cancel"),
                  { { QStringLiteral("session_id"), sessionId },
                    { QStringLiteral("reason"), reason },
                    { QStringLiteral("message"), message } },
                  0, false);
}

std::optional<OutboxEdit> OutboxStore::enqueueFeedPost(const QString &userId, const QString &feedId,
                                                       const QString &feedTitle, const QString &text,
                                                       bool announce)
{
    return insert(userId, QStringLiteral("feed_post"),
                  { { QStringLiteral("feed_id"), feedId },
                    { QStringLiteral("feed_title"), feedTitle },
                    { QStringLiteral("text"), text },
                    { QStringLiteral("announce"), announce },
                    { QStringLiteral("time_ms"), Clock::nowMs() } },
                  0, false);
}

std::optional<OutboxEdit> OutboxStore::insert(const QString &userId, const QString &kind,
                                              const QJsonObject &body, int baseVersion, bool chained)
{
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("INSERT INTO edits(user_id, kind, body, idempotency_key, base_version, chained, "
                       "state, created_at) VALUES(?, ?, ?, ?, ?, ?, 'pending', ?)"));
    query.addBindValue(userId);
    query.addBindValue(kind);
    query.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
    query.addBindValue(newKey());
    query.addBindValue(baseVersion);
    query.addBindValue(chained ? 1 : 0);
    query.addBindValue(Clock::nowUtc().toString(Qt::ISODate));
    if (!query.exec())
        return std::nullopt;
    return bySeq(query.lastInsertId().toLongLong());
}

std::optional<OutboxEdit> OutboxStore::bySeq(qint64 seq)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT %1 FROM edits WHERE seq = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<OutboxEdit> OutboxStore::edits(const QString &userId)
{
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM edits WHERE user_id = ? ORDER BY seq").arg(QLatin1String(kColumns)));
    query.addBindValue(userId);
    QList<OutboxEdit> out;
    if (query.exec())
        while (query.next())
            out << fromRow(query);
    return out;
}

std::optional<OutboxEdit> OutboxStore::nextPending(const QString &userId)
{
    // Replay stops at the first edit that is not pending: later ones are built on it.
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM edits WHERE user_id = ? AND state != 'failed' ORDER BY seq LIMIT 1")
            .arg(QLatin1String(kColumns)));
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    OutboxEdit edit = fromRow(query);
    if (edit.state != OutboxEdit::State::Pending)
        return std::nullopt;
    return edit;
}

int OutboxStore::pendingCount(const QString &userId)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM edits WHERE user_id = ? AND state = 'pending'"));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int OutboxStore::conflictCount(const QString &userId)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM edits WHERE user_id = ? AND state = 'conflict'"));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool OutboxStore::markApplied(qint64 seq, int newVersion)
{
    const auto edit = bySeq(seq);
    if (!edit)
        return true; // already applied (a replay after a crash)
    QSqlDatabase &db = m_file.database();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    bool ok = true;
    // Only schedules chain: the next availability edit now builds on the version this one made.
    if (edit->kind == u"availability") {
        // A run of own versions goes on while each edit builds on the one before.
        query.prepare(QStringLiteral(
            "INSERT INTO own_versions(user_id, from_version, to_version) VALUES(?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET from_version = CASE WHEN own_versions.to_version = "
            "excluded.from_version THEN own_versions.from_version ELSE excluded.from_version END, "
            "to_version = excluded.to_version"));
        query.addBindValue(edit->userId);
        query.addBindValue(edit->baseVersion);
        query.addBindValue(newVersion);
        ok = query.exec();
        query.prepare(QStringLiteral(
            "UPDATE edits SET base_version = ?, chained = 0 WHERE seq = (SELECT min(seq) FROM edits WHERE "
            "user_id = ? AND seq > ? AND state != 'failed' AND kind = 'availability') AND chained = 1"));
        query.addBindValue(newVersion);
        query.addBindValue(edit->userId);
        query.addBindValue(seq);
        ok = ok && query.exec();
    }
    query.prepare(QStringLiteral("DELETE FROM edits WHERE seq = ?"));
    query.addBindValue(seq);
    ok = ok && query.exec();
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool OutboxStore::markConflict(qint64 seq, const QJsonObject &serverBody, int serverVersion,
                               const QString &message)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("UPDATE edits SET state = 'conflict', server_body = ?, server_version = ?, "
                                 "error = ? WHERE seq = ?"));
    query.addBindValue(QJsonDocument(serverBody).toJson(QJsonDocument::Compact));
    query.addBindValue(serverVersion);
    query.addBindValue(message);
    query.addBindValue(seq);
    return query.exec();
}

bool OutboxStore::markFailed(qint64 seq, const QString &message)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("UPDATE edits SET state = 'failed', error = ? WHERE seq = ?"));
    query.addBindValue(message);
    query.addBindValue(seq);
    return query.exec();
}

bool OutboxStore::keepMine(qint64 seq)
{
    const auto edit = bySeq(seq);
    if (!edit || edit->state != OutboxEdit::State::Conflict)
        return false;
    QSqlQuery query(m_file.database());
    // A fresh key: the old one is bound to the rejected request.
    query.prepare(QStringLiteral("UPDATE edits SET state = 'pending', base_version = ?, chained = 0, "
                                 "idempotency_key = ?, error = NULL WHERE seq = ?"));
    query.addBindValue(edit->serverVersion);
    query.addBindValue(newKey());
    query.addBindValue(seq);
    return query.exec();
}

bool OutboxStore::takeTheirs(qint64 seq)
{
    const auto edit = bySeq(seq);
    if (!edit || edit->state != OutboxEdit::State::Conflict)
        return false;
    QSqlDatabase &db = m_file.database();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    bool ok = true;
    query.prepare(QStringLiteral("DELETE FROM edits WHERE seq = ?"));
    query.addBindValue(seq);
    ok = ok && query.exec();
    // Edits chained on the dropped one were built on a schedule the user discarded;
    // they become conflicts against the same server version, for the user to decide.
    query.prepare(QStringLiteral("UPDATE edits SET state = 'conflict', server_body = ?, server_version = ?, "
                                 "error = 'Built on an edit you discarded.' WHERE user_id = ? AND seq > ? "
                                 "AND state = 'pending' AND chained = 1"));
    query.addBindValue(QJsonDocument(edit->serverBody).toJson(QJsonDocument::Compact));
    query.addBindValue(edit->serverVersion);
    query.addBindValue(edit->userId);
    query.addBindValue(seq);
    ok = ok && query.exec();
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool OutboxStore::discard(qint64 seq)
{
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("DELETE FROM edits WHERE seq = ? AND state = 'failed'"));
    query.addBindValue(seq);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace companion
