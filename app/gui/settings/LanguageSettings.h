#pragma once

#include "app/gui/settings/UiLanguage.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QtQml/qqml.h>

class QJSEngine;

namespace companion {

// The QML singleton `LanguageSettings`: the window's language per profile (its settings
// file): "system" (the default), "en" or "de". Applied when made, so before the QML
// engine loads anything, and again on every change, with the engine retranslated.
class LanguageSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The language in use: "en" or "de" (what "system" came to).
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
public:
    explicit LanguageSettings(QString settingsPath, QObject *parent = nullptr);

    static void setInstance(LanguageSettings *instance);
    static LanguageSettings *instance();
    static LanguageSettings *create(QQmlEngine *engine, QJSEngine *);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString effectiveLanguage() const { return UiLanguage::codeOf(m_locale); }

    // The engine whose bindings are re-evaluated on a change (create() sets it).
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void languageChanged();

private:
    QString m_settingsPath;
    QString m_language;
    QLocale m_locale;
    UiLanguage m_ui;
    QPointer<QQmlEngine> m_engine;
};

} // namespace companion
