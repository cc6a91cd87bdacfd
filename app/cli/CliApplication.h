#pragma once

#include "app/AppOptions.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace companion {
class AppContext;
class AuthSession;
struct ApiResponse;
} // namespace companion

namespace companion::cli {

class CommandContext;

// companion-cli: the same services as the GUI, driven from a terminal.
// Each command runs asynchronously in the Qt event loop and ends with exit().
class CliApplication : public QObject
{
    Q_OBJECT
public:
    CliApplication(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliApplication() override;

    // Parses `arguments` (argv) and starts the command. Returns an exit code if it
    // finished synchronously (usage errors), or -1 when the event loop must run.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void login(const QString &email, const QString &password);
    void whoami();
    void logout();
    void printUser(const QJsonObject &user, bool offline);
    bool createContext();

    QTextStream &m_out;
    QTextStream &m_err;
    AppOptions m_options;
    bool m_json = false;
    std::unique_ptr<AppContext> m_context;
    CommandContext *m_commands = nullptr; // the plumbing (done, fail, exit codes), with m_context
};

} // namespace companion::cli
