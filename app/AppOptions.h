#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

namespace companion {

// The options every Companion executable shares (GUI and CLI).
struct AppOptions
{
    QString profileDirectory; // empty → QStandardPaths default
    QUrl serverUrl; // empty → the profile's saved server
    bool insecureTokenStore = false;
    int timeoutSeconds = 30; // network silence before a request is given up
    bool verbose = false; // --verbose: the info lines too, not only warnings and errors
    // The window may start without a server (its sign-in page asks); the CLI may not.
    bool serverOptional = false;

    static void addTo(QCommandLineParser &parser);
    // Reads the shared options (and sets the process's Clock from --clock-start/--clock-pin);
    // returns an error message or empty.
    QString readFrom(const QCommandLineParser &parser);
};

} // namespace companion
