#include "services/storage/AccountReader.h"

#include "services/storage/CacheStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace companion {

namespace {

const QString kMe = QStringLiteral("me");
const QString kAvailability = QStringLiteral("availability");
const QString kOfferings = QStringLiteral("offerings");

} // namespace

AccountReader::AccountReader(const Storage::Stores &stores)
    : m_stores(stores)
{ }

QString AccountReader::earningsKey(const QString &grouping)
{
    return QStringLiteral("earnings:") + grouping;
}

std::optional<User> AccountReader::me() const
{
    if (!m_stores.cache)
        return std::nullopt;
    const std::optional<QJsonObject> document = m_stores.cache->document(kMe);
    if (!document)
        return std::nullopt;
    // `GET /api/me` is the user itself; older caches may hold it under "user".
    const QJsonValue wrapped = document->value(QLatin1String("user"));
    return User::fromJson(wrapped.isObject() ? wrapped.toObject() : *document);
}

QList<OutboxEdit> AccountReader::edits(const QString &userId) const
{
    if (!m_stores.outbox || userId.isEmpty())
        return {};
    return m_stores.outbox->edits(userId);
}

WorkingSchedule AccountReader::workingSchedule(const QString &userId) const
{
    WorkingSchedule working;
    const std::optional<QJsonObject> server
        = m_stores.cache ? m_stores.cache->document(kAvailability) : std::nullopt;
    if (server) {
        working.hasServerCopy = true;
        QString error;
        if (std::optional<Schedule> schedule = Schedule::fromJson(*server, &error)) {
            working.serverSchedule = *schedule;
            working.serverVersion = server->value(QLatin1String("version")).toInt();
            working.known = true;
            working.json = *server;
        } else {
            working.error = QCoreApplication::translate("AccountReader",
                                                        "The cached availability could not be read (%1).")
                                .arg(error);
        }
    } else if (const std::optional<User> user = me()) {
        working.serverSchedule.timeZone = user->timeZone;
    }
    working.schedule = working.serverSchedule;
    for (const OutboxEdit &edit : edits(userId)) {
        if (edit.kind != QLatin1String("availability"))
            continue;
        if (edit.state == OutboxEdit::State::Pending)
            ++working.pending;
        if (edit.state == OutboxEdit::State::Conflict)
            working.conflicts.append(edit);
        if (edit.state == OutboxEdit::State::Failed)
            continue;
        if (std::optional<Schedule> schedule = Schedule::fromJson(edit.body)) {
            working.schedule = *schedule;
            working.json = edit.body;
            working.known = true;
        }
    }
    return working;
}

QList<Offering> AccountReader::offerings() const
{
    QList<Offering> list;
    const std::optional<QJsonObject> document
        = m_stores.cache ? m_stores.cache->document(kOfferings) : std::nullopt;
    if (!document)
        return list;
    for (const QJsonValue &value : document->value(QLatin1String("offerings")).toArray())
        if (std::optional<Offering> offering = Offering::fromJson(value.toObject()))
            list.append(*offering);
    return list;
}

std::optional<QJsonObject> AccountReader::offeringJson(const QString &offeringId) const
{
    const std::optional<QJsonObject> document
        = m_stores.cache ? m_stores.cache->document(kOfferings) : std::nullopt;
    if (!document)
        return std::nullopt;
    for (const QJsonValue &value : document->value(QLatin1String("offerings")).toArray())
        if (value.toObject().value(QLatin1String("id")).toString() == offeringId)
            return value.toObject();
    return std::nullopt;
}

QList<Session> AccountReader::sessions(const QDateTime &from, const QDateTime &to,
                                       const QString &status) const
{
    return m_stores.cache ? m_stores.cache->sessions(from, to, status) : QList<Session>();
}

QList<BusySession> AccountReader::busySessions(const QString &teacherId) const
{
    return BusySession::taughtBy(sessions(), teacherId);
}

QList<Split> AccountReader::splits() const
{
    return m_stores.cache ? m_stores.cache->splits() : QList<Split>();
}

std::optional<QJsonObject> AccountReader::payouts() const
{
    const std::optional<QJsonObject> document = m_stores.cache ? m_stores.cache->document(kMe) : std::nullopt;
    const QJsonObject payouts
        = document ? document->value(QLatin1String("payouts")).toObject() : QJsonObject();
    return payouts.isEmpty() ? std::nullopt : std::optional<QJsonObject>(payouts);
}

QDateTime AccountReader::accountSyncedAt() const
{
    return syncedAt(kMe);
}

std::optional<QJsonObject> AccountReader::earningsDocument(const QString &grouping) const
{
    return m_stores.cache ? m_stores.cache->document(earningsKey(grouping)) : std::nullopt;
}

std::optional<EarningsSummary> AccountReader::earnings(const QString &grouping) const
{
    const std::optional<QJsonObject> document = earningsDocument(grouping);
    return document ? EarningsSummary::fromJson(*document) : std::nullopt;
}

QDateTime AccountReader::syncedAt(const QString &collection) const
{
    if (!m_stores.cache)
        return {};
    const QDateTime cursorTime = m_stores.cache->lastSynced(collection);
    return cursorTime.isValid() ? cursorTime : m_stores.cache->documentSyncedAt(collection);
}

int AccountReader::sessionCount() const
{
    return m_stores.cache ? m_stores.cache->sessionCount() : 0;
}

int AccountReader::splitCount() const
{
    return m_stores.cache ? m_stores.cache->splitCount() : 0;
}

} // namespace companion
