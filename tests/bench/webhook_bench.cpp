// Loopback benchmark of signed webhook ingest: events/s and p50/p99 per delivery for a
// realistic mixed history (Stripe, Stripe Connect, PlugNmeet, Resend — each verified on the
// raw body and recorded in the inbox before the answer; applied after it), how fast the
// inbox is then applied, its redelivery (duplicates), and forged signatures (rejected),
// beside the unsigned GET /api/health baseline, all in the same run against one demo
// server process.
//
//   webhook_bench [--events N] [--concurrency C]      (prints a Markdown table)
#include "../server/ServerProcess.h"
#include "../webhooks/DatabaseSnapshot.h"
#include "../webhooks/EventHistory.h"
#include "../webhooks/WebhookDeliverer.h"
#include "BenchOptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace companion::test;

namespace {

struct Row
{
    QString name;
    int requests = 0;
    double seconds = 0;
    QList<double> latencies;
    int unexpected = 0;
};

void print(Row r)
{
    std::sort(r.latencies.begin(), r.latencies.end());
    const auto at = [&](int pct) {
        return r.latencies.isEmpty()
            ? 0.0
            : r.latencies.at(std::min<qsizetype>(r.latencies.size() - 1, r.latencies.size() * pct / 100));
    };
    std::printf("| %s | %d | %.0f | %.2f | %.2f | %d |\n", qPrintable(r.name), r.requests,
                r.requests / r.seconds, at(50), at(99), r.unexpected);
    std::fflush(stdout);
}

// `count` requests built by `make(i)`, `concurrency` in flight; `expect` is the status we want.
Row run(const QString &name, const QUrl &base, int count, int concurrency, int expect,
        const std::function<QPair<QNetworkRequest, QByteArray>(int)> &make, const char *method = "POST")
{
    QNetworkAccessManager manager;
    Row row;
    row.name = name;
    row.requests = count;
    int started = 0, finished = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    std::function<void()> startOne = [&] {
        if (started >= count)
            return;
        auto [request, body] = make(started++);
        request.setUrl(base.resolved(request.url()));
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            row.latencies.append(timer->nsecsElapsed() / 1e6);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != expect)
                ++row.unexpected;
            reply->readAll();
            reply->deleteLater();
            if (++finished == count)
                loop.quit();
            else
                startOne();
        });
    };
    wall.start();
    for (int i = 0; i < concurrency; ++i)
        startOne();
    loop.exec();
    row.seconds = wall.nsecsElapsed() / 1e9;
    return row;
}

QPair<QNetworkRequest, QByteArray> signedRequest(const WebhookDelivery &d, bool forge)
{
    QNetworkRequest request(QUrl(QStringLiteral("/api/webhooks/") + d.endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : WebhookDeliverer::sign(d))
        request.setRawHeader(name, value);
    QByteArray body = d.body;
    if (forge)
        body.append(' '); // one byte more than what was signed
    return { request, body };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = BenchOptions::parse(
        app, QStringLiteral("events"), QStringLiteral("Webhook events per row."), QStringLiteral("5000"));
    const int total = options.count;
    const int inFlight = options.concurrency;

    qputenv("QT_LOGGING_RULES", "companion.server.*.info=false");
    ServerProcess server;
    if (!server.start({ QStringLiteral("--demo"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                        QStringLiteral("--no-provider-calls") })) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    // The first 200 events of the history warm up; the next `total` are measured.
    const QList<WebhookDelivery> all = EventHistory::generate(total + 200, 777);
    const QList<WebhookDelivery> warmup = all.mid(0, 200);
    const QList<WebhookDelivery> history = all.mid(200);
    QHash<QString, int> kinds;
    for (const WebhookDelivery &d : history)
        ++kinds[d.endpoint];
    std::fprintf(stderr, "events: stripe %d, stripe-connect %d, plugnmeet %d, resend %d\n",
                 kinds.value(QStringLiteral("stripe")), kinds.value(QStringLiteral("stripe-connect")),
                 kinds.value(QStringLiteral("plugnmeet")), kinds.value(QStringLiteral("resend")));

    const auto health = [](int) {
        return QPair<QNetworkRequest, QByteArray>(QNetworkRequest(QUrl(QStringLiteral("/api/health"))), {});
    };
    std::printf("| request | requests | req/s | p50 ms | p99 ms | unexpected status |\n"
                "|---|---:|---:|---:|---:|---:|\n");
    run(QString(), server.baseUrl(), 200, inFlight, 200, health, "GET");
    run(QString(), server.baseUrl(), warmup.size(), inFlight, 200,
        [&](int i) { return signedRequest(warmup.at(i), false); });
    print(run(QStringLiteral("GET /api/health (unsigned baseline)"), server.baseUrl(), total, inFlight, 200,
              health, "GET"));
    QElapsedTimer applying;
    applying.start();
    print(run(QStringLiteral("POST /api/webhooks/* new events (verify + record; applied after the answer)"),
              server.baseUrl(), history.size(), inFlight, 200,
              [&](int i) { return signedRequest(history.at(i), false); }));
    // The applier works between requests; here it finishes what the answers left behind.
    const auto waiting = [&] {
        return DatabaseSnapshot(server.dataDir())
            .scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE status = 'received'"));
    };
    const qint64 leftAfterIngest = waiting();
    while (waiting() > 0)
        QThread::msleep(20);
    std::printf("| inbox applied (from the first new event until none waits; %lld were waiting after the "
                "last answer) | %d | %.0f | | | |\n",
                leftAfterIngest, int(history.size()), history.size() / (applying.nsecsElapsed() / 1e9));
    std::fflush(stdout);
    print(run(QStringLiteral("POST /api/webhooks/* redelivered (verify + duplicate)"), server.baseUrl(),
              history.size(), inFlight, 200, [&](int i) { return signedRequest(history.at(i), false); }));
    print(run(QStringLiteral("POST /api/webhooks/* body changed (401, nothing written)"), server.baseUrl(),
              history.size(), inFlight, 401, [&](int i) { return signedRequest(history.at(i), true); }));
    print(run(QStringLiteral("GET /api/health (baseline again)"), server.baseUrl(), total, inFlight, 200,
              health, "GET"));
    server.stop();
    return 0;
}
