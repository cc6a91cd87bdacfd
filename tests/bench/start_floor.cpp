// The floors the start benchmark is measured against (tests/bench/start_bench.py):
//   start_floor window        an empty Qt Quick Controls ApplicationWindow (the app's style and
//                             size); prints "first-frame NS" (CLOCK_MONOTONIC) on stderr when
//                             its first frame is swapped, as the app's FirstFrameProbe does
//   start_floor cache FILE    the least reading the cached sessions can cost: open the cache
//                             file, SELECT every session's JSON in list order and make Session
//                             values of them; also times PRAGMA quick_check over the file on
//                             its own. Prints {"read_ms", "quick_check_ms", "sessions"} on stdout.
#include "models/Session.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>
#include <cstring>
#include <ctime>

namespace {

long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

int window(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nimport QtQuick.Controls\n"
                    "ApplicationWindow { visible: true; width: 1280; height: 800; title: \"floor\" }");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    bool seen = false;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&seen] {
            if (std::exchange(seen, true))
                return;
            std::fprintf(stderr, "first-frame %lld\n", monotonicNs());
            std::fflush(stderr);
        },
        Qt::DirectConnection);
    return QGuiApplication::exec();
}

int cache(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[2]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QElapsedTimer timer;
    timer.start();
    if (!db.open())
        return 2;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM sessions ORDER BY start, id")))
        return 2;
    QList<companion::Session> sessions;
    while (q.next()) {
        if (auto session
            = companion::Session::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            sessions.append(*session);
    }
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return 2;
    const double checkMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("{\"read_ms\": %.1f, \"quick_check_ms\": %.1f, \"sessions\": %d}\n", readMs, checkMs,
                int(sessions.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "window") == 0)
        return window(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "cache") == 0)
        return cache(argc, argv);
    std::fprintf(stderr, "usage: start_floor window | cache CACHE.sqlite\n");
    return 2;
}
