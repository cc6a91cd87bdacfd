// One Companion per profile: a second launch of the real `companion` binary hands its
// companion:// links and --sync-now to the running instance (here the test process, as the
// first instance) and exits; the running instance routes them (AppController::open).
#include "app/gui/desktop/SingleInstance.h"
#include "app/gui/shell/AppController.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;

    // A second launch for `profile`; returns its exit code (-1: it did not finish).
    // As GuiApplication does: links a second launch forwards go to the app's openLink().
    static void openLinksIn(SingleInstance &first, AppController &app)
    {
        QObject::connect(&first, &SingleInstance::requested, &app,
                         [&app](const SingleInstance::Request &request) {
                             for (const QString &link : request.links)
                                 app.openLink(link);
                         });
    }

    int secondLaunch(const QString &profile, const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(COMPANION_GUI_PATH),
                      QStringList { QStringLiteral("--profile"), profile } + arguments);
        // Spin the event loop while it runs: the first instance may be this process.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 15000))
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The socket lives in the runtime directory; the child inherits this one.
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void aSecondLaunchForwardsItsLinks()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QString error;
        QCOMPARE(first.start({}, &error), SingleInstance::Role::Primary);
        AppController app(nullptr);
        openLinksIn(first, app);
        QSignalSpy requested(&first, &SingleInstance::requested);
        QSignalSpy sessions(&app, &AppController::sessionRequested);
        QSignalSpy raised(&app, &AppController::raiseRequested);

        QString output;
        QCOMPARE(secondLaunch(profile.path(),
                              { QStringLiteral("companion://session/ses_42"), QStringLiteral("--sync-now") },
                              &output),
                 0);
        QCOMPARE(requested.size(), 1);
        const auto request = requested.first().first().value<SingleInstance::Request>();
        QCOMPARE(request.links, QStringList { QStringLiteral("companion://session/ses_42") });
        QVERIFY(request.syncNow);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().at(0).toString(), QStringLiteral("ses_42"));
        QCOMPARE(sessions.first().at(1).toBool(), false);
        QVERIFY(raised.size() >= 1);
    }

    void joinOptionOpensTheRoomOfTheRunningInstance()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QString error;
        QCOMPARE(first.start({}, &error), SingleInstance::Role::Primary);
        AppController app(nullptr);
        openLinksIn(first, app);
        QSignalSpy sessions(&app, &AppController::sessionRequested);
        QCOMPARE(secondLaunch(profile.path(), { QStringLiteral("--join"), QStringLiteral("ses_7") }), 0);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().at(0).toString(), QStringLiteral("ses_7"));
        QCOMPARE(sessions.first().at(1).toBool(), true); // the room, not the details
        QString output;
        QCOMPARE(secondLaunch(profile.path(), { QStringLiteral("--join"), QStringLiteral("../x") }, &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("--join needs a session id")), qPrintable(output));
    }

    void anotherProfileIsAnotherInstance()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        SingleInstance first(one.path());
        SingleInstance second(two.path());
        QVERIFY(first.socketPath() != second.socketPath());
        QString error;
        QCOMPARE(first.start({}, &error), SingleInstance::Role::Primary);
        QCOMPARE(second.start({}, &error), SingleInstance::Role::Primary);
    }

    void aStaleSocketFromACrashIsReplaced()
    {
        QTemporaryDir profile;
        SingleInstance instance(profile.path());
        QFile stale(instance.socketPath());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QString error;
        QCOMPARE(instance.start({}, &error), SingleInstance::Role::Primary);
    }

    void aLinkThatIsNotOursIsRefused()
    {
        QTemporaryDir profile;
        QString output;
        QCOMPARE(secondLaunch(profile.path(), { QStringLiteral("companion://session/../x") }, &output), 2);
        QVERIFY2(output.contains(QStringLiteral("is not a Companion link")), qPrintable(output));
    }

    void helpAndVersionNeedNoDisplay()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COMPANION_GUI_PATH), { QStringLiteral("--version") });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("companion "));
        process.start(QStringLiteral(COMPANION_GUI_PATH), { QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("companion://"));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
