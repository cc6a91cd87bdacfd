// Loopback benchmark of platform-server: requests per second and p50/p99 latency of
// GET /api/sessions pages and GET /api/me beside a trivial GET /api/health baseline, all
// measured in the same run against one demo server process.
//
//   server_bench [--requests N] [--concurrency C]      (prints a Markdown table)
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "BenchOptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>

#include <algorithm>
#include <cstdio>

using namespace companion::test;

namespace {

struct Result
{
    QString name;
    int requests = 0;
    int failures = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
};

// Keeps `concurrency` requests in flight on QNAM's keep-alive connections until `total`
// have completed; records each request's latency.
Result run(const QString &name, const QUrl &url, const QByteArray &bearer, int total, int concurrency)
{
    QNetworkAccessManager manager;
    QList<double> latencies;
    latencies.reserve(total);
    int started = 0;
    int finished = 0;
    int failures = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    std::function<void()> startOne = [&] {
        if (started >= total)
            return;
        ++started;
        QNetworkRequest request(url);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            latencies.append(timer->nsecsElapsed() / 1e6);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failures;
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                startOne();
        });
    };
    wall.start();
    for (int i = 0; i < concurrency; ++i)
        startOne();
    loop.exec();
    Result result;
    result.name = name;
    result.requests = total;
    result.failures = failures;
    result.seconds = wall.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    result.p50Ms = latencies.at(latencies.size() / 2);
    result.p99Ms = latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = BenchOptions::parse(
        app, QStringLiteral("requests"), QStringLiteral("Requests per endpoint."), QStringLiteral("3000"));
    const int total = options.count;
    const int inFlight = options.concurrency;

    ServerProcess server;
    // No rate limit (we would measure 429s) and warnings only (per-request log lines cost I/O).
    qputenv("QT_LOGGING_RULES", "companion.server.*.info=false");
    if (!server.start({ QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0") })) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    TestHttp http(server.baseUrl());
    const TestReply login = http.post(QStringLiteral("/api/auth/login"),
                                      { { QStringLiteral("email"), QStringLiteral("creator@demo.test") },
                                        { QStringLiteral("password"), QStringLiteral("demo1234") } });
    const QByteArray token = login.json.value(QStringLiteral("access_token")).toString().toUtf8();
    http.setBearer(QString::fromUtf8(token));
    // A cursor at the end: the "nothing changed" poll every client does most often.
    QString cursor;
    for (;;) {
        const TestReply page
            = http.get(QStringLiteral("/api/sessions?limit=500")
                       + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        if (!page.json.value(QStringLiteral("has_more")).toBool())
            break;
    }

    const QList<std::pair<QString, QString>> endpoints {
        { QStringLiteral("GET /api/health (baseline)"), QStringLiteral("/api/health") },
        { QStringLiteral("GET /api/me"), QStringLiteral("/api/me") },
        { QStringLiteral("GET /api/sessions?limit=50 (first page)"),
          QStringLiteral("/api/sessions?limit=50") },
        { QStringLiteral("GET /api/sessions?limit=100 (first page)"),
          QStringLiteral("/api/sessions?limit=100") },
        { QStringLiteral("GET /api/sessions?cursor=… (no changes)"),
          QStringLiteral("/api/sessions?cursor=") + cursor },
    };
    std::printf(
        "| endpoint | requests | req/s | p50 ms | p99 ms | non-200 |\n|---|---:|---:|---:|---:|---:|\n");
    for (const auto &[name, path] : endpoints) {
        run(name, server.url(path), token, std::min(total, 200), inFlight); // warm-up
        const Result r
            = run(name, server.url(path), name.contains(u"health") ? QByteArray() : token, total, inFlight);
        std::printf("| %s | %d | %.0f | %.2f | %.2f | %d |\n", qPrintable(r.name), r.requests,
                    r.requests / r.seconds, r.p50Ms, r.p99Ms, r.failures);
        std::fflush(stdout);
    }
    server.stop();
    return 0;
}
