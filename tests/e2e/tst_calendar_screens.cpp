// The calendar as a person sees it: `companion --screenshot` of the week, month, agenda,
// weekly-hours editor and student preview, light at 1280x800 and dark at 1024x640,
// against the real server's demo creator. Checks that the named items of each view are
// visible, inside the window, not squeezed to nothing and actually drawn, that the
// teacher's and the viewer's zones are labelled, that the dark theme is dark, and that
// without the server the cached week is shown with an offline notice.
// Views are chosen with --calendar-view / --calendar-date / --calendar-zone.
// The server and every `companion` run share one pinned clock (kScreenshotNow) and demo
// date, so the pictures are the same on any day.
#include "../server/DemoWorld.h"
#include "../server/ServerProcess.h"
#include "CliRunner.h"
#include "ScreenshotChecks.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace companion;
using namespace companion::test;

class TestCalendarScreens : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment() const { return isolatedEnvironment(m_config.path(), m_cache.path()); }

    // 15:15 in New York (Priya's zone), 21:15 in Berlin, on the demo date.
    static inline const QString kScreenshotNow = QStringLiteral("2026-12-01T20:15:00Z");

    QStringList clockArguments() const { return { QStringLiteral("--clock-pin"), kScreenshotNow }; }

    bool login(const QString &profile, const QString &email)
    {
        const RunResult r = loginDemo(m_server.baseUrl(), profile, email, clockArguments(), environment());
        if (r.exitCode != 0)
            qWarning("login of %s failed: %s", qPrintable(email), r.err.constData());
        return r.exitCode == 0;
    }

    // `profile` empty: the creator's. `onDate` false: the calendar opens at today.
    QJsonObject shoot(const QString &view, bool dark, const QSize &size, QImage *image,
                      const QString &profile = {}, bool onDate = true)
    {
        const QString png = m_shots.filePath(
            QStringLiteral("%1-%2.png").arg(view, dark ? QStringLiteral("dark") : QStringLiteral("light")));
        const QString json = m_shots.filePath(
            QStringLiteral("%1-%2.json").arg(view, dark ? QStringLiteral("dark") : QStringLiteral("light")));
        QStringList args { QStringLiteral("--server"),
                           m_server.baseUrl().toString(),
                           QStringLiteral("--profile"),
                           profile.isEmpty() ? m_profile.path() : profile,
                           QStringLiteral("--page"),
                           QStringLiteral("calendar"),
                           QStringLiteral("--screenshot"),
                           png,
                           QStringLiteral("--screenshot-report"),
                           json,
                           QStringLiteral("--size"),
                           QStringLiteral("%1x%2").arg(size.width()).arg(size.height()) };
        args << QStringLiteral("--calendar-view") << view;
        // A week with a date override (Tue 8 Dec) in a month with a vacation (16-20 Dec).
        if (onDate)
            args << QStringLiteral("--calendar-date")
                 << (view == QLatin1String("agenda") ? QStringLiteral("2026-11-05")
                                                     : QStringLiteral("2026-12-07"));
        if (dark)
            args << QStringLiteral("--theme") << QStringLiteral("dark") << QStringLiteral("--calendar-zone")
                 << QStringLiteral("America/New_York");
        args << clockArguments();
        const RunResult r = runProgram(QStringLiteral(COMPANION_GUI_PATH), args, {}, environment());
        if (r.exitCode != 0) {
            qWarning("companion failed (%d): %s", r.exitCode, r.err.constData());
            return {};
        }
        image->load(png);
        keep(QFileInfo(png).fileName(), *image);
        QFile report(json);
        report.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(report.readAll()).object().value(QLatin1String("items")).toObject();
    }

    // The item is visible, has a real size, lies inside the window and something is drawn there.
    void expectShown(const QJsonObject &items, const QString &name, const QImage &image)
    {
        const QJsonObject item = items.value(name).toObject();
        QVERIFY2(!item.isEmpty(), qPrintable(name + QStringLiteral(" is missing")));
        QVERIFY2(item.value(QLatin1String("visible")).toBool(),
                 qPrintable(name + QStringLiteral(" is hidden")));
        const QRect rect = rectOf(item);
        QVERIFY2(rect.width() >= 8 && rect.height() >= 8, qPrintable(name + QStringLiteral(" has no room")));
        QVERIFY2(image.rect().contains(rect),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 is cut off by the window")
                                .arg(name)
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(rect.width())
                                .arg(rect.height())));
        QVERIFY2(distinctColors(image, rect) > 1, qPrintable(name + QStringLiteral(" draws nothing")));
    }

    void commonChecks(const QJsonObject &items, const QImage &image, bool dark)
    {
        QVERIFY(!items.isEmpty());
        QVERIFY2(distinctColors(image, image.rect()) > 30, "the screenshot looks blank");
        expectShown(items, QStringLiteral("calendarRangeTitle"), image);
        expectShown(items, QStringLiteral("teacherZoneLabel"), image);
        QVERIFY(items.value(QLatin1String("teacherZoneLabel"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("Europe/Berlin")));
        if (dark) // the content background is dark
            QVERIFY(qGray(image.pixel(image.width() - 4, image.height() - 4)) < 80);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(demoWorldArguments(kScreenshotNow, QStringLiteral("--clock-pin"))),
                 qPrintable(m_server.errorString()));
        QVERIFY(login(m_profile.path(), QStringLiteral("creator@demo.test")));
    }

    void views_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1280x800") << false << QSize(1280, 800);
        QTest::newRow("dark 1024x640") << true << QSize(1024, 640);
    }

    void views()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QImage image;

        QJsonObject items = shoot(QStringLiteral("week"), dark, size, &image);
        QCOMPARE(image.size(), size);
        commonChecks(items, image, dark);
        expectShown(items, QStringLiteral("viewerZoneBox"), image);
        for (int d = 0; d < 7; ++d)
            expectShown(items, QStringLiteral("dayHeader_%1").arg(d), image);
        QCOMPARE(items.value(QLatin1String("dayHeader_0")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Mon 7"));
        QVERIFY(items.value(QLatin1String("viewerZoneOffset"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(dark ? QStringLiteral("UTC−05:00") : QStringLiteral("UTC+01:00")));

        items = shoot(QStringLiteral("month"), dark, size, &image);
        commonChecks(items, image, dark);
        expectShown(items, QStringLiteral("monthCell_0"), image);
        expectShown(items, QStringLiteral("monthCell_41"), image);
        QCOMPARE(items.value(QLatin1String("calendarRangeTitle"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("December 2026"));

        items = shoot(QStringLiteral("agenda"), dark, size, &image);
        commonChecks(items, image, dark);
        // The agenda opens at today's sessions when today is in the month: any row will do.
        QString agendaRow;
        for (auto it = items.begin(); it != items.end(); ++it) {
            if (it.key().startsWith(QLatin1String("agendaRow_"))
                && it.value().toObject().value(QLatin1String("visible")).toBool()) {
                agendaRow = it.key();
                break;
            }
        }
        QVERIFY2(!agendaRow.isEmpty(), "the agenda shows no session");
        expectShown(items, agendaRow, image);

        items = shoot(QStringLiteral("editor"), dark, size, &image);
        commonChecks(items, image, dark);
        expectShown(items, QStringLiteral("ruleBlock_0"), image);
        expectShown(items, QStringLiteral("overrideDateField"), image);
        expectShown(items, QStringLiteral("addOverrideButton"), image);
        expectShown(items, QStringLiteral("overrideEndField"), image);

        items = shoot(QStringLiteral("preview"), dark, size, &image);
        commonChecks(items, image, dark);
        expectShown(items, QStringLiteral("previewOfferingBox"), image);
        expectShown(items, QStringLiteral("previewSummary"), image);
        expectShown(items, QStringLiteral("previewDay_6"), image);
        expectShown(items, QStringLiteral("previewSlot_0_0"), image);
        QVERIFY(items.value(QLatin1String("previewSummary"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("slots students can book")));
    }

    // Priya (S-T, New York) at 15:15 her time, on a machine whose zone is not hers: the week
    // opens on today with the current-time line at 15:15 in today's column, in view.
    void newYorkNowLine()
    {
        QTemporaryDir profile;
        QVERIFY(login(profile.path(), QStringLiteral("st2@demo.test")));
        QImage image;
        const QJsonObject items
            = shoot(QStringLiteral("week"), false, QSize(1280, 800), &image, profile.path(), false);
        QVERIFY(!items.isEmpty());
        const auto text = [&](const char *name) {
            return items.value(QLatin1String(name)).toObject().value(QLatin1String("text")).toString();
        };
        QVERIFY2(text("viewerZoneOffset").contains(QStringLiteral("UTC−05:00")),
                 qPrintable(text("viewerZoneOffset")));
        QCOMPARE(text("dayHeader_1"), QStringLiteral("Tue 1")); // 1 December 2026 is a Tuesday
        const QJsonObject nowLine = items.value(QLatin1String("nowLine")).toObject();
        QVERIFY2(nowLine.value(QLatin1String("visible")).toBool(), "the current-time line is hidden");
        const QRect line = rectOf(nowLine);
        QVERIFY2(line.width() >= 8 && line.height() >= 2 && image.rect().contains(line),
                 "the current-time line has no room or is cut off");
        const QRect today = rectOf(items.value(QLatin1String("dayHeader_1")).toObject());
        QVERIFY2(qAbs(line.center().x() - today.center().x()) < today.width(),
                 "the current-time line is not in today's column");
        // 15:15 is a quarter of the way from the 15:00 label to the 16:00 label.
        const QRect h15 = rectOf(items.value(QLatin1String("hourLabel_15")).toObject());
        const QRect h16 = rectOf(items.value(QLatin1String("hourLabel_16")).toObject());
        const double expected = h15.center().y() + (h16.center().y() - h15.center().y()) / 4.0;
        QVERIFY2(
            qAbs(line.y() - expected) <= 3,
            qPrintable(QStringLiteral("the line is at y=%1, 15:15 is at y=%2").arg(line.y()).arg(expected)));
        const QRect grid = rectOf(items.value(QLatin1String("timeGridFlickable")).toObject());
        QVERIFY2(grid.contains(line.center()), "the current-time line is scrolled out of view");
        keep(QStringLiteral("week-newyork-1515.png"), image);
    }

    // Last: with the server gone, the calendar still shows the cached week and says it is offline.
    void offlineShowsTheCachedWeek()
    {
        m_server.stop();
        QImage image;
        const QJsonObject items = shoot(QStringLiteral("week"), false, QSize(1280, 800), &image);
        commonChecks(items, image, false);
        expectShown(items, QStringLiteral("calendarOfflineNotice"), image);
        expectShown(items, QStringLiteral("dayHeader_0"), image);
        QVERIFY(items.value(QLatin1String("calendarOfflineNotice"))
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QLatin1String("Offline")));
    }

private:
    ServerProcess m_server;
    QTemporaryDir m_profile, m_config, m_cache, m_shots;
};

QTEST_GUILESS_MAIN(TestCalendarScreens)
#include "tst_calendar_screens.moc"
