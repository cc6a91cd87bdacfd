// "Start Companion when I log in": the XDG autostart entry is written where the desktop looks
// for it, quotes its arguments as the Desktop Entry spec says, validates, and goes away.
#include "app/gui/desktop/AutostartEntry.h"
#include "app/gui/desktop/DesktopSettings.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;

class TestAutostart : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); }

    void writesAValidEntryAndRemovesIt()
    {
        const AutostartEntry entry(
            { QStringLiteral("--profile"), QStringLiteral("/home/maya/My Profile \"2\" $x") });
        QCOMPARE(entry.path(),
                 m_config.filePath(QStringLiteral("autostart/org.peerlearning.companion.desktop")));
        QVERIFY(!entry.exists());
        QCOMPARE(entry.setEnabled(true), QString());
        QVERIFY(entry.exists());
        QFile file(entry.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("--profile \"/home/maya/My Profile \\\"2\\\" \\$x\"")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Type=Application\n")));
        if (!QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
            QProcess validate;
            validate.start(QStringLiteral("desktop-file-validate"), { entry.path() });
            QVERIFY(validate.waitForFinished(10000));
            QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
        }
        QCOMPARE(entry.setEnabled(false), QString());
        QVERIFY(!entry.exists());
        QCOMPARE(entry.setEnabled(false), QString()); // already gone: fine
    }

    void settingsPersistPerProfile()
    {
        QTemporaryDir profile;
        const QString path = profile.filePath(QStringLiteral("settings.ini"));
        {
            DesktopSettings settings(path, AutostartEntry());
            QCOMPARE(settings.reminderLeadMinutes(), DesktopSettings::defaultLeadMinutes);
            QVERIFY(!settings.keepInTray());
            QSignalSpy changed(&settings, &DesktopSettings::changed);
            settings.setReminderLeadMinutes(30);
            settings.setKeepInTray(true);
            settings.setReminderLeadMinutes(30); // no change, no signal
            QCOMPARE(changed.size(), 2);
            settings.setReminderLeadMinutes(100000); // clamped
            QCOMPARE(settings.reminderLeadMinutes(), 120);
            settings.setReminderLeadMinutes(30);
            settings.setStartAtLogin(true);
            QVERIFY(settings.startAtLogin());
            QCOMPARE(settings.error(), QString());
        }
        DesktopSettings again(path, AutostartEntry());
        QCOMPARE(again.reminderLeadMinutes(), 30);
        QVERIFY(again.keepInTray());
        QVERIFY(again.startAtLogin());
        again.setStartAtLogin(false);
        QVERIFY(!again.startAtLogin());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
