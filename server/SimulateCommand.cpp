#include "server/SimulateCommand.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

namespace companion::server {

bool SimulateCommand::handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"simulate";
}

int SimulateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Drive the Stripe sandbox of a running platform-server:\n"
                       "  simulate checkout --server URL --offering ID --start RFC3339 --student ID\n"
                       "  simulate payout   --server URL --account acct_...\n"
                       "  simulate refund   --server URL --payment-intent pi_... [--amount CENTS]"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("simulate"), QStringLiteral("simulate"));
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("checkout | payout | refund"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Base URL of the running server."), QStringLiteral("URL"));
    const QCommandLineOption offering(QStringLiteral("offering"), QStringLiteral("Offering id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("Slot start (RFC 3339)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption student(QStringLiteral("student"), QStringLiteral("Student user id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Connected account id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption intent(QStringLiteral("payment-intent"), QStringLiteral("PaymentIntent id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    QStringLiteral("Refund amount in cents (all if unset)."),
                                    QStringLiteral("CENTS"));
    parser.addOptions({ server, offering, start, student, account, intent, amount });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QString what = parser.positionalArguments().value(1);
    QString path;
    QJsonObject body;
    if (what == u"checkout" && parser.isSet(offering) && parser.isSet(start) && parser.isSet(student)) {
        path = QStringLiteral("/sandbox/stripe/test/checkout");
        body = { { QStringLiteral("offering_id"), parser.value(offering) },
                 { QStringLiteral("start"), parser.value(start) },
                 { QStringLiteral("student_id"), parser.value(student) } };
    } else if (what == u"payout" && parser.isSet(account)) {
        path = QStringLiteral("/sandbox/stripe/test/payouts");
        body = { { QStringLiteral("account"), parser.value(account) } };
    } else if (what == u"refund" && parser.isSet(intent)) {
        path = QStringLiteral("/sandbox/stripe/test/refunds");
        body = { { QStringLiteral("payment_intent"), parser.value(intent) },
                 { QStringLiteral("amount"), parser.value(amount).toLongLong() } };
    }
    if (path.isEmpty() || !parser.isSet(server)) {
        std::fprintf(stderr, "platform-server simulate: missing arguments\n\n%s",
                     qPrintable(parser.helpText()));
        return 2;
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(parser.value(server)).resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (status == 0) {
        std::fprintf(stderr, "platform-server simulate: %s\n", qPrintable(reply->errorString()));
        return 1;
    }
    std::printf("%s\n", answer.constData());
    return status >= 200 && status < 300 ? 0 : 1;
}

} // namespace companion::server
