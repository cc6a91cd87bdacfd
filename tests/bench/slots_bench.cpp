// slots_bench: time per call of the slot engine on the cases of a batch file (the same
// file slots_bench.py times the Python oracle on). A call = JSON objects in, reply JSON
// out: SlotRequest::fromJson + SlotCalculator::compute + slotListToJson.
#include "models/schedule/SlotRequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace companion;

namespace {

// Time spent in SlotCalculator::compute alone during the last runCase().
double g_computeMs = 0;

QJsonObject runCase(const QJsonObject &c)
{
    const auto request = SlotRequest::fromJson(c);
    if (!request)
        return { { QStringLiteral("error"), QStringLiteral("bad input") } };
    QElapsedTimer timer;
    timer.start();
    const auto slotList
        = SlotCalculator::compute(request->schedule, request->offering, request->busy, request->query);
    g_computeMs = timer.nsecsElapsed() / 1e6;
    if (!slotList)
        return { { QStringLiteral("error"), QStringLiteral("compute failed") } };
    return slotListToJson(*slotList, request->query.viewerZone, request->schedule.timeZone);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: slots_bench CASES.json REPEAT\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 2;
    }
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    const int repeat = std::max(1, args.at(2).toInt());
    QJsonArray timings;
    QJsonArray results;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QJsonObject result = runCase(c); // warm-up (zone data loads on first use)
        std::vector<double> samples;
        std::vector<double> computeSamples;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            result = runCase(c);
            samples.push_back(timer.nsecsElapsed() / 1e6);
            computeSamples.push_back(g_computeMs);
        }
        std::sort(samples.begin(), samples.end());
        std::sort(computeSamples.begin(), computeSamples.end());
        timings.append(QJsonObject {
            { QStringLiteral("median_ms"), samples[samples.size() / 2] },
            { QStringLiteral("min_ms"), samples.front() },
            { QStringLiteral("compute_median_ms"), computeSamples[computeSamples.size() / 2] } });
        results.append(result);
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject { { QStringLiteral("timings"), timings },
                                                       { QStringLiteral("results"), results } })
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}
