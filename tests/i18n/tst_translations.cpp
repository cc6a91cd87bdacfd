// The window's language: the German and English translators load from the app's resources,
// the choice resolves against the system's languages, dates and money follow the chosen
// locale (fixed instants in named zones, so neither the day nor the machine's zone matter),
// and a change at run time retranslates what QML shows.
#include "app/gui/settings/LanguageSettings.h"
#include "app/gui/settings/UiLanguage.h"
#include "models/money/Money.h"
#include "models/time/DateText.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace companion;

namespace {
QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

// 18:00 in Berlin on Thursday 10 December 2026, written as an instant.
QDateTime berlinEvening()
{
    return QDateTime::fromSecsSinceEpoch(1796922000, QTimeZone("Europe/Berlin"));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_language.apply(QLocale::c()); }

    void germanTranslatorLoads()
    {
        m_language.apply(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(translated("SettingsPage", "Settings"), QStringLiteral("Einstellungen"));
        QCOMPARE(translated("companion::SessionReminders", "Starts in %n minute(s): %1", 1),
                 QStringLiteral("Beginnt in 1 Minute: %1"));
        QCOMPARE(translated("companion::SessionReminders", "Starts in %n minute(s): %1", 10),
                 QStringLiteral("Beginnt in 10 Minuten: %1"));
        // Qt's own texts (dialog buttons) come from qt6-translations-l10n, a dependency.
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void englishHasItsPluralForms()
    {
        m_language.apply(QLocale::c());
        QCOMPARE(translated("companion::SessionReminders", "Starts in %n minute(s): %1", 1),
                 QStringLiteral("Starts in 1 minute: %1"));
        QCOMPARE(translated("companion::SessionReminders", "%n student(s) booked", 3),
                 QStringLiteral("3 students booked"));
        QCOMPARE(translated("SettingsPage", "Settings"), QStringLiteral("Settings"));
    }

    void choiceResolvesAgainstTheSystem_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German") << "system"
                                       << "de_DE"
                                       << "de_DE";
        QTest::newRow("system Austrian") << "system"
                                         << "de_AT"
                                         << "de_AT";
        QTest::newRow("system American") << "system"
                                         << "en_US"
                                         << "en_US";
        QTest::newRow("system French falls back to English") << "system"
                                                             << "fr_FR"
                                                             << "en_US";
        QTest::newRow("system C stays C") << "system"
                                          << "C"
                                          << "C";
        QTest::newRow("English in Germany") << "en"
                                            << "de_DE"
                                            << "en_DE";
        QTest::newRow("German in the US") << "de"
                                          << "en_US"
                                          << "de_DE";
        QTest::newRow("German on C") << "de"
                                     << "C"
                                     << "de_DE";
        QTest::newRow("unknown choice is the system's") << "xx"
                                                        << "de_CH"
                                                        << "de_CH";
    }
    void choiceResolvesAgainstTheSystem()
    {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::resolve(choice, QLocale(system)).name(), QLocale(expected).name());
    }

    void moneyInBothLocales_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en EUR") << "en_GB" << qint64(151200) << "EUR" << QStringLiteral("€1,512.00");
        QTest::newRow("de EUR") << "de_DE" << qint64(151200) << "EUR" << QStringLiteral("1.512,00\u00A0€");
        QTest::newRow("en USD") << "en_US" << qint64(151200) << "USD" << QStringLiteral("$1,512.00");
        QTest::newRow("de USD") << "de_DE" << qint64(151200) << "USD" << QStringLiteral("1.512,00\u00A0$");
        QTest::newRow("en JPY") << "en_US" << qint64(1500) << "JPY" << QStringLiteral("¥1,500");
        QTest::newRow("de JPY") << "de_DE" << qint64(1500) << "JPY" << QStringLiteral("1.500\u00A0¥");
        QTest::newRow("de negative") << "de_DE" << qint64(-995) << "EUR" << QStringLiteral("-9,95\u00A0€");
    }
    void moneyInBothLocales()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::format(minor, currency, QLocale(locale)), expected);
    }

    void moneyFollowsTheChosenLanguage()
    {
        QTemporaryDir dir;
        LanguageSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        // The formats are the resolved locale's (this machine's territory may differ; the
        // exact strings per locale are above). The default locale is what money text uses.
        for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
            settings.setLanguage(language);
            const QLocale expected = UiLanguage::resolve(language);
            QCOMPARE(QLocale(), expected);
            QCOMPARE(MoneyFormat::format(151200, QStringLiteral("EUR")),
                     MoneyFormat::format(151200, QStringLiteral("EUR"), expected));
            QCOMPARE(UiLanguage::codeOf(QLocale()), language);
        }
    }

    void datesInBothLanguages()
    {
        const QLocale de(QStringLiteral("de_DE"));
        const QLocale en(QStringLiteral("en_GB"));
        const QDateTime evening = berlinEvening();
        QCOMPARE(evening.time(), QTime(18, 0));
        QCOMPARE(DateText::format(evening, DateText::Style::WeekdayDateTime, en),
                 QStringLiteral("Thu 10 Dec, 18:00"));
        QCOMPARE(DateText::format(evening, DateText::Style::WeekdayDateTime, de),
                 QStringLiteral("Do., 10. Dez., 18:00"));
        QCOMPARE(DateText::format(evening.date(), DateText::Style::LongWeekdayFullDate, de),
                 QStringLiteral("Donnerstag, 10. Dezember 2026"));
        QCOMPARE(DateText::format(evening.date(), DateText::Style::MonthYear, de),
                 QStringLiteral("Dezember 2026"));
        // The same instant in New York: the zone is the one asked for, never the machine's.
        const QDateTime newYork = evening.toTimeZone(QTimeZone("America/New_York"));
        QCOMPARE(DateText::format(newYork, DateText::Style::WeekdayDateTime, en),
                 QStringLiteral("Thu 10 Dec, 12:00"));
        QCOMPARE(DateText::range(QDate(2026, 12, 7), QDate(2026, 12, 13), de),
                 QStringLiteral("7. – 13. Dez. 2026"));
        QCOMPARE(DateText::range(QDate(2026, 11, 30), QDate(2026, 12, 6), en),
                 QStringLiteral("30 Nov – 6 Dec 2026"));
        QCOMPARE(DateText::range(QDate(2026, 12, 28), QDate(2027, 1, 3), de),
                 QStringLiteral("28. Dez. 2026 – 3. Jan. 2027"));
    }

    void switchingRetranslatesQml()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        LanguageSettings settings(path);
        QCOMPARE(settings.language(), QStringLiteral("system"));
        settings.setLanguage(QStringLiteral("en")); // whatever this machine's language is
        QQmlEngine engine;
        settings.setEngine(&engine);
        // The URL names the context qsTr uses, as for the real card.
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nText { text: qsTr(\"Language\") }",
                          QUrl(QStringLiteral("qrc:/Companion/Settings/LanguageCard.qml")));
        std::unique_ptr<QObject> label(component.create());
        QVERIFY2(label, qPrintable(component.errorString()));
        QCOMPARE(label->property("text").toString(), QStringLiteral("Language"));

        QSignalSpy changed(&settings, &LanguageSettings::languageChanged);
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.effectiveLanguage(), QStringLiteral("de"));
        QCOMPARE(label->property("text").toString(), QStringLiteral("Sprache"));

        // Kept in the profile's settings and applied at the next start.
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("de"));
        {
            const LanguageSettings restarted(path); // its translators go with it
            QCOMPARE(restarted.language(), QStringLiteral("de"));
        }

        settings.setLanguage(QStringLiteral("en"));
        QCOMPARE(label->property("text").toString(), QStringLiteral("Language"));
    }

private:
    UiLanguage m_language;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
