#include "app/cli/CliApplication.h"

#include "app/AppContext.h"
#include "app/cli/AccountCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "app/cli/SlotsCommand.h"
#include "app/logging/LogSetup.h"
#include "services/auth/AuthSession.h"
#include "services/auth/Profile.h"
#include "services/net/PlatformClient.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace companion::cli {

namespace {

QString readPasswordFromStdin(bool prompt)
{
    termios saved {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty && prompt) {
        std::fputs("Password: ", stderr);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty && prompt) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return QString::fromStdString(line);
}

const char *kUsage = R"(Commands:
  login      Sign in (--email ADDRESS, password from --password-stdin or a prompt)
  whoami     Show the signed-in user
  logout     Sign out: revoke the session, remove the keyring entry and cached data
  sync       Replay the outbox, then bring the offline cache up to date
  status     Online?, last sync, pending edits, conflicts
  sessions   Cached sessions, the next 14 days [--from DATE] [--to DATE] [--all] [--status STATUS]
  offerings  What can be booked: ids, titles, prices and limits
  availability show | availability set FILE   (edits go through the outbox)
  earnings   Earnings summary [--group-by course|month|status|role] [--from DATE] [--to DATE]
             [--csv [-o FILE]]: one row per split, for the tax return
  outbox     Queued edits; outbox keep-mine|take-theirs|discard SEQ
  session cancel ID --reason TEXT [--message TEXT] [--yes]
             Cancel a session: students refunded and emailed (through the outbox)
  session move ID --start INSTANT
             Propose a new time (a free slot): the students accept or decline by email
  feed       The community feed, or a course's with --course ID; feed list: your feeds
  feed post [--course ID] [--announce] TEXT
             Post (through the outbox, like every edit)
  export-ics Your sessions as an iCalendar file, from the cache (works offline)
             [--from DATE] [--to DATE] [--include-cancelled] [--only-mine] [-o FILE|-]
  slots      Compute bookable slots from schedule/offering/busy files (see `slots --help`),
             or over the cache: slots --offering-id ID --from DATE --to DATE [--tz ZONE] [--now INSTANT])";

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

CliApplication::~CliApplication() = default;

int CliApplication::start(const QStringList &arguments)
{
    // `slots` with input files is a pure function: no profile, server or event loop.
    // Without them (`slots --offering-id ID …`) it answers over the profile's cache.
    if (const qsizetype at = arguments.indexOf(QLatin1String("slots")); at > 0) {
        QStringList rest = arguments.mid(at + 1);
        const bool fromFiles = std::any_of(rest.begin(), rest.end(), [](const QString &a) {
            return a.startsWith(QLatin1String("--schedule")) || a.startsWith(QLatin1String("--batch"))
                || a == QLatin1String("--help") || a == QLatin1String("-h");
        });
        if (fromFiles || !rest.contains(QLatin1String("--offering-id"))) {
            if (arguments.mid(1, at - 1).contains(QLatin1String("--json"))
                && !rest.contains(QLatin1String("--json")))
                rest << QStringLiteral("--json");
            return runSlotsCommand(rest, m_out, m_err);
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Companion from the terminal.\n\n")
                                     + QLatin1String(kUsage));
    parser.addHelpOption();
    parser.addVersionOption();
    AppOptions::addTo(parser);
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print machine-readable JSON.") });
    parser.addOption({ QStringLiteral("email"), QStringLiteral("login: the account's email."),
                       QStringLiteral("ADDRESS") });
    parser.addOption({ QStringLiteral("password-stdin"),
                       QStringLiteral("login: read the password from standard input.") });
    AccountCommands::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("See the list of commands above."));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "companion-cli " << COMPANION_VERSION << "\n";
        return Ok;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    const QString problem = m_options.readFrom(parser);
    logsetup::forCommandLine(m_options.verbose);
    if (!problem.isEmpty()) {
        m_err << problem << "\n";
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << "Expected a command.\n" << kUsage << "\n";
        return Usage;
    }
    const QString command = positional.first();
    if (AccountCommands::handles(command)) {
        if (!createContext())
            return Usage;
        return AccountCommands::start(*m_commands, positional, parser);
    }
    if (positional.size() != 1) {
        m_err << "\"" << command << "\" takes no arguments.\n";
        return Usage;
    }
    if (command == QLatin1String("login")) {
        const QString email = parser.value(QStringLiteral("email"));
        if (email.isEmpty()) {
            m_err << "login needs --email ADDRESS.\n";
            return Usage;
        }
        const QString password = readPasswordFromStdin(!parser.isSet(QStringLiteral("password-stdin")));
        if (password.isEmpty()) {
            m_err << "No password given.\n";
            return Usage;
        }
        if (!createContext())
            return Usage;
        login(email, password);
        return -1;
    }
    if (command == QLatin1String("whoami") || command == QLatin1String("logout")) {
        if (!createContext())
            return Usage;
        if (command == QLatin1String("whoami"))
            whoami();
        else
            logout();
        return -1;
    }
    m_err << "Unknown command \"" << command << "\".\n" << kUsage << "\n";
    return Usage;
}

bool CliApplication::createContext()
{
    QString error;
    m_context = AppContext::create(m_options, &error);
    if (!m_context) {
        m_err << error << "\n";
        return false;
    }
    m_commands = new CommandContext(m_context.get(), m_json, m_out, m_err, this);
    connect(m_commands, &CommandContext::finished, this, &CliApplication::finished);
    if (m_context->session()->insecureTokenStore())
        m_err << "Warning: --insecure-token-store keeps your sign-in in a plain file in "
              << m_context->profile()->directory() << ".\n";
    return true;
}

void CliApplication::printUser(const QJsonObject &user, bool offline)
{
    if (m_json) {
        QJsonObject out = user;
        out.insert(QStringLiteral("offline"), offline);
        out.insert(QStringLiteral("server"), m_context->client()->baseUrl().toString());
        m_commands->emitJson(out);
        return;
    }
    const auto parsed = User::fromJson(user);
    m_out << user.value(QLatin1String("name")).toString() << " <"
          << user.value(QLatin1String("email")).toString() << ">\n";
    if (parsed)
        m_out << "Role:      " << rolesDisplayName(parsed->roles) << "\n";
    m_out << "Time zone: " << user.value(QLatin1String("time_zone")).toString() << "\n";
    m_out << "Server:    " << m_context->client()->baseUrl().toString()
          << (offline ? " (offline; cached)" : "") << "\n";
}

void CliApplication::login(const QString &email, const QString &password)
{
    AuthSession *session = m_context->session();
    connect(session, &AuthSession::operationFinished, this, [this, session](bool success) {
        if (!success) {
            m_commands->fail(session->lastFailureWasNetwork() ? Network : Auth, session->lastError());
            return;
        }
        if (!m_json)
            m_out << "Signed in as ";
        printUser(session->user().toJson(), false);
        m_commands->done(Ok);
    });
    session->signIn(email, password);
}

void CliApplication::whoami()
{
    AuthSession *session = m_context->session();
    connect(session, &AuthSession::operationFinished, this, [this, session](bool) {
        switch (session->state()) {
        case AuthSession::State::SignedIn:
            session->send(
                PlatformClient::Method::Get, QStringLiteral("/api/me"), {},
                [this](const ApiResponse &response) {
                    if (!response.ok()) {
                        m_commands->fail(CommandContext::exitCodeFor(response), response.error.message);
                        return;
                    }
                    // Checked as sync checks it: --json passes on nothing
                    // wrongly typed ("id": null, "time_zone": 42).
                    QString invalid;
                    if (!User::fromJson(response.object(), &invalid)) {
                        m_commands->fail(
                            Network,
                            QStringLiteral("The server sent a user Companion cannot use (%1).").arg(invalid));
                        return;
                    }
                    printUser(response.object(), false);
                    m_commands->done(Ok);
                });
            return;
        case AuthSession::State::Offline:
            m_err << "Offline: " << session->lastError() << "\n";
            printUser(session->user().toJson(), true);
            m_commands->done(Ok);
            return;
        default:
            m_commands->fail(Auth,
                             session->lastError().isEmpty()
                                 ? QStringLiteral("Not signed in. Run: companion-cli login --email ADDRESS")
                                 : session->lastError());
            return;
        }
    });
    session->restore();
}

void CliApplication::logout()
{
    AuthSession *session = m_context->session();
    connect(session, &AuthSession::operationFinished, this, [this, session](bool success) {
        if (!success) {
            m_commands->fail(Auth, session->lastError());
            return;
        }
        if (m_json)
            m_out << R"({"signed_out":true})"
                  << "\n";
        else
            m_out << "Signed out. The keyring entry and cached data for this profile were removed.\n";
        m_commands->done(Ok);
    });
    session->signOut();
}

} // namespace companion::cli
