#pragma once

#include <QString>

#include <functional>

namespace companion::server {

class Database;

// The append-only change sequence behind the sync cursors. Every write to a synced row
// appends here and stamps the row's `change_seq` with the new sequence number, so
// "changed since cursor N" is `change_seq > N` — and survives restarts with the database.
class ChangeLog
{
public:
    explicit ChangeLog(Database &db);

    // Appends (entity, id, op) and stamps `table`.change_seq/updated_at. Returns the seq, 0 on failure.
    qint64 record(const QString &table, const QString &entity, const QString &id, const QString &op);
    qint64 lastSeq();
    // Called after every recorded change (inside the writer's transaction, so it must only
    // take note: the change stream coalesces and reads once the event loop runs again).
    void setOnRecorded(std::function<void()> listener) { m_onRecorded = std::move(listener); }

private:
    Database &m_db;
    std::function<void()> m_onRecorded;
};

} // namespace companion::server
