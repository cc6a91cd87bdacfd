#include "server/store/Database.h"

#include "server/core/Logging.h"
#include "server/store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace companion::server {

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::open(const QString &dataDir, QString *error)
{
    // Every directory made here is owner-only, not only the last one (--data-dir NEW/sub).
    QStringList missing;
    for (QString dir = QDir::cleanPath(QDir(dataDir).absolutePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).path())
        missing.prepend(dir);
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create data directory %1").arg(dataDir);
        return false;
    }
    for (const QString &made : std::as_const(missing))
        QFile::setPermissions(made, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Owner-only: the database holds password hashes, tokens' hashes and people's bookings.
    // SQLite gives its -wal and -shm files the database file's permissions.
    const QString path = QDir(dataDir).filePath(QStringLiteral("platform.sqlite"));
    QFile file(path);
    if (!QFile::setPermissions(dataDir,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
        || !file.open(QIODevice::ReadWrite)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot make %1 owner-only: %2").arg(dataDir, file.errorString());
        return false;
    }
    file.close();
    m_connectionName = QStringLiteral("platform-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=5000",
                                "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return migrate(error);
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::migrate(QString *error)
{
    const QList<Migration> &all = migrations();
    int version = schemaVersion();
    if (version > all.size()) {
        *error = QStringLiteral("database schema version %1 is newer than this server (%2)")
                     .arg(version)
                     .arg(all.size());
        return false;
    }
    for (; version < all.size(); ++version) {
        const Migration &migration = all.at(version);
        // Each migration and its version bump commit together, or not at all.
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        QSqlQuery q(m_db);
        for (const QString &statement : migration.statements) {
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 (%2) failed: %3 in: %4")
                             .arg(version + 1)
                             .arg(migration.name, q.lastError().text(), statement);
                m_db.rollback();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !m_db.commit()) {
            *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
        qCInfo(lcDb) << "migrated to schema version" << version + 1 << migration.name;
    }
    return true;
}

bool Database::exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings)
{
    if (!query.prepare(sql)) {
        qCWarning(lcDb).noquote() << "prepare failed:" << query.lastError().text() << "in" << sql;
        return false;
    }
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "exec failed:" << query.lastError().text() << "in" << sql;
        return false;
    }
    return true;
}

QSqlQuery Database::query()
{
    return QSqlQuery(m_db);
}

bool Database::transaction()
{
    return m_db.transaction();
}

bool Database::commit()
{
    return m_db.commit();
}

void Database::rollback()
{
    m_db.rollback();
}

} // namespace companion::server
