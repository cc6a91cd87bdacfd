// CommandContext's pure parts: money text in the currency's own minor digits (JPY has
// none: the demo data has no JPY amount, so the CLI's formatting path is tested here) and
// the exit codes scripts rely on.
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "services/net/ApiResponse.h"

#include <QTest>

using namespace companion;
using namespace companion::cli;

class TestCommandContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyText_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("EUR") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("1234.56 EUR");
        QTest::newRow("EUR cents") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("0.05 EUR");
        QTest::newRow("EUR negative")
            << qint64(-4500) << QStringLiteral("EUR") << QStringLiteral("-45.00 EUR");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("0.00 USD");
        QTest::newRow("JPY: no decimals")
            << qint64(4500) << QStringLiteral("JPY") << QStringLiteral("4500 JPY");
        QTest::newRow("JPY negative") << qint64(-120) << QStringLiteral("JPY") << QStringLiteral("-120 JPY");
        QTest::newRow("KWD: three") << qint64(12345) << QStringLiteral("KWD") << QStringLiteral("12.345 KWD");
        QTest::newRow("INT64_MIN") << std::numeric_limits<qint64>::min() << QStringLiteral("EUR")
                                   << QStringLiteral("-92233720368547758.08 EUR");
    }
    void moneyText()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(CommandContext::moneyText(minor, currency), text);
    }

    void exitCodes()
    {
        QCOMPARE(CommandContext::exitCodeFor(SyncEngine::Outcome::Ok), int(Ok));
        QCOMPARE(CommandContext::exitCodeFor(SyncEngine::Outcome::Offline), int(Network));
        QCOMPARE(CommandContext::exitCodeFor(SyncEngine::Outcome::ServerError), int(Network));
        QCOMPARE(CommandContext::exitCodeFor(SyncEngine::Outcome::AuthFailed), int(Auth));
        QCOMPARE(CommandContext::exitCodeFor(SyncEngine::Outcome::Conflict), int(Conflict));
        const auto http = [](int status) {
            ApiResponse response;
            response.kind = ApiResponse::Kind::HttpError;
            response.httpStatus = status;
            return CommandContext::exitCodeFor(response);
        };
        QCOMPARE(http(401), int(Auth));
        QCOMPARE(http(412), int(Conflict));
        QCOMPARE(http(503), int(Network));
        QCOMPARE(http(429), int(Network));
        QCOMPARE(http(422), int(Usage));
        QCOMPARE(CommandContext::exitCodeFor(ApiResponse::networkError(QStringLiteral("gone"))),
                 int(Network));
    }

    void ageText() { QCOMPARE(CommandContext::ageText(QDateTime()), QStringLiteral("never synced")); }
};

QTEST_GUILESS_MAIN(TestCommandContext)
#include "tst_command_context.moc"
