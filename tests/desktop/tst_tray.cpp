// The tray icon where a tray exists: the real `companion` on an X display (Xvfb) and a
// private session bus with a StatusNotifier watcher. The icon registers with the watcher;
// its menu (read over com.canonical.dbusmenu, as a panel reads it) has the next session
// with Join, Open, Sync now and Quit; clicking Quit ends the app. Without a watcher, no tray.
#include "../server/DemoWorld.h"
#include "../server/ServerProcess.h"
#include "CliLogin.h"
#include "FakeTrayWatcher.h"
#include "PrivateSessionBus.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

class TestTray : public QObject
{
    Q_OBJECT

    PrivateSessionBus m_bus;
    FakeTrayWatcher m_watcher;
    QProcess m_x;
    QString m_display;
    ServerProcess m_server;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bus.address());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        return env;
    }
    QStringList common() const
    {
        return { QStringLiteral("--server"),
                 m_server.baseUrl().toString(),
                 QStringLiteral("--profile"),
                 m_home.filePath(QStringLiteral("profile")),
                 QStringLiteral("--insecure-token-store"),
                 QStringLiteral("--clock-start"),
                 kDemoNow };
    }
    // The menu as a panel reads it: every item's label.
    QStringList menuLabels(const QString &item)
    {
        QProcess gdbus;
        gdbus.start(QStringLiteral("gdbus"),
                    { QStringLiteral("call"), QStringLiteral("--address"), m_bus.address(),
                      QStringLiteral("--dest"), item, QStringLiteral("--object-path"),
                      QStringLiteral("/MenuBar"), QStringLiteral("--method"),
                      QStringLiteral("com.canonical.dbusmenu.GetLayout"), QStringLiteral("--"),
                      QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("[]") });
        gdbus.setProcessChannelMode(QProcess::MergedChannels);
        // gdbus blocks on its reply from the app, not on this process: waiting is fine.
        if (!gdbus.waitForFinished(10000))
            return {};
        const QString layout = QString::fromUtf8(gdbus.readAllStandardOutput());
        qInfo().noquote() << "tray menu layout:" << gdbus.exitCode() << gdbus.errorString()
                          << layout.left(2000);
        QStringList labels;
        static const QRegularExpression label(QStringLiteral("'label': <'([^']*)'>"));
        for (auto it = label.globalMatch(layout); it.hasNext();)
            labels << it.next().captured(1);
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gdbus")).isEmpty())
            QSKIP("needs Xvfb and gdbus (packaging/debian-packages.txt installs them)");
        QString error;
        QVERIFY2(m_bus.start(&error), qPrintable(error));
        QDBusConnection host = m_bus.connect(QStringLiteral("tray-host"));
        QVERIFY(host.registerObject(QStringLiteral("/StatusNotifierWatcher"), &m_watcher,
                                    QDBusConnection::ExportAllContents));
        QVERIFY(host.registerService(QStringLiteral("org.kde.StatusNotifierWatcher")));

        m_x.start(QStringLiteral("Xvfb"),
                  { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                    QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp") });
        QVERIFY(m_x.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor([&] { return m_x.canReadLine(); }, 10000));
        m_display = QLatin1Char(':') + QString::fromLatin1(m_x.readLine()).trimmed();

        QVERIFY2(m_server.start(demoWorldArguments()), qPrintable(m_server.errorString()));
        const QString login = cliLogin(environment(), common(), QStringLiteral("st1@demo.test"));
        QVERIFY2(login.isEmpty(), qPrintable(login));
    }

    void cleanupTestCase()
    {
        m_x.kill();
        m_x.waitForFinished(3000);
    }

    void theTrayMenuServesTheDay()
    {
        QSignalSpy registered(&m_watcher, &FakeTrayWatcher::StatusNotifierItemRegistered);
        QProcess app;
        app.setProcessEnvironment(environment());
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(COMPANION_GUI_PATH), common());
        QVERIFY(app.waitForStarted(10000));
        QVERIFY2(registered.wait(30000) || !registered.isEmpty(),
                 "the tray icon never registered with the watcher");
        const QString item = registered.first().first().toString();

        // The next session arrives with the first read of the cache or the first sync.
        QStringList labels;
        QVERIFY(QTest::qWaitFor(
            [&] {
                labels = menuLabels(item);
                return !labels.isEmpty() && labels.first().startsWith(QStringLiteral("Next: "));
            },
            30000));
        QVERIFY2(labels.contains(QStringLiteral("Join")), qPrintable(labels.join(QLatin1Char('|'))));
        for (const char *label : { "Open Companion", "Sync now", "Quit" })
            QVERIFY2(labels.contains(QLatin1String(label)), qPrintable(labels.join(QLatin1Char('|'))));

        // Quit, clicked in the panel's menu, ends the app.
        QProcess gdbus;
        gdbus.start(QStringLiteral("gdbus"),
                    { QStringLiteral("call"), QStringLiteral("--address"), m_bus.address(),
                      QStringLiteral("--dest"), item, QStringLiteral("--object-path"),
                      QStringLiteral("/MenuBar"), QStringLiteral("--method"),
                      QStringLiteral("com.canonical.dbusmenu.GetLayout"), QStringLiteral("--"),
                      QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("[]") });
        QVERIFY(gdbus.waitForFinished(10000));
        const QString layout = QString::fromUtf8(gdbus.readAllStandardOutput());
        const QRegularExpressionMatch quit
            = QRegularExpression(QStringLiteral("\\((\\d+), \\{[^}]*'label': <'Quit'>")).match(layout);
        QVERIFY2(quit.hasMatch(), qPrintable(layout));
        QProcess click;
        click.start(QStringLiteral("gdbus"),
                    { QStringLiteral("call"), QStringLiteral("--address"), m_bus.address(),
                      QStringLiteral("--dest"), item, QStringLiteral("--object-path"),
                      QStringLiteral("/MenuBar"), QStringLiteral("--method"),
                      QStringLiteral("com.canonical.dbusmenu.Event"), QStringLiteral("--"), quit.captured(1),
                      QStringLiteral("clicked"), QStringLiteral("<0>"), QStringLiteral("0") });
        QVERIFY(click.waitForFinished(10000));
        QVERIFY(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTray)
#include "tst_tray.moc"
