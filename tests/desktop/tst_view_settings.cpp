// The view settings persist per profile, refuse what is not a tz database name, and the
// "like the system" theme follows the desktop's colour scheme live, read from a settings
// portal the test serves on its own session bus.
#include "PrivateSessionBus.h"
#include "app/gui/desktop/SystemColorScheme.h"
#include "app/gui/settings/ViewSettings.h"

#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

// org.freedesktop.portal.Settings, the part Companion reads.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint scheme = 1; // dark

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        // The portal wraps the value in a second variant.
        return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
    }
};

class TestViewSettings : public QObject
{
    Q_OBJECT

    PrivateSessionBus m_bus;
    FakePortal m_portal;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bus.start(&error), qPrintable(error));
        QDBusConnection portal = m_bus.connect(QStringLiteral("portal"));
        QVERIFY(portal.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &m_portal,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(portal.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }

    void persistsAndRefusesWhatIsNotAZone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            ViewSettings settings(path, nullptr);
            QCOMPARE(settings.theme(), QStringLiteral("system"));
            QCOMPARE(settings.viewZone(), QString());
            QCOMPARE(settings.joinWindowMinutes(), ViewSettings::defaultJoinWindowMinutes);
            settings.setTheme(QStringLiteral("dark"));
            settings.setTheme(QStringLiteral("purple")); // ignored
            settings.setViewZone(QStringLiteral("America/New_York"));
            settings.setJoinWindowMinutes(5);
            for (const char *bad :
                 { "/etc/localtime", "../../etc/passwd", "EST5EDT,M3.2.0,M11.1.0", "UTC+3", "Europe/Nowhere",
                   "Europe/Berlin\n"
                   "x" }) {
                settings.setViewZone(QString::fromLatin1(bad));
                QVERIFY2(!settings.error().isEmpty(), bad);
                QCOMPARE(settings.viewZone(), QStringLiteral("America/New_York"));
            }
            settings.setJoinWindowMinutes(1000);
            QCOMPARE(settings.joinWindowMinutes(), 60);
            settings.setJoinWindowMinutes(5);
            QVERIFY(settings.dark());
            QVERIFY(settings.zones().contains(QStringLiteral("Europe/Berlin")));
            QCOMPARE(settings.zones().first(), QString());
            QCOMPARE(settings.zones().size(), settings.zoneLabels().size());
        }
        ViewSettings again(path, nullptr);
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.viewZone(), QStringLiteral("America/New_York"));
        QCOMPARE(again.joinWindowMinutes(), 5);
        again.setViewZone(QString()); // back to the teaching zone
        QCOMPARE(again.viewZone(), QString());
        QCOMPARE(again.error(), QString());
    }

    void likeTheSystemFollowsTheDesktop()
    {
        // SystemColorScheme reads the session bus of this process: the private one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
        QTemporaryDir dir;
        m_portal.scheme = 1;
        SystemColorScheme system;
        ViewSettings settings(dir.filePath(QStringLiteral("settings.ini")), &system);
        QSignalSpy darkChanged(&settings, &ViewSettings::darkChanged);
        QTRY_VERIFY_WITH_TIMEOUT(settings.dark(), 5000);
        QCOMPARE(darkChanged.size(), 1);

        // The desktop switches to light: the portal says so with SettingChanged.
        QDBusMessage changed = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                          QStringLiteral("org.freedesktop.portal.Settings"),
                                                          QStringLiteral("SettingChanged"));
        changed << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                << QVariant::fromValue(QDBusVariant(uint(2)));
        m_bus.connect(QStringLiteral("portal")).send(changed);
        QTRY_VERIFY_WITH_TIMEOUT(!settings.dark(), 5000);
        QCOMPARE(darkChanged.size(), 2);

        // A chosen theme wins over the desktop.
        settings.setTheme(QStringLiteral("dark"));
        QVERIFY(settings.dark());
        settings.setTheme(QStringLiteral("light"));
        QVERIFY(!settings.dark());
    }
};

QTEST_GUILESS_MAIN(TestViewSettings)
#include "tst_view_settings.moc"
