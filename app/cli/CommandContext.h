#pragma once

#include "services/storage/AccountReader.h"
#include "services/storage/Storage.h"
#include "services/sync/SyncEngine.h"

#include <QObject>
#include <QTextStream>

#include <functional>

namespace companion {
class AppContext;
struct ApiResponse;
} // namespace companion

namespace companion::cli {

// The plumbing every companion-cli command shares: the account (restore, open, sync first),
// reads through AccountReader, the cache-age note, JSON output and how a command ends
// (`finished` with an exit code; a failure prints the message, and as JSON with --json).
class CommandContext : public QObject
{
    Q_OBJECT
public:
    CommandContext(AppContext *context, bool json, QTextStream &out, QTextStream &err,
                   QObject *parent = nullptr);

    AppContext *app() const { return m_context; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Items per delta-sync request for the sync withAccount runs (0: the engine's default).
    void setPageSize(int size) { m_pageSize = size; }

    // Restores the session, opens the account and (when `syncFirst`) syncs, then calls
    // `next` with the sync outcome (Offline when not attempted). Not signed in: fails (Auth).
    void withAccount(bool syncFirst, std::function<void(SyncEngine::Outcome)> next);
    // A read of the account's cache + outbox on the storage thread, waited for.
    template<typename R> R read(std::function<R(const AccountReader &)> job)
    {
        return storage()->runBlocking<R>(
            [job = std::move(job)](Storage::Stores &stores) { return job(AccountReader(stores)); });
    }
    // When the sync did not succeed: "Offline: answering from the cache (3 min old)." on err.
    // Offline (or a failed sync): "answering from the cache (N min old)", on stderr.
    void printCacheAge(SyncEngine::Outcome outcome);
    // When the cache was last brought up to date: one instant for every command (`status`
    // shows it too), the end of the last sync that reached the server.
    QDateTime lastSync();
    // The signed-in user's id (after withAccount).
    QString userId() const;

    void emitJson(const QJsonObject &object);
    void done(int code);
    void fail(int code, const QString &message);

    static int exitCodeFor(SyncEngine::Outcome outcome);
    static int exitCodeFor(const ApiResponse &response);
    // "never synced", "3 min old", "2 days old".
    static QString ageText(const QDateTime &when);
    // "12.34 EUR", "1234 JPY": the currency's own minor digits (MoneyFormat::minorDigits).
    static QString moneyText(qint64 minorUnits, const QString &currency);

Q_SIGNALS:
    void finished(int exitCode);

private:
    Storage *storage() const;

    AppContext *m_context;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_pageSize = 0;
};

} // namespace companion::cli
