#include "app/gui/settings/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace companion {

namespace {
QLocale::Language languageOf(const QString &code)
{
    return code == u"de" ? QLocale::German : QLocale::English;
}

std::unique_ptr<QTranslator> installed(std::unique_ptr<QTranslator> translator)
{
    QCoreApplication::installTranslator(translator.get());
    return translator;
}
} // namespace

QStringList UiLanguage::supported()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QLocale UiLanguage::resolve(const QString &choice, const QLocale &systemLocale)
{
    QLocale::Language language = QLocale::AnyLanguage;
    const bool chosen = supported().contains(choice);
    if (chosen) {
        language = languageOf(choice);
    } else {
        for (const QString &name : systemLocale.uiLanguages()) {
            const QLocale::Language candidate = QLocale(name).language();
            if (candidate == QLocale::German || candidate == QLocale::English) {
                language = candidate;
                break;
            }
        }
        if (language == QLocale::AnyLanguage)
            language = QLocale::English;
    }
    if (!chosen && language == QLocale::English && systemLocale.language() == QLocale::C)
        return systemLocale;
    // By name: the system locale object reports LANGUAGE's language but takes names and
    // digits from LC_TIME/LC_NUMERIC (LANGUAGE=de with LANG=C writes "Tue" and "1,512.00").
    if (systemLocale.language() == language)
        return QLocale(systemLocale.name());
    const QLocale regional(language, systemLocale.territory());
    if (regional.language() == language && regional.territory() == systemLocale.territory())
        return regional;
    return QLocale(language);
}

QString UiLanguage::codeOf(const QLocale &locale)
{
    return locale.language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void UiLanguage::apply(const QLocale &locale)
{
    for (const auto &old : { m_companion.get(), m_qt.get() }) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    m_companion.reset();
    m_qt.reset();
    QLocale::setDefault(locale);

    const QString code = codeOf(locale);
    // English has a file too: it holds the plural forms ("1 minute", "2 minutes").
    auto companion = std::make_unique<QTranslator>();
    if (companion->load(QStringLiteral(":/i18n/companion_%1.qm").arg(code)))
        m_companion = installed(std::move(companion));
    if (code != u"en") {
        // Qt's own texts (dialog buttons, text field menus), where the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qt_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qt = installed(std::move(qt));
    }
}

} // namespace companion
