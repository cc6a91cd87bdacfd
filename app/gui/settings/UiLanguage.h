#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace companion {

// Which language the window speaks and how it writes dates, numbers and money: a choice
// ("system", "en" or "de") resolved against the system's languages, then Companion's and
// Qt's own translators installed and QLocale's default set, so that C++ (`QLocale()`) and
// QML (`Qt.locale()`) both follow it.
class UiLanguage
{
public:
    static inline const QString followSystem = QStringLiteral("system");

    // The languages Companion is translated into, as codes ("en", "de").
    static QStringList supported();
    // The locale the window uses for `choice`. "system" takes the first supported language
    // of `systemLocale.uiLanguages()` (LANGUAGE, then LC_ALL/LC_MESSAGES/LANG), else English.
    // Where that is the system locale's own language its formats are kept (with "system",
    // also the C locale for English, so an untouched setup prints as before); otherwise the
    // language in the system's territory where Qt knows that pair (en_DE), else its main
    // locale (en_US, de_DE).
    static QLocale resolve(const QString &choice, const QLocale &systemLocale = QLocale::system());
    // "en" or "de" for a locale from resolve().
    static QString codeOf(const QLocale &locale);

    // Makes `locale` the default and swaps the installed translators for its language.
    void apply(const QLocale &locale);

private:
    std::unique_ptr<QTranslator> m_companion;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace companion
