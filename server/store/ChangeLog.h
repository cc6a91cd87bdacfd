#pragma once

#include <QString>

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

private:
    Database &m_db;
};

} // namespace companion::server
