// The GUI end to end: sign in through the CLI (real keyring), start `companion`
// with --screenshot, and check what a person would see: the PNG is a real
// rendering and shows the signed-in name where the report says it is. Also
// proves the refresh token never lands in a file.
#include "../server/ServerProcess.h"
#include "CliRunner.h"
#include "services/KeychainSecretStore.h"
#include "services/Profile.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

int distinctColors(const QImage &image, const QRect &area)
{
    QSet<QRgb> colors;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            colors.insert(image.pixel(x, y));
    return int(colors.size());
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class TestGuiEndToEnd : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
        return env;
    }

    QJsonObject screenshot(const QStringList &extra, QImage *image)
    {
        const QString png = m_shots.filePath(QStringLiteral("shot.png"));
        const QString json = m_shots.filePath(QStringLiteral("shot.json"));
        QFile::remove(png);
        QFile::remove(json);
        const RunResult r = runProgram(
            QStringLiteral(COMPANION_GUI_PATH),
            QStringList { QStringLiteral("--server"), m_server.baseUrl().toString(),
                          QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--screenshot"), png,
                          QStringLiteral("--screenshot-report"), json }
                + extra,
            {}, environment());
        if (r.exitCode != 0) {
            qWarning("companion failed (%d): %s", r.exitCode, r.err.constData());
            return {};
        }
        image->load(png);
        QFile report(json);
        report.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(report.readAll()).object();
    }

    QString keyringToken()
    {
        KeychainSecretStore store(QStringLiteral("Companion"));
        Profile profile(m_profile.path());
        QString token;
        bool done = false;
        store.read(profile.secretKey(m_server.baseUrl()), [&](const SecretResult &r) {
            token = r.value;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({ QStringLiteral("--demo") }), qPrintable(m_server.errorString()));
        const RunResult r
            = runCli({ QStringLiteral("--server"), m_server.baseUrl().toString(), QStringLiteral("--profile"),
                       m_profile.path(), QStringLiteral("login"), QStringLiteral("--email"),
                       QStringLiteral("creator@demo.test"), QStringLiteral("--password-stdin") },
                     "demo1234\n", environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_tokensSeen << keyringToken();
        QVERIFY(!m_tokensSeen.constFirst().isEmpty());
    }

    void screenshotShowsSignedInUser()
    {
        QImage image;
        const QJsonObject report = screenshot({ QStringLiteral("--page"), QStringLiteral("home") }, &image);
        QVERIFY(!report.isEmpty());
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(distinctColors(image, image.rect()) > 30, "the screenshot looks blank");

        const QJsonObject items = report.value(QLatin1String("items")).toObject();
        const QJsonObject name = items.value(QLatin1String("signedInName")).toObject();
        QCOMPARE(name.value(QLatin1String("text")).toString(), QStringLiteral("Maya Lindqvist"));
        QVERIFY(name.value(QLatin1String("visible")).toBool());
        const QRect nameRect(name.value(QLatin1String("x")).toInt(), name.value(QLatin1String("y")).toInt(),
                             name.value(QLatin1String("width")).toInt(),
                             name.value(QLatin1String("height")).toInt());
        QVERIFY(image.rect().contains(nameRect));
        QVERIFY2(distinctColors(image, nameRect) > 2, "nothing is drawn where the name should be");
        QCOMPARE(
            items.value(QLatin1String("signedInRole")).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("Creator"));
        QVERIFY(items.value(QLatin1String("pageTitle"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("Maya")));
        m_tokensSeen << keyringToken();
    }

    void darkThemeSettingsPage()
    {
        QImage image;
        const QJsonObject report
            = screenshot({ QStringLiteral("--page"), QStringLiteral("settings"), QStringLiteral("--theme"),
                           QStringLiteral("dark"), QStringLiteral("--size"), QStringLiteral("1024x640") },
                         &image);
        QVERIFY(!report.isEmpty());
        QCOMPARE(image.size(), QSize(1024, 640));
        // The content background is dark, the text on it is not.
        QVERIFY(qGray(image.pixel(image.width() - 10, image.height() - 10)) < 80);
        const QJsonObject items = report.value(QLatin1String("items")).toObject();
        QVERIFY(
            items.value(QLatin1String("signOutButton")).toObject().value(QLatin1String("visible")).toBool());
        QCOMPARE(items.value(QLatin1String("pageTitle")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Settings"));
        m_tokensSeen << keyringToken();
    }

    void refreshTokenIsNeverWrittenToAFile()
    {
        QVERIFY(m_tokensSeen.size() >= 2);
        for (const QString &token : std::as_const(m_tokensSeen)) {
            QVERIFY(!token.isEmpty());
            for (const QString &dir : { m_profile.path(), m_config.path(), m_cache.path() }) {
                const QStringList hits = filesContaining(dir, token.toUtf8());
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
            }
        }
        // The profile does hold files (settings), so the scan looked at something.
        QVERIFY(QFile::exists(QDir(m_profile.path()).filePath(QStringLiteral("settings.ini"))));
    }

private:
    ServerProcess m_server;
    QTemporaryDir m_profile, m_config, m_cache, m_shots;
    QStringList m_tokensSeen;
};

QTEST_GUILESS_MAIN(TestGuiEndToEnd)
#include "tst_gui_e2e.moc"
