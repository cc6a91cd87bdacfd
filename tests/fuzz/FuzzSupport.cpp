#include "FuzzSupport.h"

#include "models/time/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace companion::fuzz {

namespace {

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) // Q_ASSERT, qFatal: Qt aborts after this, libFuzzer reports it
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
}

} // namespace

void initialize()
{
    static int argc = 1;
    static char name[] = "companion-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    qInstallMessageHandler(messageHandler);
    Clock::pinAt(kNowSecs * 1000);
}

std::optional<QJsonObject> object(const QByteArray &input)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray firstLine(const QByteArray &input, QByteArray *rest)
{
    const qsizetype newline = input.indexOf('\n');
    *rest = newline < 0 ? QByteArray() : input.mid(newline + 1);
    return newline < 0 ? input : input.left(newline);
}

void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s %s\n", file, line, condition, qPrintable(detail));
    std::abort();
}

} // namespace companion::fuzz
