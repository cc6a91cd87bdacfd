// companion-slots: a test-only stand-in for `companion-cli slots` until the real CLI calls
// runSlotsCommand. Used by compare_slots.py and the benchmark.
#include "app/cli/SlotsCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("slots"))
        arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = companion::cli::runSlotsCommand(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
