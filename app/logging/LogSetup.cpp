#include "app/logging/LogSetup.h"

#include "app/logging/LogRedactor.h"
#include "app/logging/RotatingLogFile.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <atomic>
#include <cstdio>

namespace companion::logsetup {

namespace {
std::atomic<RotatingLogFile *> s_file { nullptr };
std::atomic<bool> s_verbose { false };
QtMessageHandler s_previous = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void windowHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (RotatingLogFile *file = s_file.load()) {
        file->append(QStringLiteral("%1 %2 %3: %4")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                              QLatin1String(levelName(type)),
                              QLatin1String(context.category ? context.category : "default"),
                              logredactor::redact(message)));
    }
    // The terminal: warnings and errors, everything with --verbose.
    if ((type == QtInfoMsg || type == QtDebugMsg) && !s_verbose.load())
        return;
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

void forCommandLine(bool verbose)
{
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("companion.*.info=false\ncompanion.*.debug=false"));
}

void forWindow(bool verbose, const QString &logDirectory)
{
    s_verbose = verbose;
    // Never deleted: Qt may log while static objects are destroyed after main().
    if (!logDirectory.isEmpty() && !s_file.load())
        s_file = new RotatingLogFile(logDirectory);
    // The file wants the info lines even when the terminal does not: the categories stay
    // on and the handler decides.
    QLoggingCategory::setFilterRules(QStringLiteral("companion.*.debug=false"));
    s_previous = qInstallMessageHandler(windowHandler);
}

} // namespace companion::logsetup
