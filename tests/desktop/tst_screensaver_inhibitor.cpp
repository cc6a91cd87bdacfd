// Keeping the screen awake during a session (app/gui/desktop/ScreenSaverInhibitor) against
// services played on a private D-Bus session: the freedesktop ScreenSaver where a desktop
// has it, GNOME's session manager where only that exists, and neither.
#include "PrivateSessionBus.h"
#include "app/gui/desktop/ScreenSaverInhibitor.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using companion::ScreenSaverInhibitor;
using companion::test::PrivateSessionBus;

namespace {

// Records Inhibit/UnInhibit calls, as org.freedesktop.ScreenSaver.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList calls;
    QSet<uint> held;
public Q_SLOTS:
    uint Inhibit(const QString &app, const QString &reason)
    {
        calls << QStringLiteral("Inhibit %1 %2").arg(app, reason);
        held.insert(++m_next);
        return m_next;
    }
    void UnInhibit(uint cookie)
    {
        calls << QStringLiteral("UnInhibit %1").arg(cookie);
        held.remove(cookie);
    }

private:
    uint m_next = 41;
};

// As org.gnome.SessionManager, which takes an X window id and flags too.
class FakeGnomeSession : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.SessionManager")
public:
    QStringList calls;
    QSet<uint> held;
public Q_SLOTS:
    uint Inhibit(const QString &app, uint xid, const QString &reason, uint flags)
    {
        calls << QStringLiteral("Inhibit %1 %2 %3 %4").arg(app).arg(xid).arg(reason).arg(flags);
        held.insert(7);
        return 7;
    }
    void Uninhibit(uint cookie)
    {
        calls << QStringLiteral("Uninhibit %1").arg(cookie);
        held.remove(cookie);
    }
};

// Puts `object` on the private bus as the D-Bus service `name`, at its conventional path
// (org.freedesktop.ScreenSaver -> /org/freedesktop/ScreenSaver).
bool offer(const PrivateSessionBus &bus, const QString &name, QObject *object)
{
    QDBusConnection service = bus.connect(QStringLiteral("service"));
    const QString path = QLatin1Char('/') + QString(name).replace(QLatin1Char('.'), QLatin1Char('/'));
    return service.registerService(name)
        && service.registerObject(path, object, QDBusConnection::ExportAllSlots);
}

} // namespace

class TestScreenSaverInhibitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freedesktopFirstOnceAndReleased()
    {
        PrivateSessionBus bus;
        QString error;
        QVERIFY2(bus.start(&error), qPrintable(error));
        FakeScreenSaver saver;
        QVERIFY(offer(bus, QStringLiteral("org.freedesktop.ScreenSaver"), &saver));

        ScreenSaverInhibitor inhibitor(bus.connect(QStringLiteral("client")));
        QSignalSpy inhibited(&inhibitor, &ScreenSaverInhibitor::inhibited);
        inhibitor.inhibit(QStringLiteral("A session is running"));
        inhibitor.inhibit(QStringLiteral("A session is running")); // a second room: still one
        QVERIFY(inhibited.wait(5000));
        QCOMPARE(inhibited.first().first().toString(), QStringLiteral("org.freedesktop.ScreenSaver"));
        QCOMPARE(saver.calls.size(), 1);
        QVERIFY(
            saver.calls.first().startsWith(QStringLiteral("Inhibit org.peerlearning.companion A session")));
        QCOMPARE(saver.held.size(), 1);

        inhibitor.release();
        QTRY_VERIFY_WITH_TIMEOUT(saver.held.isEmpty(), 5000);
        QCOMPARE(saver.calls.last(), QStringLiteral("UnInhibit 42"));
    }

    void gnomeWhenThereIsNoScreenSaverService()
    {
        PrivateSessionBus bus;
        QString error;
        QVERIFY2(bus.start(&error), qPrintable(error));
        FakeGnomeSession gnome;
        QVERIFY(offer(bus, QStringLiteral("org.gnome.SessionManager"), &gnome));
        {
            ScreenSaverInhibitor inhibitor(bus.connect(QStringLiteral("client")));
            QSignalSpy inhibited(&inhibitor, &ScreenSaverInhibitor::inhibited);
            inhibitor.inhibit(QStringLiteral("A session is running"));
            QVERIFY(inhibited.wait(5000));
            QCOMPARE(inhibited.first().first().toString(), QStringLiteral("org.gnome.SessionManager"));
            // flags 8: inhibit idle (the screen stays on), not suspend or logout.
            QCOMPARE(gnome.calls.first(),
                     QStringLiteral("Inhibit org.peerlearning.companion 0 A session is running 8"));
        }
        // Destroyed while holding it (the app quit): released all the same.
        QTRY_VERIFY_WITH_TIMEOUT(gnome.held.isEmpty(), 5000);
    }

    void releasedBeforeTheAnswerCameStillReleases()
    {
        PrivateSessionBus bus;
        QString error;
        QVERIFY2(bus.start(&error), qPrintable(error));
        FakeScreenSaver saver;
        QVERIFY(offer(bus, QStringLiteral("org.freedesktop.ScreenSaver"), &saver));
        ScreenSaverInhibitor inhibitor(bus.connect(QStringLiteral("client")));
        inhibitor.inhibit(QStringLiteral("A session is running"));
        inhibitor.release(); // the room closed at once
        QTRY_COMPARE_WITH_TIMEOUT(saver.calls.size(), 2, 5000);
        QVERIFY(saver.held.isEmpty());
    }

    void nobodyToAskIsNotAnError()
    {
        PrivateSessionBus bus;
        QString error;
        QVERIFY2(bus.start(&error), qPrintable(error));
        ScreenSaverInhibitor inhibitor(bus.connect(QStringLiteral("client")));
        QSignalSpy inhibited(&inhibitor, &ScreenSaverInhibitor::inhibited);
        inhibitor.inhibit(QStringLiteral("A session is running"));
        QVERIFY(inhibited.wait(10000));
        QCOMPARE(inhibited.first().first().toString(), QString());
        inhibitor.release();
    }
};

QTEST_GUILESS_MAIN(TestScreenSaverInhibitor)
#include "tst_screensaver_inhibitor.moc"
