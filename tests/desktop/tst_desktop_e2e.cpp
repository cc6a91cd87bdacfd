// The whole desktop path with the real app: `companion` signed in as Jonas, on a private
// session bus with a notification server the test runs, against a demo platform on the real
// clock. A booking made on the server (as a student on the web would) reaches the app
// through the change stream; its first sync only took the picture, so this booking is the
// one piece of news; and ten minutes before the booked session the reminder comes, from
// the app's own timer.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliLogin.h"
#include "FakeNotificationServer.h"
#include "models/time/InstantFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace companion;
using namespace companion::test;

class TestDesktopE2e : public QObject
{
    Q_OBJECT

    FakeNotificationServer m_notifications;
    ServerProcess m_server;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_notifications.address());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        return env;
    }
    QStringList common() const
    {
        return { QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--profile"),
                 m_home.filePath(QStringLiteral("profile")), QStringLiteral("--insecure-token-store") };
    }
    // The notification whose summary starts with `summary` and whose body with `body`.
    const FakeNotificationServer::Received *find(const QString &summary, const QString &body) const
    {
        for (const auto &n : m_notifications.received) {
            if (n.summary.startsWith(summary) && n.body.startsWith(body))
                return &n;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_notifications.start(&error), qPrintable(error));
        QVERIFY2(m_server.start({ QStringLiteral("--demo"), QStringLiteral("--enable-test-hooks") }),
                 qPrintable(m_server.errorString()));
        const QString login = cliLogin(environment(), common(), QStringLiteral("st1@demo.test"));
        QVERIFY2(login.isEmpty(), qPrintable(login));
    }

    void aWebBookingBringsNewsAndThenItsReminder()
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(COMPANION_GUI_PATH), common());
        QVERIFY(app.waitForStarted(10000));

        // The first sync of this profile takes the picture of Jonas's sessions, silently.
        const QString settings = m_home.filePath(QStringLiteral("profile/settings.ini"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return QSettings(settings, QSettings::IniFormat)
                             .contains(QStringLiteral("news/usr_jonas"));
                     },
                     30000),
                 "the first sync never finished");
        QTest::qWait(500);
        const auto before = m_notifications.received.size();
        for (const auto &n : std::as_const(m_notifications.received))
            QVERIFY2(!n.summary.startsWith(QStringLiteral("New booking")), "news on the first sync");

        // Lena books Jonas's Spanish class on the web, starting in ten minutes and 20 seconds.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(10 * 60 + 20);
        TestHttp hooks(m_server.baseUrl());
        const TestReply reply
            = hooks.post(QStringLiteral("/api/_test/sessions"),
                         { { QStringLiteral("offering_id"), QStringLiteral("off_jonas_spanish") },
                           { QStringLiteral("start"), instant::toUtcStringSecs(start.toSecsSinceEpoch()) },
                           { QStringLiteral("student_id"), QStringLiteral("usr_lena") } });
        QCOMPARE(reply.status, 201);
        const QDateTime berlin = start.toTimeZone(QTimeZone("Europe/Berlin"));

        // The news, within seconds: the stream says "sessions changed", the app syncs.
        const QString when = QLocale(QLocale::English).toString(berlin, QStringLiteral("ddd d MMM, HH:mm"));
        QVERIFY2(
            QTest::qWaitFor([&] { return find(QStringLiteral("New booking: "), when) != nullptr; }, 10000),
            qPrintable(QStringLiteral("no news for %1 among %2 notifications")
                           .arg(when)
                           .arg(m_notifications.received.size())));
        const auto *news = find(QStringLiteral("New booking: "), when);
        QCOMPARE(news->appName, QStringLiteral("Companion"));
        QCOMPARE(news->hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.peerlearning.companion"));

        // Ten minutes before the start (20 seconds from the booking), the reminder.
        const QString time = berlin.toString(QStringLiteral("HH:mm"));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return find(QStringLiteral("Starts in 10 minutes: "), time) != nullptr; }, 70000),
                 "no reminder ten minutes before the booked session");
        const auto *reminder = find(QStringLiteral("Starts in 10 minutes: "), time);
        QVERIFY(reminder->actions.contains(QStringLiteral("join")));
        QVERIFY(reminder->actions.contains(QStringLiteral("snooze")));
        // Once each, nothing else about it.
        QVERIFY(m_notifications.received.size() - before >= 2);
        int reminders = 0;
        for (const auto &n : std::as_const(m_notifications.received))
            reminders += n.summary.startsWith(QStringLiteral("Starts in")) && n.body.startsWith(time);
        QCOMPARE(reminders, 1);

        for (const auto &n : std::as_const(m_notifications.received))
            qInfo().noquote() << "notification:" << n.summary << "|" << n.body << "|"
                              << n.actions.join(QLatin1Char(','));
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestDesktopE2e)
#include "tst_desktop_e2e.moc"
