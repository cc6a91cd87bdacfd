#include "server/WebhooksCommand.h"

#include "server/store/Database.h"
#include "server/store/WebhookEventStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace companion::server {

namespace {

constexpr int kListLimit = 1000;

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

bool WebhooksCommand::handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"webhooks";
}

int WebhooksCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The webhook inbox of a platform-server data directory:\n"
                       "  webhooks --data-dir DIR [--dead | --pending | --all] [--json]\n"
                       "  webhooks --data-dir DIR --retry KEY [--retry KEY ...]\n"
                       "KEY is provider:event id as listed (e.g. stripe:evt_123)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("webhooks"), QStringLiteral("webhooks"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The server's data directory."), QStringLiteral("DIR"));
    const QCommandLineOption dead(QStringLiteral("dead"), QStringLiteral("Dead events (the default)."));
    const QCommandLineOption pending(QStringLiteral("pending"),
                                     QStringLiteral("Events waiting to be applied or retried."));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every recorded event."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON document."));
    const QCommandLineOption retry(QStringLiteral("retry"),
                                   QStringLiteral("Put this dead event back in the inbox."),
                                   QStringLiteral("KEY"));
    parser.addOptions({ dataDir, dead, pending, all, json, retry });
    if (!parser.parse(arguments) || !parser.isSet(dataDir)
        || int(parser.isSet(dead)) + int(parser.isSet(pending)) + int(parser.isSet(all)) > 1) {
        std::fprintf(stderr, "%s\n\n%s",
                     qPrintable(parser.errorText().isEmpty()
                                    ? QStringLiteral("--data-dir and at most one of --dead, --pending, --all")
                                    : parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QString dir = parser.value(dataDir);
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("platform.sqlite")))) {
        std::fprintf(stderr, "platform-server webhooks: no platform.sqlite in %s\n", qPrintable(dir));
        return 1;
    }
    Database db;
    QString error;
    if (!db.open(dir, &error)) {
        std::fprintf(stderr, "platform-server webhooks: %s\n", qPrintable(error));
        return 1;
    }
    WebhookEventStore store(db);
    if (parser.isSet(retry)) {
        int code = 0;
        for (const QString &key : parser.values(retry)) {
            bool found = false;
            if (!store.requeue(key, &found) || !found) {
                std::fprintf(stderr, "platform-server webhooks: %s is not a dead event\n", qPrintable(key));
                code = 1;
                continue;
            }
            print(QStringLiteral("requeued %1").arg(key));
        }
        return code;
    }
    const QString status = parser.isSet(all) ? QString()
        : parser.isSet(pending)              ? QStringLiteral("received")
                                             : QStringLiteral("dead");
    QList<WebhookEventStore::Event> events;
    if (!store.list(status, kListLimit, &events)) {
        std::fprintf(stderr, "platform-server webhooks: cannot read the inbox\n");
        return 1;
    }
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const WebhookEventStore::Event &e : std::as_const(events))
            items.append(QJsonObject { { QStringLiteral("key"), e.key },
                                       { QStringLiteral("provider"), e.provider },
                                       { QStringLiteral("type"), e.type },
                                       { QStringLiteral("status"), e.status },
                                       { QStringLiteral("attempts"), e.attempts },
                                       { QStringLiteral("next_attempt_at_ms"), e.nextAttemptAt },
                                       { QStringLiteral("last_error"), e.lastError },
                                       { QStringLiteral("object"), e.objectKey },
                                       { QStringLiteral("received_at"), e.receivedAt } });
        print(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("events"), items } })
                                    .toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (events.isEmpty())
        print(QStringLiteral("no %1 events")
                  .arg(status.isEmpty()        ? QStringLiteral("recorded")
                           : status == u"dead" ? QStringLiteral("dead")
                                               : QStringLiteral("pending")));
    for (const WebhookEventStore::Event &e : std::as_const(events))
        print(QStringLiteral("%1\t%2\t%3\tattempts=%4\treceived=%5%6")
                  .arg(e.key, e.type, e.status)
                  .arg(e.attempts)
                  .arg(e.receivedAt,
                       e.lastError.isEmpty() ? QString() : QStringLiteral("\terror=") + e.lastError));
    return 0;
}

} // namespace companion::server
