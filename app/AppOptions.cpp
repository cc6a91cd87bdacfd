#include "app/AppOptions.h"

#include "models/time/ClockOptions.h"

namespace companion {

void AppOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("server"),
                       QStringLiteral("Platform server base URL (default: the profile's last server)."),
                       QStringLiteral("URL") });
    parser.addOption(
        { QStringLiteral("profile"),
          QStringLiteral("Keep all of this account's data under DIR (default: the OS data location)."),
          QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("timeout"),
          QStringLiteral("Give up a request after SECONDS without data from the server, or after four "
                         "times that in all (default 30)."),
          QStringLiteral("SECONDS") });
    parser.addOption(
        { QStringLiteral("insecure-token-store"),
          QStringLiteral(
              "Store the sign-in in a plain file when no keyring is available (not recommended).") });
    parser.addOption({ QStringLiteral("verbose"),
                       QStringLiteral("Also print what Companion is doing, not only warnings and errors.") });
    clockoptions::addTo(parser);
}

QString AppOptions::readFrom(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("profile")))
        profileDirectory = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("server"))) {
        serverUrl = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
        if (!serverUrl.isValid())
            return QStringLiteral("\"%1\" is not a valid server URL.")
                .arg(parser.value(QStringLiteral("server")));
    }
    if (const QString clockError = clockoptions::apply(parser); !clockError.isEmpty())
        return clockError;
    insecureTokenStore = insecureTokenStore || parser.isSet(QStringLiteral("insecure-token-store"));
    verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600)
            return QStringLiteral("--timeout must be a number of seconds between 1 and 3600.");
    }
    return {};
}

} // namespace companion
