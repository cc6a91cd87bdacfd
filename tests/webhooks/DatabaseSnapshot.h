#pragma once

// Reads a platform-server SQLite file (read-only, alongside the running server thanks to
// WAL) and renders chosen tables as sorted text, so tests can compare whole states.

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace companion::test {

class DatabaseSnapshot
{
public:
    explicit DatabaseSnapshot(const QString &dataDir)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("platform.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~DatabaseSnapshot()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    // Every row of `sql` as "a|b|c", sorted.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            return { QStringLiteral("ERROR ") + sql };
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        out.sort();
        return out;
    }

private:
    QString m_name;
};

} // namespace companion::test
