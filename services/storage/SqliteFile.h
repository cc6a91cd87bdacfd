#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace companion {

// Opening one SQLite file the way every Companion store needs it: a private
// connection, WAL, busy_timeout, a quick_check, and `PRAGMA user_version`
// migrations that each run in a transaction. A file written by a newer app
// version is refused with a message that says what to do.
class SqliteFile
{
public:
    enum class OpenResult {
        Ok,
        Corrupt, // unreadable or quick_check failed: the caller decides what to do with it
        TooNew, // written by a newer schema; left untouched
        Failed, // could not open or migrate; see error()
    };

    SqliteFile(QString path, QString displayName);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // `migrations[i]` brings the schema from version i to i + 1 (statements separated by ';').
    OpenResult open(const QStringList &migrations);
    void close();
    // Renames the file (and its -wal/-shm) aside; returns the new name or empty.
    QString moveAside();

    QSqlDatabase &database() { return m_db; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    int schemaVersion() const { return m_version; }

    // Runs `statements` (';'-separated) in one transaction.
    bool execScript(const QString &statements);
    bool integrityCheck();

private:
    QString m_path;
    QString m_displayName;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
    int m_version = 0;
};

} // namespace companion
