#include "services/storage/SqliteFile.h"

#include "models/time/Clock.h"
#include "services/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace companion {

SqliteFile::SqliteFile(QString path, QString displayName)
    : m_path(std::move(path))
    , m_displayName(std::move(displayName))
    , m_connection(QStringLiteral("companion-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqliteFile::execScript(const QString &statements)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    for (const QString &statement : statements.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!query.exec(statement)) {
            m_error = query.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool SqliteFile::integrityCheck()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
        && query.value(0).toString() == QLatin1String("ok");
}

SqliteFile::OpenResult SqliteFile::open(const QStringList &migrations)
{
    // Owner-only, like the profile around it: caches hold people's names, bookings and money.
    // SQLite gives the -wal and -shm files the database file's mode.
    const QString directory = QFileInfo(m_path).absolutePath();
    QDir().mkpath(directory);
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A file we made is never empty for long (the first migration writes it at once), so an
    // empty one that was already there was truncated: damaged, not "nothing in it" (the security
    // review: an empty outbox was read as no edits waiting).
    const bool truncated = QFileInfo::exists(m_path) && QFileInfo(m_path).size() == 0;
    if (QFile file(m_path); file.open(QIODevice::ReadWrite))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (truncated) {
        m_error
            = QStringLiteral("The %1 at %2 is damaged (it is empty: 0 bytes).").arg(m_displayName, m_path);
        return OpenResult::Corrupt;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return OpenResult::Failed;
    }
    QSqlQuery query(m_db);
    // A file of garbage opens fine; the first read tells.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        m_error
            = QStringLiteral("The %1 at %2 is damaged (%3).")
                  .arg(m_displayName, m_path,
                       query.lastError().isValid() ? query.lastError().text() : query.value(0).toString());
        return OpenResult::Corrupt;
    }
    query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        m_error = query.lastError().text();
        return OpenResult::Corrupt;
    }
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = query.lastError().text();
        return OpenResult::Corrupt;
    }
    m_version = query.value(0).toInt();
    if (m_version > migrations.size()) {
        m_error = QStringLiteral("The %1 at %2 was written by a newer version of Companion (format %3; this "
                                 "version understands up to %4). Update Companion, or move the file away.")
                      .arg(m_displayName, m_path)
                      .arg(m_version)
                      .arg(migrations.size());
        return OpenResult::TooNew;
    }
    for (int version = m_version; version < migrations.size(); ++version) {
        if (!execScript(migrations.at(version)
                        + QStringLiteral(";PRAGMA user_version = %1").arg(version + 1))) {
            m_error = QStringLiteral("Could not upgrade the %1 to format %2: %3")
                          .arg(m_displayName)
                          .arg(version + 1)
                          .arg(m_error);
            return OpenResult::Failed;
        }
        m_version = version + 1;
        qCInfo(lcProfile) << "migrated" << m_displayName << "to format" << m_version;
    }
    return OpenResult::Ok;
}

QString SqliteFile::moveAside()
{
    close();
    // Milliseconds and, should even those repeat (a pinned clock), a counter: a second
    // damaged copy must never fail to move aside because the first one took the name.
    const QString stem = m_path + QStringLiteral(".damaged-")
        + Clock::nowUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    QString target = stem;
    for (int n = 2; QFile::exists(target) || QFile::exists(target + QLatin1String("-wal")); ++n)
        target = stem + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target))
        return {};
    for (const char *suffix : { "-wal", "-shm" }) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    qCWarning(lcProfile) << "moved the damaged" << m_displayName << "to" << target;
    return target;
}

} // namespace companion
