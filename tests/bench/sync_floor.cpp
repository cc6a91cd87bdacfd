// The floors the sync benchmarks are measured against (tests/bench/sync_bench.py):
//   sync_floor ingest PAGES.jsonl   parse every page with QJsonDocument and insert its
//                                   items with prepared statements in one transaction
//                                   (the least any first sync must do)
//   sync_floor dump CACHE.sqlite    read every cached session's JSON and serialise the
//                                   list (the least `companion-cli sessions --json` must do)
// Prints {"ms": elapsed, "items": n} on stdout.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

int ingest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 2;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(dir.filePath(QStringLiteral("floor.sqlite")));
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral(
        "CREATE TABLE sessions(id TEXT PRIMARY KEY, start TEXT, end_at TEXT, status TEXT, json TEXT)"));
    q.exec(QStringLiteral(
        "CREATE TABLE splits(id TEXT PRIMARY KEY, status TEXT, created_at TEXT, amount_cents INTEGER, "
        "currency TEXT, json TEXT)"));

    QElapsedTimer timer;
    timer.start();
    int items = 0;
    db.transaction();
    QSqlQuery session(db), split(db);
    session.prepare(QStringLiteral("INSERT OR REPLACE INTO sessions VALUES(?, ?, ?, ?, ?)"));
    split.prepare(QStringLiteral("INSERT OR REPLACE INTO splits VALUES(?, ?, ?, ?, ?, ?)"));
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        const bool isSession
            = record.value(QLatin1String("collection")).toString() == QLatin1String("sessions");
        const QJsonArray pageItems
            = record.value(QLatin1String("page")).toObject().value(QLatin1String("items")).toArray();
        for (const QJsonValue &value : pageItems) {
            const QJsonObject o = value.toObject();
            const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
            QSqlQuery &insert = isSession ? session : split;
            insert.addBindValue(o.value(QLatin1String("id")).toString());
            if (isSession) {
                insert.addBindValue(o.value(QLatin1String("start")).toString());
                insert.addBindValue(o.value(QLatin1String("end")).toString());
                insert.addBindValue(o.value(QLatin1String("status")).toString());
            } else {
                insert.addBindValue(o.value(QLatin1String("status")).toString());
                insert.addBindValue(o.value(QLatin1String("created_at")).toString());
                insert.addBindValue(o.value(QLatin1String("amount_cents")).toInteger());
                insert.addBindValue(o.value(QLatin1String("currency")).toString());
            }
            insert.addBindValue(json);
            if (!insert.exec()) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(insert.lastError().text()));
                return 1;
            }
            ++items;
        }
    }
    db.commit();
    std::printf("{\"ms\": %.1f, \"items\": %d}\n", double(timer.nsecsElapsed()) / 1e6, items);
    return 0;
}

int dump(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return 2;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT json FROM sessions ORDER BY start, id"));
    QJsonArray all;
    while (q.next())
        all.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    const QByteArray out
        = QJsonDocument(QJsonObject { { QStringLiteral("sessions"), all } }).toJson(QJsonDocument::Compact);
    std::printf("{\"ms\": %.1f, \"items\": %d, \"bytes\": %lld}\n", double(timer.nsecsElapsed()) / 1e6,
                int(all.size()), static_cast<long long>(out.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("ingest"))
        return ingest(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("dump"))
        return dump(args.at(2));
    std::fprintf(stderr, "usage: sync_floor ingest PAGES.jsonl | dump CACHE.sqlite\n");
    return 2;
}
