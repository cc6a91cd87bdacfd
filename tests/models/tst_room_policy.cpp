// What a session room may do (models/video/RoomPolicy) and when Join works
// (models/video/JoinWindow): fixed cases from the review of embedded meeting shells, and
// properties over many generated URLs and instants.
#include "models/video/JoinWindow.h"
#include "models/video/RoomPolicy.h"

#include <QRandomGenerator>
#include <QTest>

using companion::JoinWindow;
using companion::RoomPolicy;

namespace {

const QUrl kJoin(QStringLiteral("http://localhost:8080/sandbox/plugnmeet/?access_token=abc.def.ghi"));
const QUrl kLogout(QStringLiteral("http://127.0.0.1:8080/video/ended?session=ses_1"));

} // namespace

class TestRoomPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void originIsSchemeHostAndPort()
    {
        const RoomPolicy policy(kJoin, kLogout);
        QVERIFY(policy.isValid());
        QCOMPARE(policy.originText(), QStringLiteral("http://localhost:8080"));
        QCOMPARE(RoomPolicy(QUrl(QStringLiteral("https://meet.example.org/room?t=1")), {}).originText(),
                 QStringLiteral("https://meet.example.org:443"));
        QVERIFY(!RoomPolicy(QUrl(QStringLiteral("file:///etc/passwd")), {}).isValid());
        QVERIFY(!RoomPolicy(QUrl(QStringLiteral("javascript:alert(1)")), {}).isValid());
        QVERIFY(!RoomPolicy(QUrl(), {}).isValid());
    }

    void permissionsOnlyForTheRoomsOrigin_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("feature");
        QTest::addColumn<bool>("granted");
        using F = RoomPolicy::Feature;
        for (F f : { F::MediaAudioCapture, F::MediaVideoCapture, F::MediaAudioVideoCapture,
                     F::DesktopVideoCapture, F::DesktopAudioVideoCapture, F::Notifications })
            QTest::addRow("room %d", int(f)) << "http://localhost:8080" << int(f) << true;
        QTest::addRow("geolocation never") << "http://localhost:8080" << int(F::Geolocation) << false;
        QTest::addRow("unknown feature") << "http://localhost:8080" << 99 << false;
        QTest::addRow("negative feature") << "http://localhost:8080" << -1 << false;
        QTest::addRow("127.0.0.1 is another origin")
            << "http://127.0.0.1:8080" << int(F::MediaVideoCapture) << false;
        QTest::addRow("other port") << "http://localhost:8081" << int(F::MediaVideoCapture) << false;
        QTest::addRow("https is another origin")
            << "https://localhost:8080" << int(F::MediaVideoCapture) << false;
        QTest::addRow("subdomain") << "http://evil.localhost:8080" << int(F::MediaAudioCapture) << false;
        QTest::addRow("look-alike") << "http://localhost.evil.org:8080" << int(F::MediaAudioCapture) << false;
        QTest::addRow("empty origin") << "" << int(F::MediaAudioCapture) << false;
        QTest::addRow("data: page") << "data:text/html,hi" << int(F::MediaAudioCapture) << false;
        QTest::addRow("host case does not matter")
            << "http://LOCALHOST:8080" << int(F::MediaAudioCapture) << true;
    }
    void permissionsOnlyForTheRoomsOrigin()
    {
        QFETCH(QString, origin);
        QFETCH(int, feature);
        QFETCH(bool, granted);
        QCOMPARE(RoomPolicy(kJoin, kLogout).grants(QUrl(origin), feature), granted);
        // An invalid policy (no room) grants nothing.
        QVERIFY(!RoomPolicy().grants(QUrl(origin), feature));
    }

    void navigation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("mainFrame");
        QTest::addColumn<int>("decision");
        using N = RoomPolicy::Navigation;
        QTest::addRow("the room") << kJoin.toString() << true << int(N::Stay);
        QTest::addRow("another page of the room") << "http://localhost:8080/x/y" << true << int(N::Stay);
        QTest::addRow("about:blank") << "about:blank" << true << int(N::Stay);
        QTest::addRow("other site") << "https://www.plugnmeet.org/docs" << true << int(N::OpenInBrowser);
        QTest::addRow("other site in a frame") << "https://board.example.org/" << false << int(N::Stay);
        QTest::addRow("logout url") << kLogout.toString() << true << int(N::SessionEnded);
        QTest::addRow("logout url, other query")
            << "http://127.0.0.1:8080/video/ended?session=x" << true << int(N::SessionEnded);
        QTest::addRow("logout url in a frame") << kLogout.toString() << false << int(N::Refuse);
        QTest::addRow("logout look-alike path")
            << "http://127.0.0.1:8080/video/ended2" << true << int(N::OpenInBrowser);
        QTest::addRow("zoommtg") << "zoommtg://zoom.us/join?confno=1" << true << int(N::Refuse);
        QTest::addRow("companion itself") << "companion://join/ses_1" << true << int(N::Refuse);
        QTest::addRow("file") << "file:///etc/passwd" << true << int(N::Refuse);
        QTest::addRow("file in a frame") << "file:///etc/passwd" << false << int(N::Refuse);
        QTest::addRow("javascript") << "javascript:alert(1)" << true << int(N::Refuse);
        QTest::addRow("data") << "data:text/html,<b>x</b>" << false << int(N::Refuse);
        QTest::addRow("mailto") << "mailto:a@b.org" << true << int(N::Refuse);
    }
    void navigation()
    {
        QFETCH(QString, url);
        QFETCH(bool, mainFrame);
        QFETCH(int, decision);
        QCOMPARE(int(RoomPolicy(kJoin, kLogout).navigation(QUrl(url), mainFrame)), decision);
    }

    void newWindows()
    {
        const RoomPolicy policy(kJoin, kLogout);
        using W = RoomPolicy::NewWindow;
        QCOMPARE(
            policy.newWindow(QUrl(QStringLiteral("http://localhost:8080/sandbox/plugnmeet/?access_token=b"))),
            W::RoomWindow);
        QCOMPARE(policy.newWindow(QUrl(QStringLiteral("https://www.plugnmeet.org/"))), W::OpenInBrowser);
        QCOMPARE(policy.newWindow(QUrl(QStringLiteral("zoommtg://x"))), W::Refuse);
        QCOMPARE(policy.newWindow(QUrl(QStringLiteral("about:blank"))), W::Refuse);
        QCOMPARE(policy.newWindow(kLogout), W::OpenInBrowser);
    }

    // Property: over random URLs, a grant implies the room's exact origin; a "stay" in the
    // main frame implies the room's origin or about:blank; nothing but http(s) ever goes to
    // the browser.
    void propertiesOverRandomUrls()
    {
        const RoomPolicy policy(kJoin, kLogout);
        const QStringList schemes { QStringLiteral("http"),    QStringLiteral("https"),
                                    QStringLiteral("ftp"),     QStringLiteral("file"),
                                    QStringLiteral("zoommtg"), QStringLiteral("companion"),
                                    QStringLiteral("ws"),      QStringLiteral("data") };
        const QStringList hosts { QStringLiteral("localhost"),   QStringLiteral("127.0.0.1"),
                                  QStringLiteral("LocalHost"),   QStringLiteral("localhost.example.org"),
                                  QStringLiteral("example.org"), QStringLiteral("[::1]") };
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i) {
            QUrl url;
            url.setScheme(schemes.at(random->bounded(schemes.size())));
            url.setHost(hosts.at(random->bounded(hosts.size())));
            const int port = random->bounded(4) == 0 ? -1 : 8078 + random->bounded(4);
            url.setPort(port);
            url.setPath(QStringLiteral("/p%1").arg(random->bounded(3)));
            const bool mainFrame = random->bounded(2) == 0;
            const bool exactOrigin = RoomPolicy::sameOrigin(url, kJoin);
            for (int feature = -1; feature < 9; ++feature) {
                if (policy.grants(url, feature))
                    QVERIFY2(exactOrigin && feature != int(RoomPolicy::Feature::Geolocation),
                             qPrintable(url.toString()));
            }
            const auto decision = policy.navigation(url, mainFrame);
            if (decision == RoomPolicy::Navigation::Stay && mainFrame)
                QVERIFY2(exactOrigin, qPrintable(url.toString()));
            if (decision == RoomPolicy::Navigation::OpenInBrowser
                || policy.newWindow(url) == RoomPolicy::NewWindow::OpenInBrowser)
                QVERIFY2(RoomPolicy::isWeb(url) && !exactOrigin, qPrintable(url.toString()));
            if (!RoomPolicy::isWeb(url))
                QCOMPARE(decision, RoomPolicy::Navigation::Refuse);
        }
    }

    void joinWindowStates()
    {
        const qint64 start = 1'800'000'000'000;
        const qint64 end = start + 60 * 60'000;
        using S = JoinWindow::State;
        QCOMPARE(JoinWindow::stateAt(start - 10 * 60'000 - 1, start, end, 10, false, true), S::TooEarly);
        QCOMPARE(JoinWindow::stateAt(start - 10 * 60'000, start, end, 10, false, true), S::Open);
        QCOMPARE(JoinWindow::stateAt(end - 1, start, end, 10, false, true), S::Open);
        QCOMPARE(JoinWindow::stateAt(end, start, end, 10, false, true), S::Ended);
        QCOMPARE(JoinWindow::stateAt(start, start, end, 10, false, false), S::Offline);
        QCOMPARE(JoinWindow::stateAt(start - 60 * 60'000, start, end, 10, false, false), S::TooEarly);
        QCOMPARE(JoinWindow::stateAt(start, start, end, 10, true, true), S::Cancelled);
        QCOMPARE(JoinWindow::stateAt(end + 1, start, end, 10, true, false), S::Cancelled);
        QCOMPARE(JoinWindow::stateAt(start - 1, start, end, 0, false, true), S::TooEarly);
        QCOMPARE(JoinWindow::msUntilOpen(start - 11 * 60'000, start, 10), qint64(60'000));
        QCOMPARE(JoinWindow::msUntilOpen(start, start, 10), qint64(0));
    }

    // Property: Open exactly in [start - lead, end), online, not cancelled.
    void joinWindowProperty()
    {
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 20000; ++i) {
            const qint64 start = qint64(random->bounded(1'000'000)) * 60'000;
            const qint64 end = start + qint64(1 + random->bounded(240)) * 60'000;
            const int lead = random->bounded(61);
            const qint64 now
                = start - 120 * 60'000 + qint64(random->bounded(600)) * 60'000 + random->bounded(60'000);
            const bool cancelled = random->bounded(5) == 0;
            const bool online = random->bounded(4) != 0;
            const bool open = now >= start - qint64(lead) * 60'000 && now < end && online && !cancelled;
            QCOMPARE(JoinWindow::stateAt(now, start, end, lead, cancelled, online) == JoinWindow::State::Open,
                     open);
            QVERIFY(JoinWindow::msUntilOpen(now, start, lead) >= 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoomPolicy)
#include "tst_room_policy.moc"
