#include "app/gui/settings/LanguageSettings.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QSettings>

namespace companion {

namespace {
QPointer<LanguageSettings> s_instance;
const QString languageKey = QStringLiteral("ui/language");

QString valid(const QString &language)
{
    return UiLanguage::supported().contains(language) ? language : UiLanguage::followSystem;
}
} // namespace

LanguageSettings::LanguageSettings(QString settingsPath, QObject *parent)
    : QObject(parent)
    , m_settingsPath(std::move(settingsPath))
    , m_language(valid(QSettings(m_settingsPath, QSettings::IniFormat).value(languageKey).toString()))
    , m_locale(UiLanguage::resolve(m_language))
{
    m_ui.apply(m_locale);
}

void LanguageSettings::setInstance(LanguageSettings *instance)
{
    s_instance = instance;
}

LanguageSettings *LanguageSettings::instance()
{
    return s_instance;
}

LanguageSettings *LanguageSettings::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->setEngine(engine);
    return s_instance;
}

void LanguageSettings::setLanguage(const QString &language)
{
    const QString chosen = valid(language);
    if (chosen == m_language)
        return;
    m_language = chosen;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(languageKey, chosen);
    m_locale = UiLanguage::resolve(chosen);
    m_ui.apply(m_locale);
    if (m_engine)
        m_engine->retranslate(); // every qsTr binding again, in the new language
    Q_EMIT languageChanged();
}

} // namespace companion
