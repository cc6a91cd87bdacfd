#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace companion::server {

// The server's SQLite file (WAL, foreign keys, busy timeout) and its versioned migrations.
// Plain SQLite types only, so the schema also runs on Cloudflare D1.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) DIR/platform.sqlite and migrates it to the latest version.
    bool open(const QString &dataDir, QString *error);
    QSqlDatabase &db() { return m_db; }
    int schemaVersion();

    // Prepares and runs `sql` with positional bindings; logs and returns false on failure.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings = {});
    QSqlQuery query();

    // Qt binds a null QString as SQL NULL: NOT NULL text columns need "" instead ...
    static QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }
    // ... and optional ones NULL for "", not an empty string.
    static QVariant nullIfEmpty(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

    bool transaction();
    bool commit();
    void rollback();

private:
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace companion::server
