#pragma once

#include "services/SyncEngine.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

namespace companion {
class AppContext;
}

namespace companion::cli {

// The companion-cli commands that work on the signed-in account's data:
// sync, status, sessions, availability show|set, earnings, outbox. Read
// commands sync first when they can and answer from the cache either way,
// saying how old it is when the server could not be reached.
class AccountCommands : public QObject
{
    Q_OBJECT
public:
    AccountCommands(AppContext *context, bool json, QTextStream &out, QTextStream &err,
                    QObject *parent = nullptr);

    static bool handles(const QString &command);
    static void addOptions(QCommandLineParser &parser);
    // Starts `words` (command and its arguments). Returns an exit code when it
    // finished at once (usage errors), or -1 when it will emit finished().
    int start(const QStringList &words, const QCommandLineParser &parser);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Restores the session, opens the account and (when `syncFirst`) syncs,
    // then calls `next` with the sync outcome (Offline when not attempted).
    void withAccount(bool syncFirst, std::function<void(SyncEngine::Outcome)> next);
    void sync(bool verify);
    void status();
    void sessions(const QString &from, const QString &to, const QString &status);
    void availabilityShow();
    void availabilitySet(const QString &file);
    void bookableSlots(const QString &offeringId, const QString &from, const QString &to, const QString &tz,
                       const QString &now);
    void earnings(const QString &groupBy);
    void outbox(const QStringList &words);
    void printCacheAge(SyncEngine::Outcome outcome, const QString &collection);
    void emitJson(const QJsonObject &object);
    void done(int code);
    void fail(int code, const QString &message);
    int exitCodeFor(SyncEngine::Outcome outcome) const;

    AppContext *m_context;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_pageSize = 0; // 0: the engine's default
};

} // namespace companion::cli
