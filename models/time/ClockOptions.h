#pragma once

#include <QCommandLineParser>
#include <QString>

namespace companion {

// `--clock-start INSTANT` and `--clock-pin INSTANT`, shared by platform-server, companion
// and companion-cli so that a test can give all three the same "now".
namespace clockoptions {

void addTo(QCommandLineParser &parser);
// Sets Clock from the parsed options; returns an error message or empty.
QString apply(const QCommandLineParser &parser);

} // namespace clockoptions
} // namespace companion
