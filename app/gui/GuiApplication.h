#pragma once

namespace companion {

// Builds and runs the GUI: options, composition root, QML engine. Returns the exit code.
int runGuiApplication(int argc, char *argv[]);

} // namespace companion
