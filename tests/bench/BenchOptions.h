#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace companion::test {

// The options every loopback benchmark takes: how many operations to measure (named per
// benchmark, e.g. --requests or --events) and how many to keep in flight.
struct BenchOptions
{
    int count = 0;
    int concurrency = 0;

    static BenchOptions parse(const QCoreApplication &app, const QString &countName, const QString &countHelp,
                              const QString &defaultCount)
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption count(countName, countHelp, QStringLiteral("N"), defaultCount);
        const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                             QStringLiteral("Requests in flight."), QStringLiteral("C"),
                                             QStringLiteral("6"));
        parser.addOptions({ count, concurrency });
        parser.process(app);
        return { parser.value(count).toInt(), parser.value(concurrency).toInt() };
    }
};

} // namespace companion::test
