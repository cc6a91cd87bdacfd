// The GUI end to end: sign in through the CLI (real keyring), start `companion`
// with --screenshot, and check what a person would see: the PNG is a real
// rendering and shows the signed-in name where the report says it is. Also
// proves the refresh token never lands in a file.
#include "../server/ServerProcess.h"
#include "../server/TestHttp.h"
#include "CliRunner.h"
#include "ScreenshotChecks.h"
#include "services/auth/KeychainSecretStore.h"
#include "services/auth/Profile.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

namespace {

QJsonObject item(const QJsonObject &report, const QString &name)
{
    return report.value(QLatin1String("items")).toObject().value(name).toObject();
}

// A named item a person can see: reported visible, inside the window, and
// something drawn where it is.
bool shows(const QJsonObject &report, const QImage &image, const QString &name, QByteArray *why)
{
    const QJsonObject entry = item(report, name);
    const QRect rect = rectOf(entry);
    if (entry.isEmpty())
        *why = name.toUtf8() + " is not in the report";
    else if (!entry.value(QLatin1String("visible")).toBool())
        *why = name.toUtf8() + " is not visible";
    else if (!image.rect().contains(rect))
        *why = name.toUtf8() + " is outside the window";
    else if (distinctColors(image, rect) <= 2)
        *why = name.toUtf8() + ": nothing is drawn there";
    else
        return true;
    return false;
}

const QStringList kDemoCourses { QStringLiteral("Python for Data Analysis"),
                                 QStringLiteral("Conversational Spanish"),
                                 QStringLiteral("Watercolour Basics") };

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

    QProcessEnvironment environment() const { return isolatedEnvironment(m_config.path(), m_cache.path()); }

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
        const RunResult r = loginDemo(m_server.baseUrl(), m_profile.path(),
                                      QStringLiteral("creator@demo.test"), {}, environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_tokensSeen << keyringToken();
        QVERIFY(!m_tokensSeen.constFirst().isEmpty());
    }

    // First run: an empty profile and no --server. The window opens (it used to refuse to
    // start) at the step that asks for the platform's address.
    void firstRunAsksForThePlatform()
    {
        QTemporaryDir empty;
        const QString png = m_shots.filePath(QStringLiteral("first.png"));
        const QString json = m_shots.filePath(QStringLiteral("first.json"));
        const RunResult r
            = runProgram(QStringLiteral(COMPANION_GUI_PATH),
                         { QStringLiteral("--profile"), empty.path(), QStringLiteral("--screenshot"), png,
                           QStringLiteral("--screenshot-report"), json },
                         {}, environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(item(report, QStringLiteral("serverField")).value(QLatin1String("visible")).toBool());
        QVERIFY(
            item(report, QStringLiteral("serverContinueButton")).value(QLatin1String("visible")).toBool());
        QVERIFY(!item(report, QStringLiteral("emailField")).value(QLatin1String("visible")).toBool());
        // Nothing was remembered: no server until a sign-in succeeds.
        QVERIFY(Profile(empty.path()).serverUrl().isEmpty());
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

    void bookingsListShowsSessionCards()
    {
        QImage image;
        const QJsonObject report
            = screenshot({ QStringLiteral("--page"), QStringLiteral("bookings") }, &image);
        QVERIFY(!report.isEmpty());
        QByteArray why;
        QVERIFY2(shows(report, image, QStringLiteral("sessionCard_0"), &why), why.constData());
        QVERIFY2(shows(report, image, QStringLiteral("sessionTitle_0"), &why), why.constData());
        const QString title
            = item(report, QStringLiteral("sessionTitle_0")).value(QLatin1String("text")).toString();
        QVERIFY2(kDemoCourses.contains(title), qPrintable(title));
        QCOMPARE(item(report, QStringLiteral("sessionStatus_0")).value(QLatin1String("text")).toString(),
                 QStringLiteral("Scheduled"));
        QVERIFY(
            QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d–\\d\\d:\\d\\d$"))
                .match(item(report, QStringLiteral("sessionTime_0")).value(QLatin1String("text")).toString())
                .hasMatch());
        QVERIFY(!item(report, QStringLiteral("bookingsEmpty")).value(QLatin1String("visible")).toBool());
        // The sync indicator says the data is fresh.
        QCOMPARE(item(report, QStringLiteral("syncStatusText")).value(QLatin1String("text")).toString(),
                 QStringLiteral("Up to date"));
    }

    void earningsTotalsInTheDarkAtTheSmallSize()
    {
        QImage image;
        const QJsonObject report
            = screenshot({ QStringLiteral("--page"), QStringLiteral("earnings"), QStringLiteral("--theme"),
                           QStringLiteral("dark"), QStringLiteral("--size"), QStringLiteral("1024x640") },
                         &image);
        QVERIFY(!report.isEmpty());
        QCOMPARE(image.size(), QSize(1024, 640));
        QByteArray why;
        QVERIFY2(shows(report, image, QStringLiteral("earningsTotal"), &why), why.constData());
        const QString total
            = item(report, QStringLiteral("earningsTotal")).value(QLatin1String("text")).toString();
        QVERIFY2(total.contains(QStringLiteral("€"))
                     && total.contains(QRegularExpression(QStringLiteral("[1-9]"))),
                 qPrintable(total));
        for (const QString &name : { QStringLiteral("earningsPending"), QStringLiteral("earningsPaid"),
                                     QStringLiteral("earningsBar_0"), QStringLiteral("earningsBarAmount_0") })
            QVERIFY2(shows(report, image, name, &why), why.constData());
        QVERIFY(!item(report, QStringLiteral("earningsEmpty")).value(QLatin1String("visible")).toBool());
        // Dark background, light total: the value's box has both.
        const QRect totalRect = rectOf(item(report, QStringLiteral("earningsTotal")));
        int lightest = 0;
        for (int x = totalRect.left(); x < totalRect.right(); ++x)
            lightest = std::max(lightest, qGray(image.pixel(x, totalRect.center().y())));
        QVERIFY2(lightest > 180, "the total is not light on the dark theme");
        QVERIFY(qGray(image.pixel(image.width() - 6, image.height() - 6)) < 80);
    }

    void homeShowsNextSessionAndThisMonth()
    {
        QImage image;
        const QJsonObject report = screenshot({ QStringLiteral("--page"), QStringLiteral("home"),
                                                QStringLiteral("--size"), QStringLiteral("1024x640") },
                                              &image);
        QVERIFY(!report.isEmpty());
        QByteArray why;
        for (const QString &name : { QStringLiteral("nextSessionTitle"), QStringLiteral("nextSessionWhen"),
                                     QStringLiteral("joinButton"), QStringLiteral("syncNowCompact") })
            QVERIFY2(shows(report, image, name, &why), why.constData());
        QVERIFY(kDemoCourses.contains(
            item(report, QStringLiteral("nextSessionTitle")).value(QLatin1String("text")).toString()));
        QVERIFY(item(report, QStringLiteral("monthEarnings"))
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QStringLiteral("€")));
        QCOMPARE(item(report, QStringLiteral("outboxSummary")).value(QLatin1String("text")).toString(),
                 QStringLiteral("All your changes are on the server"));
    }

    void conflictIsShownWithBothVersions()
    {
        // Offline, this computer edits Friday against the cached version N;
        // meanwhile another device changes Monday. The next sync is a conflict.
        const auto otherDevice = [this] {
            auto http = std::make_unique<TestHttp>(m_server.baseUrl());
            const TestReply login
                = http->post(QStringLiteral("/api/auth/login"),
                             { { QStringLiteral("email"), QStringLiteral("creator@demo.test") },
                               { QStringLiteral("password"), QStringLiteral("demo1234") } });
            http->setBearer(login.json.value(QLatin1String("access_token")).toString());
            return http;
        };
        QJsonObject schedule = otherDevice()->get(QStringLiteral("/api/availability")).json;
        const int version = schedule.value(QLatin1String("version")).toInt();
        schedule.remove(QStringLiteral("version"));
        schedule.remove(QStringLiteral("updated_at"));
        const auto withWeekly = [&schedule](int day, const QString &start) {
            QJsonObject copy = schedule;
            QJsonArray weekly;
            for (const QJsonValue &value : schedule.value(QLatin1String("weekly")).toArray()) {
                QJsonObject window = value.toObject();
                if (window.value(QLatin1String("day")).toInt() == day
                    && window.value(QLatin1String("start")).toString() == QLatin1String("09:00"))
                    window.insert(QStringLiteral("start"), start);
                weekly.append(window);
            }
            copy.insert(QStringLiteral("weekly"), weekly);
            return copy;
        };
        const QString mine = m_shots.filePath(QStringLiteral("mine.json"));
        {
            QFile file(mine);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(withWeekly(5, QStringLiteral("10:00"))).toJson());
        }
        const QStringList where { QStringLiteral("--server"), m_server.baseUrl().toString(),
                                  QStringLiteral("--profile"), m_profile.path() };
        const int port = m_server.baseUrl().port();
        QVERIFY(m_server.stop());
        RunResult r
            = runCli(where + QStringList { QStringLiteral("availability"), QStringLiteral("set"), mine }, {},
                     environment());
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(port) }),
            qPrintable(m_server.errorString()));
        const TestReply theirs
            = otherDevice()->put(QStringLiteral("/api/availability"), withWeekly(1, QStringLiteral("08:00")),
                                 { { "If-Match", '"' + QByteArray::number(version) + '"' } });
        QCOMPARE(theirs.status, 200);
        r = runCli(where + QStringList { QStringLiteral("sync") }, {}, environment());
        QVERIFY2(r.exitCode == 5, r.out + r.err);

        QImage image;
        const QJsonObject report
            = screenshot({ QStringLiteral("--page"), QStringLiteral("settings") }, &image);
        QVERIFY(!report.isEmpty());
        QByteArray why;
        for (const QString &name : { QStringLiteral("conflictBanner"), QStringLiteral("outboxState_0"),
                                     QStringLiteral("keepMineButton_0"), QStringLiteral("takeTheirsButton_0"),
                                     QStringLiteral("syncOutboxButton") })
            QVERIFY2(shows(report, image, name, &why), why.constData());
        QCOMPARE(item(report, QStringLiteral("outboxState_0")).value(QLatin1String("text")).toString(),
                 QStringLiteral("Conflict"));
        QVERIFY(item(report, QStringLiteral("syncOutboxButton"))
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("1 conflict")));
        m_tokensSeen << keyringToken();

        // Leave the account as it was: take theirs.
        r = runCli(where + QStringList { QStringLiteral("--json"), QStringLiteral("outbox") }, {},
                   environment());
        const qint64 seq = r.json()
                               .value(QLatin1String("edits"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QLatin1String("seq"))
                               .toInteger();
        r = runCli(where
                       + QStringList { QStringLiteral("outbox"), QStringLiteral("take-theirs"),
                                       QString::number(seq) },
                   {}, environment());
        QVERIFY2(r.exitCode == 0, r.out + r.err);
    }

    void offlineHomeStillShowsWhatWasSaved()
    {
        const int port = m_server.baseUrl().port();
        QVERIFY(m_server.stop());
        QImage image;
        const QJsonObject report = screenshot({ QStringLiteral("--page"), QStringLiteral("home"),
                                                QStringLiteral("--theme"), QStringLiteral("dark") },
                                              &image);
        QVERIFY2(
            m_server.start({ QStringLiteral("--demo"), QStringLiteral("--port"), QString::number(port) }),
            qPrintable(m_server.errorString()));
        QVERIFY(!report.isEmpty());
        QByteArray why;
        for (const QString &name : { QStringLiteral("statusBannerText"), QStringLiteral("syncStatusText"),
                                     QStringLiteral("syncDetailText"), QStringLiteral("nextSessionTitle"),
                                     QStringLiteral("monthEarnings") })
            QVERIFY2(shows(report, image, name, &why), why.constData());
        QCOMPARE(item(report, QStringLiteral("syncStatusText")).value(QLatin1String("text")).toString(),
                 QStringLiteral("Offline"));
        QVERIFY(item(report, QStringLiteral("syncDetailText"))
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("Showing data last synced")));
        QVERIFY(item(report, QStringLiteral("statusBannerText"))
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QStringLiteral("Offline")));
        QVERIFY(kDemoCourses.contains(
            item(report, QStringLiteral("nextSessionTitle")).value(QLatin1String("text")).toString()));
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

    // The start reads the last user's cached sessions while the window loads, before the
    // saved sign-in is checked. When the server refuses that sign-in, none of them may show:
    // the window asks to sign in. (Last: it ends this profile's sign-in.)
    void refusedSignInShowsNoCachedSessions()
    {
        KeychainSecretStore store(QStringLiteral("Companion"));
        bool done = false;
        store.write(Profile(m_profile.path()).secretKey(m_server.baseUrl()), QStringLiteral("rt_revoked"),
                    [&](const SecretResult &r) {
                        QVERIFY(r.ok());
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(Profile(m_profile.path()).cachedUser().has_value()); // so the start does read ahead

        QImage image;
        const QJsonObject report = screenshot({ QStringLiteral("--page"), QStringLiteral("home") }, &image);
        QVERIFY(!report.isEmpty());
        QVERIFY(item(report, QStringLiteral("emailField")).value(QLatin1String("visible")).toBool());
        for (const QString &name : { QStringLiteral("nextSessionTitle"), QStringLiteral("signedInName") })
            QVERIFY2(!item(report, name).value(QLatin1String("visible")).toBool(), qPrintable(name));
        const QByteArray everything = QJsonDocument(report).toJson();
        for (const QString &course : kDemoCourses)
            QVERIFY2(!everything.contains(course.toUtf8()), qPrintable(course));
    }

private:
    ServerProcess m_server;
    QTemporaryDir m_profile, m_config, m_cache, m_shots;
    QStringList m_tokensSeen;
};

QTEST_GUILESS_MAIN(TestGuiEndToEnd)
#include "tst_gui_e2e.moc"
