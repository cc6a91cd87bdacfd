// Reminders and booking news against a real D-Bus notification server (a private
// dbus-daemon the test runs), with a pinned clock: before, at, after a sleep gap, after a
// restart, across both DST changes, with snooze; and ReminderPlan's rule as a property.
#include "FakeNotificationServer.h"
#include "app/gui/desktop/BookingNews.h"
#include "app/gui/desktop/DesktopNotifier.h"
#include "app/gui/desktop/SessionReminders.h"
#include "app/gui/settings/UiLanguage.h"
#include "models/time/Clock.h"
#include "models/time/InstantFormat.h"
#include "models/time/ReminderPlan.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using companion::test::FakeNotificationServer;

namespace {
const QString me = QStringLiteral("usr_me");

qint64 at(const char *text)
{
    return *instant::parseMs(QString::fromLatin1(text));
}

Session session(const QString &id, qint64 startMs, const QString &teacher = me, int minutes = 60)
{
    Session s;
    s.id = id;
    s.courseTitle = QStringLiteral("Watercolour basics");
    s.teacherId = teacher;
    s.timeZone = QStringLiteral("Europe/Berlin");
    s.start = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
    s.end = s.start.addSecs(minutes * 60);
    s.bookedSeats = 3;
    s.seats = 4;
    return s;
}
} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNotificationServer> m_server;
    QTemporaryDir m_dir;
    int m_file = 0;
    QString m_settings;
    UiLanguage m_language;

    // One app instance: a notifier on the private bus and the reminders over it.
    struct App
    {
        std::unique_ptr<DesktopNotifier> notifier;
        std::unique_ptr<SessionReminders> reminders;
    };
    App launch(const QList<Session> &sessions, int lead = 10)
    {
        App app;
        app.notifier = std::make_unique<DesktopNotifier>(m_server->clientBus());
        app.reminders = std::make_unique<SessionReminders>(app.notifier.get(), m_settings);
        app.reminders->setLeadMinutes(lead);
        app.reminders->setAccount(me);
        app.reminders->setSessions(sessions);
        return app;
    }
    // Waits until the server holds `count` notifications, then a little for extra ones.
    bool settle(qsizetype count)
    {
        const bool reached = QTest::qWaitFor([&] { return m_server->received.size() >= count; }, 3000);
        QTest::qWait(100);
        return reached && m_server->received.size() == count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does: English with its plural forms ("1 minute", "3 minutes").
        m_language.apply(QLocale::c());
    }
    void init()
    {
        m_server = std::make_unique<FakeNotificationServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_settings = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_file));
    }
    void cleanup()
    {
        for (const auto &n : std::as_const(m_server->received))
            qInfo().noquote() << "notification:" << n.summary << "|" << n.body << "|"
                              << n.actions.join(QLatin1Char(','));
        m_server.reset();
        Clock::useSystem();
    }

    void firesOnceAtTheLeadTime()
    {
        const qint64 start = at("2026-12-10T17:00:00Z");
        Clock::pinAt(start - 11 * 60'000);
        App app = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(0));

        Clock::pinAt(start - 10 * 60'000);
        app.reminders->check();
        QVERIFY(settle(1));
        const auto n = m_server->received.constFirst();
        QCOMPARE(n.summary, QStringLiteral("Starts in 10 minutes: Watercolour basics"));
        QCOMPARE(n.body, QStringLiteral("18:00–19:00 (Europe/Berlin) · 3 students booked"));
        QCOMPARE(n.appName, QStringLiteral("Companion"));
        QCOMPARE(n.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.peerlearning.companion"));
        QCOMPARE(n.actions,
                 (QStringList { QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("join"),
                                QStringLiteral("Join"), QStringLiteral("snooze"),
                                QStringLiteral("Snooze 5 min") }));

        Clock::pinAt(start - 9 * 60'000);
        app.reminders->check();
        QVERIFY(settle(1));

        // A restart: the checked window is remembered, nothing repeats.
        app = {};
        Clock::pinAt(start - 5 * 60'000);
        App again = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(1));
    }

    void aSleepGapFiresOnceOnWaking()
    {
        const qint64 start = at("2026-12-10T17:00:00Z");
        const qint64 ended = at("2026-12-10T15:00:00Z"); // ends 16:00, before the wake
        Clock::pinAt(start - 30 * 60'000);
        App app
            = launch({ session(QStringLiteral("ses_1"), start), session(QStringLiteral("ses_gone"), ended) });
        QVERIFY(settle(0));

        // The lid closed at 16:30 and opened at 17:03.
        Clock::pinAt(start + 3 * 60'000);
        app.reminders->check();
        QVERIFY(settle(1));
        QCOMPARE(m_server->received.constFirst().summary,
                 QStringLiteral("Started 3 minutes ago: Watercolour basics"));
        app.reminders->check();
        QVERIFY(settle(1));
    }

    void aClosedAppRemindsAtItsNextStart()
    {
        const qint64 start = at("2026-12-10T17:00:00Z");
        Clock::pinAt(start - 60 * 60'000);
        launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(0));
        // Closed at 16:00, started again at 16:55: the 16:50 reminder fires now, once.
        Clock::pinAt(start - 5 * 60'000);
        App app = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(1));
        QCOMPARE(m_server->received.constFirst().summary,
                 QStringLiteral("Starts in 5 minutes: Watercolour basics"));
    }

    void dstChangesDoNotMoveAReminder_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QString>("body");
        // Spring: 01:00Z is 03:00 CEST, the first instant after the gap.
        QTest::newRow("spring") << at("2026-03-29T01:05:00Z")
                                << QStringLiteral("03:05–04:05 (Europe/Berlin) · 3 students booked");
        // Autumn: 01:05Z is the second 02:05 of the night (CET).
        QTest::newRow("autumn") << at("2026-10-25T01:05:00Z")
                                << QStringLiteral("02:05–03:05 (Europe/Berlin) · 3 students booked");
    }
    void dstChangesDoNotMoveAReminder()
    {
        QFETCH(qint64, start);
        QFETCH(QString, body);
        Clock::pinAt(start - 10 * 60'000 - 1);
        App app = launch({ session(QStringLiteral("ses_dst"), start) });
        QVERIFY(settle(0));
        Clock::pinAt(start - 10 * 60'000);
        app.reminders->check();
        QVERIFY(settle(1));
        QCOMPARE(m_server->received.constFirst().body, body);
    }

    void snoozeRemindsAgainAfterFiveMinutesEvenAfterARestart()
    {
        const qint64 start = at("2026-12-10T17:00:00Z");
        Clock::pinAt(start - 10 * 60'000);
        App app = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(1));
        const uint id = m_server->received.constFirst().id;
        m_server->invoke(id, QStringLiteral("snooze"));
        // The snooze arrives over D-Bus; it is persisted before anything else happens.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return ReminderState::fromJson(
                           QJsonDocument::fromJson(QSettings(m_settings, QSettings::IniFormat)
                                                       .value(QStringLiteral("reminders/usr_me"))
                                                       .toByteArray())
                               .object())
                    .snoozedUntilMs.contains(QStringLiteral("ses_1"));
            },
            3000));
        app = {};

        Clock::pinAt(start - 5 * 60'000 - 1);
        App again = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(1));
        Clock::pinAt(start - 5 * 60'000);
        again.reminders->check();
        QVERIFY(settle(2));
        QCOMPARE(m_server->received.at(1).summary, QStringLiteral("Starts in 5 minutes: Watercolour basics"));
        Clock::pinAt(start);
        again.reminders->check();
        QVERIFY(settle(2));
    }

    void actionsOpenTheSession()
    {
        const qint64 start = at("2026-12-10T17:00:00Z");
        Clock::pinAt(start - 10 * 60'000);
        App app = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(1));
        QSignalSpy opened(app.reminders.get(), &SessionReminders::openRequested);
        m_server->invoke(m_server->received.constFirst().id, QStringLiteral("join"));
        QVERIFY(opened.wait(3000));
        auto link = opened.takeFirst().at(0).value<DeepLink>();
        QCOMPARE(link.kind, DeepLink::Kind::Join);
        QCOMPARE(link.sessionId, QStringLiteral("ses_1"));
        m_server->invoke(m_server->received.constFirst().id, QStringLiteral("default"));
        QVERIFY(opened.wait(3000));
        link = opened.takeFirst().at(0).value<DeepLink>();
        QCOMPARE(link.kind, DeepLink::Kind::Session);
        // Another program's notification id is not ours.
        m_server->invoke(999, QStringLiteral("join"));
        QVERIFY(!opened.wait(300));
    }

    void onlyOwnScheduledSessions()
    {
        const qint64 start = at("2026-12-10T17:00:00Z");
        Session cancelled = session(QStringLiteral("ses_c"), start);
        cancelled.status = Session::Status::Cancelled;
        Clock::pinAt(start - 10 * 60'000);
        App app
            = launch({ session(QStringLiteral("ses_other"), start, QStringLiteral("usr_jonas")), cancelled });
        QVERIFY(settle(0));
    }

    void noActionsWhereTheServerShowsNone()
    {
        m_server = std::make_unique<FakeNotificationServer>(false);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        const qint64 start = at("2026-12-10T17:00:00Z");
        Clock::pinAt(start - 10 * 60'000);
        App app = launch({ session(QStringLiteral("ses_1"), start) });
        QVERIFY(settle(1));
        QVERIFY(m_server->received.constFirst().actions.isEmpty());
    }

    void bookingNewsAfterASync()
    {
        const qint64 now = at("2026-12-07T12:00:00Z");
        Clock::pinAt(now);
        DesktopNotifier notifier(m_server->clientBus());
        BookingNews news(&notifier, m_settings);
        news.setAccount(me);
        Session tonight = session(QStringLiteral("ses_1"), at("2026-12-07T17:00:00Z"));
        Session friday = session(QStringLiteral("ses_2"), at("2026-12-11T09:00:00Z"));
        Session jonas
            = session(QStringLiteral("ses_j"), at("2026-12-08T09:00:00Z"), QStringLiteral("usr_jonas"));
        Session past = session(QStringLiteral("ses_p"), at("2026-12-06T09:00:00Z"));
        // The first sync of a new profile only takes the picture.
        news.synced({ tonight, friday, jonas, past });
        QVERIFY(settle(0));

        tonight.bookedSeats = 4;
        friday.status = Session::Status::Cancelled;
        jonas.bookedSeats = 4;
        past.bookedSeats = 4;
        Session added = session(QStringLiteral("ses_3"), at("2026-12-12T09:00:00Z"));
        added.bookedSeats = 1;
        Session empty = session(QStringLiteral("ses_4"), at("2026-12-13T09:00:00Z"));
        empty.bookedSeats = 0;
        news.synced({ tonight, friday, jonas, past, added, empty });
        QVERIFY(settle(3));
        QCOMPARE(m_server->received.at(0).summary, QStringLiteral("New booking: Watercolour basics"));
        QCOMPARE(m_server->received.at(0).body, QStringLiteral("Mon 7 Dec, 18:00 · 4 of 4 seats booked"));
        QCOMPARE(m_server->received.at(1).summary, QStringLiteral("Cancelled: Watercolour basics"));
        QCOMPARE(m_server->received.at(1).body,
                 QStringLiteral("Fri 11 Dec, 10:00 · the session will not take place"));
        QCOMPARE(m_server->received.at(2).body, QStringLiteral("Sat 12 Dec, 10:00 · 1 of 4 seats booked"));

        // The same picture again: nothing new.
        news.synced({ tonight, friday, jonas, past, added, empty });
        QVERIFY(settle(3));

        // Many at once: two bubbles and one that counts the rest.
        QList<Session> many { tonight, friday, jonas, past, added, empty };
        for (int i = 0; i < 5; ++i) {
            Session s = session(QStringLiteral("ses_n%1").arg(i), at("2026-12-14T09:00:00Z") + i * 3'600'000);
            many.append(s);
        }
        news.synced(many);
        QVERIFY(settle(6));
        QCOMPARE(m_server->received.at(5).summary, QStringLiteral("3 more changes to your sessions"));
    }

    // ReminderPlan's rule, over random sessions and random check times (with sleep gaps):
    // a reminder fires at the first check at or after its instant, once, never early, and
    // never for a session that has ended by then.
    void planProperty()
    {
        QRandomGenerator random(20261207);
        const qint64 base = at("2026-12-07T00:00:00Z");
        for (int round = 0; round < 200; ++round) {
            const int lead = int(random.bounded(0, 61));
            const ReminderPlan plan(me, lead);
            QList<Session> sessions;
            for (int i = 0; i < 20; ++i) {
                Session s = session(QStringLiteral("s%1").arg(i), base + random.bounded(0, 48 * 60) * 60'000,
                                    random.bounded(4) == 0 ? QStringLiteral("usr_x") : me,
                                    int(random.bounded(15, 120)));
                sessions.append(s);
            }
            ReminderState state;
            qint64 now = base - random.bounded(0, 120) * 60'000;
            const qint64 first = now - ReminderPlan::firstWindowMs;
            QHash<QString, qint64> firedAt;
            QList<qint64> checks;
            while (now < base + 50 * 3'600'000LL) {
                const qint64 previous = state.checkedUpToMs >= 0 ? state.checkedUpToMs : first;
                checks.append(now);
                for (const DueReminder &due : plan.check(sessions, now, state)) {
                    QVERIFY2(!firedAt.contains(due.sessionId), "a reminder fired twice");
                    firedAt.insert(due.sessionId, now);
                    QVERIFY(due.dueAtMs > previous && due.dueAtMs <= now);
                }
                // Mostly a minute; sometimes the computer sleeps for hours.
                now += random.bounded(10) == 0 ? random.bounded(1, 600) * 60'000LL : 60'000LL;
            }
            for (const Session &s : sessions) {
                const qint64 remindAt = plan.remindAtMs(s);
                if (!plan.remindable(s) || remindAt <= first) {
                    QVERIFY(!firedAt.contains(s.id));
                    continue;
                }
                // The first check at or after the reminder's instant is when it must fire,
                // unless the session had ended by then.
                const auto check = std::lower_bound(checks.cbegin(), checks.cend(), remindAt);
                const bool due = check != checks.cend() && *check < s.end.toMSecsSinceEpoch();
                QCOMPARE(firedAt.contains(s.id), due);
                if (due)
                    QCOMPARE(firedAt.value(s.id), *check);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
