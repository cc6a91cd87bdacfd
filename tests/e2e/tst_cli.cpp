// companion-cli end to end: a real platform-server, the real keyring, real processes.
#include "../server/ServerProcess.h"
#include "CliRunner.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace companion::test;

class TestCli : public QObject
{
    Q_OBJECT

    QStringList base(const QString &profile) const
    {
        return { QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--profile"),
                 profile };
    }
    RunResult login(const QString &profile, const QString &email, const QByteArray &password,
                    const QStringList &extra = {})
    {
        return runCli(base(profile) + extra
                          + QStringList { QStringLiteral("--json"), QStringLiteral("login"),
                                          QStringLiteral("--email"), email,
                                          QStringLiteral("--password-stdin") },
                      password + "\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
    }

    void loginWhoamiLogout()
    {
        QTemporaryDir profile;
        RunResult r = login(profile.path(), QStringLiteral("st2@demo.test"), "demo1234");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject user = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("Priya Raman"));
        QCOMPARE(user.value(QLatin1String("time_zone")).toString(), QStringLiteral("America/New_York"));

        // The server is remembered in the profile: no --server needed now.
        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                     QStringLiteral("whoami") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        user = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(user.value(QLatin1String("email")).toString(), QStringLiteral("st2@demo.test"));
        QCOMPARE(user.value(QLatin1String("roles")).toArray().first().toString(), QStringLiteral("st"));
        QCOMPARE(user.value(QLatin1String("offline")).toBool(), false);

        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("whoami") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Priya Raman <st2@demo.test>"));
        QVERIFY(r.out.contains("Role:      S-T"));

        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                     QStringLiteral("logout") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("signed_out")).toBool(), true);

        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("whoami") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Not signed in"), r.err.constData());
    }

    // Quiet by default: a successful sync says nothing on stderr, even with --json; --verbose
    // brings the info lines back.
    void quietUnlessVerbose()
    {
        QTemporaryDir profile;
        RunResult r = login(profile.path(), QStringLiteral("st1@demo.test"), "demo1234");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("--json"),
                     QStringLiteral("sync") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("--verbose"),
                     QStringLiteral("--json"), QStringLiteral("sync") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("companion.services."), r.err.constData());
    }

    void wrongPasswordIsAnAuthError()
    {
        QTemporaryDir profile;
        const RunResult r = login(profile.path(), QStringLiteral("creator@demo.test"), "wrong");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Email or password is incorrect."), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("exit_code")).toInt(), 3);
    }

    void unreachableServerIsANetworkError()
    {
        QTemporaryDir profile;
        ServerProcess stopped;
        QVERIFY(stopped.start());
        const QString url = stopped.baseUrl().toString();
        stopped.stop();
        const RunResult r = loginDemo(QUrl(url), profile.path(), QStringLiteral("creator@demo.test"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("refused"), r.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList {} << QByteArray("Expected a command");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("fly") } << QByteArray("Unknown command");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--nope"), QStringLiteral("whoami") }
                                        << QByteArray("Unknown option");
        QTest::newRow("login without email")
            << QStringList { QStringLiteral("login") } << QByteArray("--email");
        QTest::newRow("remote plain http")
            << QStringList { QStringLiteral("--server"), QStringLiteral("http://example.com"),
                             QStringLiteral("whoami") }
            << QByteArray("plain http");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QTemporaryDir profile;
        const RunResult r = runCli(QStringList { QStringLiteral("--profile"), profile.path() } + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void availabilityShowReadsLikeAWeek()
    {
        QTemporaryDir profile;
        QCOMPARE(login(profile.path(), QStringLiteral("creator@demo.test"), "demo1234").exitCode, 0);
        RunResult r = runCli(base(profile.path())
                             + QStringList { QStringLiteral("availability"), QStringLiteral("show") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("Weekly hours (Europe/Berlin)")),
                 r.out.constData());
        const QRegularExpression day(
            QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (closed|\\d\\d:\\d\\d–\\d\\d:\\d\\d(, "
                           "\\d\\d:\\d\\d–\\d\\d:\\d\\d)*)$"));
        QStringList days;
        for (int i = 1; i <= 7; ++i) {
            QVERIFY2(day.match(lines.value(i)).hasMatch(), qPrintable(lines.value(i)));
            days << lines.value(i).left(3);
        }
        QCOMPARE(days.join(QLatin1Char(' ')), QStringLiteral("Mon Tue Wed Thu Fri Sat Sun"));
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1Char('{')), "not JSON");
        // --json: the whole schedule as the API has it.
        r = runCli(base(profile.path())
                   + QStringList { QStringLiteral("--json"), QStringLiteral("availability"),
                                   QStringLiteral("show") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            r.json().value(QLatin1String("schedule")).toObject().value(QLatin1String("time_zone")).toString(),
            QStringLiteral("Europe/Berlin"));
    }

    void sessionsDefaultToTheNextTwoWeeks()
    {
        QTemporaryDir profile;
        QCOMPARE(login(profile.path(), QStringLiteral("creator@demo.test"), "demo1234").exitCode, 0);
        RunResult r = runCli(base(profile.path())
                             + QStringList { QStringLiteral("--json"), QStringLiteral("sessions") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QDate from = QDate::fromString(r.json().value(QLatin1String("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(r.json().value(QLatin1String("to")).toString(), Qt::ISODate);
        QVERIFY(from.isValid());
        QCOMPARE(from.daysTo(to), 13);
        const QTimeZone zone(r.json().value(QLatin1String("time_zone")).toString().toUtf8());
        QVERIFY(zone.isValid());
        const QJsonArray listed = r.json().value(QLatin1String("sessions")).toArray();
        for (const QJsonValue &value : listed) {
            const QDate day = QDateTime::fromString(value.toObject().value(QLatin1String("start")).toString(),
                                                    Qt::ISODate)
                                  .toTimeZone(zone)
                                  .date();
            QVERIFY2(day >= from && day <= to, qPrintable(day.toString(Qt::ISODate)));
        }
        // --all: every cached session, at least as many.
        r = runCli(
            base(profile.path())
            + QStringList { QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("--all") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().value(QLatin1String("count")).toInt() >= listed.size());
        QVERIFY(r.json().value(QLatin1String("from")).isNull());
        // Text: says which days it shows.
        r = runCli(base(profile.path()) + QStringList { QStringLiteral("sessions") });
        QVERIFY2(r.out.contains("sessions from " + from.toString(Qt::ISODate).toUtf8() + " to "
                                + to.toString(Qt::ISODate).toUtf8()),
                 r.out.constData());
    }

    void offeringsListIdsTitlesAndLimits()
    {
        QTemporaryDir profile;
        QCOMPARE(login(profile.path(), QStringLiteral("creator@demo.test"), "demo1234").exitCode, 0);
        RunResult r = runCli(base(profile.path()) + QStringList { QStringLiteral("offerings") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Maya's three offerings, each with its id, title, price, and a line of limits.
        for (const char *id : { "off_maya_spanish", "off_maya_python", "off_maya_watercolour" })
            QVERIFY2(r.out.contains(QByteArray(id) + "  "), r.out.constData());
        QVERIFY2(r.out.contains("Conversational Spanish"), r.out.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("\\n    \\d+ min(, [^\\n]+)*, \\d+ seats?\\n"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        QVERIFY2(r.out.endsWith("3 offerings\n"), r.out.constData());
        // Each with the page students book it on.
        QCOMPARE(QRegularExpression(
                     QStringLiteral("\\n    book: https?://\\S+/courses/\\S+/book/off_maya_\\w+\\n"))
                     .globalMatch(QString::fromUtf8(r.out))
                     .hasNext(),
                 true);
        QCOMPARE(r.out.count("\n    book: "), 3);
        r = runCli(base(profile.path())
                   + QStringList { QStringLiteral("--json"), QStringLiteral("offerings") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("count")).toInt(), 3);
        const QJsonObject first = r.json().value(QLatin1String("offerings")).toArray().first().toObject();
        QVERIFY(first.contains(QLatin1String("duration_minutes")));
        QVERIFY(first.contains(QLatin1String("minimum_notice_minutes")));
        QVERIFY(
            first.value(QLatin1String("booking_url")).toString().contains(QLatin1String("/book/off_maya_")));
    }

    // The README's command-line examples run as written: each line of the block under "The
    // command line and working offline", with its [optional parts] left out, files it names
    // made from the account's own data, and SESSION_ID an id that does not exist (so the
    // commands that change a session show their syntax is right and refuse only the id).
    void readmeExamplesRunAsWritten()
    {
        QFile readme(QStringLiteral(COMPANION_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype section = text.indexOf(QStringLiteral("## The command line and working offline"));
        QVERIFY(section >= 0);
        const qsizetype begin = text.indexOf(QStringLiteral("```sh\n"), section) + 6;
        const qsizetype end = text.indexOf(QStringLiteral("```"), begin);
        QString block = text.mid(begin, end - begin);
        block.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
        QStringList commands;
        for (QString line : block.split(QLatin1Char('\n'))) {
            line = line.section(QStringLiteral("   #"), 0, 0).trimmed();
            if (!line.startsWith(QStringLiteral("companion-cli ")))
                continue;
            line.remove(QRegularExpression(QStringLiteral("\\s*\\[[^\\]]*\\]")));
            commands << line.mid(14).trimmed();
        }
        QVERIFY2(commands.size() >= 12, qPrintable(commands.join(u'\n')));

        QTemporaryDir work;
        QTemporaryDir profile;
        QCOMPARE(login(profile.path(), QStringLiteral("creator@demo.test"), "demo1234").exitCode, 0);
        // The files the examples name, from this account.
        RunResult r = runCli(base(profile.path())
                             + QStringList { QStringLiteral("--json"), QStringLiteral("availability"),
                                             QStringLiteral("show") });
        const QByteArray schedule
            = QJsonDocument(r.json().value(QLatin1String("schedule")).toObject()).toJson();
        r = runCli(base(profile.path())
                   + QStringList { QStringLiteral("--json"), QStringLiteral("offerings") });
        const QByteArray offering
            = QJsonDocument(r.json().value(QLatin1String("offerings")).toArray().first().toObject()).toJson();
        for (const auto &[name, content] :
             { std::pair { "schedule.json", schedule }, std::pair { "s.json", schedule },
               std::pair { "o.json", offering } }) {
            QFile file(work.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        for (const QString &command : std::as_const(commands)) {
            // Split like a shell would, quotes kept together.
            QStringList words;
            const QRegularExpression word(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
            for (auto it = word.globalMatch(command); it.hasNext();) {
                const auto m = it.next();
                words << (m.captured(1).isNull() ? m.captured(2) : m.captured(1));
            }
            for (QString &w : words) {
                if (w == u"SESSION_ID")
                    w = QStringLiteral("ses_not_there");
                else if (w.endsWith(QStringLiteral(".json")) || w.endsWith(QStringLiteral(".csv"))
                         || w.endsWith(QStringLiteral(".ics")))
                    w = work.filePath(w);
            }
            const bool changesASession = words.value(0) == u"session";
            if (changesASession)
                words << QStringLiteral("--yes");
            r = runCli(base(profile.path()) + words);
            if (changesASession) {
                // Refused for the id alone: the rest of the line was understood.
                QVERIFY2(r.exitCode != 0, qPrintable(command));
                QVERIFY2(r.err.contains("No session ses_not_there") || r.err.contains("does not exist"),
                         qPrintable(command + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            } else {
                QVERIFY2(r.exitCode == 0,
                         qPrintable(command + QStringLiteral(" → ") + QString::number(r.exitCode)
                                    + QLatin1Char(' ') + QString::fromUtf8(r.err)));
            }
        }
        QVERIFY(QFile::exists(work.filePath(QStringLiteral("earnings-2026.csv"))));
        QVERIFY(QFile::exists(work.filePath(QStringLiteral("sessions.ics"))));
    }

    // Refunded money is listed by status but not counted: the total is the other groups' sum.
    void earningsByStatusLeaveRefundsOutOfTheTotal()
    {
        QTemporaryDir profile;
        QCOMPARE(login(profile.path(), QStringLiteral("creator@demo.test"), "demo1234").exitCode, 0);
        const RunResult r = runCli(base(profile.path())
                                   + QStringList { QStringLiteral("earnings"), QStringLiteral("--group-by"),
                                                   QStringLiteral("status") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // "  Refunded   €12.00  (1)  refunded: not counted" — amounts in whole cents.
        const QRegularExpression row(
            QStringLiteral("^  (\\S.*?)\\s+(-?[\\d.,]+)[^\\d(]*\\s+\\((\\d+)\\)(.*)$"));
        const QRegularExpression total(QStringLiteral("^  Total\\s+\\D*?([\\d.,]+)"));
        auto cents = [](QString text) {
            text.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
            return text.toLongLong();
        };
        qint64 counted = 0;
        qint64 refunded = -1;
        qint64 totalCents = -1;
        for (const QString &line : lines) {
            if (const auto m = total.match(line); m.hasMatch()) {
                QCOMPARE(totalCents, -1); // one currency in the demo world
                totalCents = cents(m.captured(1));
                continue;
            }
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            if (m.captured(4).contains(QStringLiteral("refunded: not counted")))
                refunded = cents(m.captured(2));
            else
                counted += cents(m.captured(2));
        }
        QVERIFY2(refunded > 0,
                 qPrintable(QStringLiteral("the demo world has refunds, and they are marked:\n")
                            + QString::fromUtf8(r.out)));
        QVERIFY2(totalCents == counted,
                 qPrintable(QStringLiteral("total %1 vs counted %2\n").arg(totalCents).arg(counted)
                            + QString::fromUtf8(r.out)));
    }

    // Offline, every command says how old its answer is, and says it the same way.
    void oneCacheAgeInEveryCommand()
    {
        // A server of its own, signed in to and then stopped: the profile belongs to its address.
        QTemporaryDir profile;
        ServerProcess stopped;
        QVERIFY(stopped.start({ QStringLiteral("--demo") }));
        const QString gone = stopped.baseUrl().toString();
        QCOMPARE(loginDemo(stopped.baseUrl(), profile.path(), QStringLiteral("st1@demo.test")).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("--server"), gone, QStringLiteral("--profile"), profile.path(),
                          QStringLiteral("sync") })
                     .exitCode,
                 0);
        stopped.stop();
        // A pinned clock, so no minute can turn between two commands and make the ages differ.
        const QString pinned = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate);
        const QStringList offline { QStringLiteral("--server"),    gone,
                                    QStringLiteral("--profile"),   profile.path(),
                                    QStringLiteral("--clock-pin"), pinned };
        QSet<QString> ages;
        for (const QStringList &command :
             { QStringList { QStringLiteral("sessions") }, QStringList { QStringLiteral("earnings") },
               QStringList { QStringLiteral("offerings") },
               QStringList { QStringLiteral("availability"), QStringLiteral("show") } }) {
            const RunResult r = runCli(offline + command);
            QVERIFY2(
                r.exitCode == 0,
                qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            const auto m = QRegularExpression(QStringLiteral("answering from the cache \\(([^)]*)\\)"))
                               .match(QString::fromUtf8(r.err));
            QVERIFY2(
                m.hasMatch(),
                qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            ages.insert(m.captured(1));
        }
        QCOMPARE(ages.size(), 1);
        QCOMPARE(ages.values().constFirst(), QStringLiteral("10 min old"));
    }

    void sessionsRefuseFromAfterTo()
    {
        QTemporaryDir profile;
        const RunResult r = runCli(base(profile.path())
                                   + QStringList { QStringLiteral("sessions"), QStringLiteral("--from"),
                                                   QStringLiteral("2026-12-10"), QStringLiteral("--to"),
                                                   QStringLiteral("2026-12-01") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--from (2026-12-10) is after --to (2026-12-01)"), r.err.constData());
    }

    // A bad file is refused at once, before any sign-in or sync (it used to hang: the
    // failure came before the event loop ran).
    void availabilitySetRefusesABadFileAtOnce_data()
    {
        QTest::addColumn<QByteArray>("content"); // "" = no file at all
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing file") << QByteArray() << QByteArray("Cannot read");
        QTest::newRow("bad JSON") << QByteArray("{\"weekly\": [") << QByteArray("is not a JSON object");
        QTest::newRow("JSON array") << QByteArray("[]") << QByteArray("is not a JSON object");
        QTest::newRow("invalid schedule") << QByteArray("{\"time_zone\": \"Mars/Olympus\", \"weekly\": []}")
                                          << QByteArray("is not a valid schedule");
    }
    void availabilitySetRefusesABadFileAtOnce()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        QTemporaryDir profile;
        const QString file = profile.filePath(QStringLiteral("schedule.json"));
        if (!content.isEmpty()) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        QElapsedTimer timer;
        timer.start();
        // Killed after a second: a hang shows as exit code -1.
        const RunResult r
            = runProgram(QStringLiteral(COMPANION_CLI_PATH),
                         base(profile.path())
                             + QStringList { QStringLiteral("availability"), QStringLiteral("set"), file },
                         {}, QProcessEnvironment::systemEnvironment(), 1000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(timer.elapsed() < 1000);
    }

    void noSecretServiceRefusesToStoreTheToken()
    {
        QTemporaryDir profile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        RunResult r
            = loginDemo(m_server.baseUrl(), profile.path(), QStringLiteral("creator@demo.test"), {}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("keyring") && r.err.contains("--insecure-token-store"), r.err.constData());
        // Nothing was written that holds a token.
        QVERIFY(!QFile::exists(QDir(profile.path()).filePath(QStringLiteral("insecure-secrets.json"))));

        // With the explicit opt-in it works, and warns.
        r = loginDemo(m_server.baseUrl(), profile.path(), QStringLiteral("creator@demo.test"),
                      { QStringLiteral("--insecure-token-store") }, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Warning") && r.err.contains("plain file"), r.err.constData());
        r = runCli({ QStringLiteral("--profile"), profile.path(), QStringLiteral("--insecure-token-store"),
                     QStringLiteral("whoami") },
                   {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Maya Lindqvist"));
    }

private:
    ServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
