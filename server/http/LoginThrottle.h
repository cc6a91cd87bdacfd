#pragma once

#include <QHash>
#include <QString>

namespace companion::server {

// Failed sign-ins, counted per account (the e-mail as typed, known or not) and per client
// address. After a few free failures each further attempt must wait a delay that doubles
// with every failure; past a higher count the key is locked out for a while. A success
// clears the account's count. While waiting, the answer is the same for every e-mail, so it
// tells nobody which accounts exist; and no password is hashed, so guessing costs no CPU.
// Counts fade: a key with no failure for `forgetAfterMs` starts over. In memory only: a
// restart forgives, which costs an attacker a restart per hour at most.
class LoginThrottle
{
public:
    struct Policy
    {
        int freeFailures;
        qint64 firstDelayMs;
        qint64 maxDelayMs;
        int lockoutAfter; // failures
        qint64 lockoutMs;
    };
    static constexpr Policy kAccount { 5, 1000, 15 * 60 * 1000, 10, 15 * 60 * 1000 };
    static constexpr Policy kClient { 20, 1000, 15 * 60 * 1000, 50, 15 * 60 * 1000 };
    static constexpr qint64 forgetAfterMs = 60 * 60 * 1000;

    // 0 when an attempt may go ahead now, else the seconds to wait (>= 1).
    int waitSeconds(const QString &account, const QString &client, qint64 nowMs);
    void failed(const QString &account, const QString &client, qint64 nowMs);
    void succeeded(const QString &account);

private:
    struct Record
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
    };
    static QString accountKey(const QString &account);
    static void recordFailure(Record &record, const Policy &policy, qint64 nowMs);
    qint64 blockedUntil(QHash<QString, Record> &records, const QString &key, qint64 nowMs);

    QHash<QString, Record> m_accounts;
    QHash<QString, Record> m_clients;
};

} // namespace companion::server
