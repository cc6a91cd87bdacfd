#include "app/gui/settings/OutboxController.h"

#include "app/gui/shell/AccountController.h"
#include "app/gui/shell/AppController.h"
#include "services/CacheStore.h"
#include "services/Storage.h"
#include "services/SyncEngine.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace companion {

namespace {

QString dayName(int isoDay)
{
    return QLocale().dayName(isoDay, QLocale::ShortFormat); // 1 = Monday, as in the API
}

QString intervalsText(const QJsonArray &intervals)
{
    QStringList parts;
    for (const QJsonValue &value : intervals) {
        const QJsonObject interval = value.toObject();
        parts << interval.value(QLatin1String("start")).toString() + QStringLiteral("–")
                + interval.value(QLatin1String("end")).toString();
    }
    return parts.isEmpty() ? QObject::tr("closed") : parts.join(QStringLiteral(", "));
}

// Day (1…7) → "09:00–12:00, 14:00–17:00".
QMap<int, QString> weeklyByDay(const QJsonObject &schedule)
{
    QMap<int, QJsonArray> byDay;
    for (const QJsonValue &value : schedule.value(QLatin1String("weekly")).toArray()) {
        const QJsonObject window = value.toObject();
        byDay[window.value(QLatin1String("day")).toInt()].append(window);
    }
    QMap<int, QString> out;
    for (int day = 1; day <= 7; ++day)
        out.insert(day, intervalsText(byDay.value(day)));
    return out;
}

QString exceptionsText(const QJsonObject &schedule)
{
    const int overrides = int(schedule.value(QLatin1String("overrides")).toArray().size());
    const int blocks = int(schedule.value(QLatin1String("blocks")).toArray().size());
    const QString dates
        = overrides == 1 ? QObject::tr("1 date exception") : QObject::tr("%1 date exceptions").arg(overrides);
    const QString off
        = blocks == 1 ? QObject::tr("1 time-off period") : QObject::tr("%1 time-off periods").arg(blocks);
    return dates + QStringLiteral(" · ") + off;
}

} // namespace

// ---- OutboxEditModel ----------------------------------------------------------

OutboxEditModel::OutboxEditModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OutboxEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

const OutboxEdit *OutboxEditModel::at(int row) const
{
    return row >= 0 && row < m_edits.size() ? &m_edits.at(row) : nullptr;
}

QStringList OutboxEditModel::describeSchedule(const QJsonObject &schedule)
{
    QStringList lines;
    const QMap<int, QString> days = weeklyByDay(schedule);
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        lines << dayName(it.key()) + QStringLiteral("  ") + it.value();
    lines << exceptionsText(schedule);
    return lines;
}

QStringList OutboxEditModel::differences(const QJsonObject &mine, const QJsonObject &theirs)
{
    QStringList out;
    const QMap<int, QString> a = weeklyByDay(mine);
    const QMap<int, QString> b = weeklyByDay(theirs);
    for (int day = 1; day <= 7; ++day)
        if (a.value(day) != b.value(day))
            out << QObject::tr("%1: yours %2 · theirs %3").arg(dayName(day), a.value(day), b.value(day));
    if (mine.value(QLatin1String("overrides")) != theirs.value(QLatin1String("overrides"))
        || mine.value(QLatin1String("blocks")) != theirs.value(QLatin1String("blocks")))
        out << QObject::tr("Exceptions: yours %1 · theirs %2")
                   .arg(exceptionsText(mine), exceptionsText(theirs));
    if (mine.value(QLatin1String("time_zone")) != theirs.value(QLatin1String("time_zone")))
        out << QObject::tr("Time zone: yours %1 · theirs %2")
                   .arg(mine.value(QLatin1String("time_zone")).toString(),
                        theirs.value(QLatin1String("time_zone")).toString());
    return out;
}

QVariant OutboxEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEdit &e = m_edits.at(index.row());
    const bool conflict = e.state == OutboxEdit::State::Conflict;
    switch (role) {
    case SeqRole:
        return e.seq;
    case KindRole:
        return e.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return e.kind == QLatin1String("availability") ? tr("Weekly availability") : e.kind;
    case StateRole:
        return OutboxEdit::stateName(e.state);
    case IsPendingRole:
        return e.state == OutboxEdit::State::Pending;
    case IsConflictRole:
        return conflict;
    case IsFailedRole:
        return e.state == OutboxEdit::State::Failed;
    case CreatedAtRole:
        return e.createdAt;
    case CreatedTextRole: {
        const QTimeZone zone(m_displayZone.toUtf8());
        return QLocale().toString(e.createdAt.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()),
                                  QStringLiteral("ddd d MMM, HH:mm"));
    }
    case MineTextRole:
        return describeSchedule(e.body).join(QLatin1Char('\n'));
    case TheirsTextRole:
        return conflict ? describeSchedule(e.serverBody).join(QLatin1Char('\n')) : QString();
    case DifferencesRole:
        return conflict ? differences(e.body, e.serverBody) : QStringList();
    case ErrorRole:
        return e.error;
    case BaseVersionRole:
        return e.baseVersion;
    case ServerVersionRole:
        return e.serverVersion;
    }
    return {};
}

QHash<int, QByteArray> OutboxEditModel::roleNames() const
{
    return {
        { SeqRole, "seq" },
        { KindRole, "kind" },
        { TitleRole, "title" },
        { StateRole, "state" },
        { IsPendingRole, "isPending" },
        { IsConflictRole, "isConflict" },
        { IsFailedRole, "isFailed" },
        { CreatedAtRole, "createdAt" },
        { CreatedTextRole, "createdText" },
        { MineTextRole, "mineText" },
        { TheirsTextRole, "theirsText" },
        { DifferencesRole, "differences" },
        { ErrorRole, "error" },
        { BaseVersionRole, "baseVersion" },
        { ServerVersionRole, "serverVersion" },
    };
}

void OutboxEditModel::setEdits(const QList<OutboxEdit> &edits)
{
    const qsizetype before = m_edits.size();
    beginResetModel();
    m_edits = edits;
    endResetModel();
    if (before != m_edits.size())
        Q_EMIT countChanged();
}

// ---- OutboxController ---------------------------------------------------------

struct OutboxRead
{
    QList<OutboxEdit> edits;
    QDateTime cacheUpdatedAt;
};

OutboxController::OutboxController(QObject *parent)
    : QObject(parent)
    , m_edits(new OutboxEditModel(this))
{
    AccountController *account = AccountController::instance();
    if (!account)
        return;
    connect(account, &AccountController::collectionChanged, this, [this](const QString &collection) {
        if (collection == QLatin1String("outbox") || collection == QLatin1String("availability")
            || collection == QLatin1String("me"))
            reload();
    });
    connect(account, &AccountController::readyChanged, this, [this] {
        connectEngine();
        reload();
    });
    connectEngine();
    reload();
}

void OutboxController::connectEngine()
{
    AccountController *account = AccountController::instance();
    SyncEngine *engine = account ? account->sync() : nullptr;
    if (!engine || m_engineConnected)
        return;
    m_engineConnected = true;
    // The counters move when an edit is sent, refused or resolved.
    connect(engine, &SyncEngine::outboxChanged, this, &OutboxController::reload);
}

QString OutboxController::userId() const
{
    // App is the composition root's singleton; create() hands out the instance main() made.
    AppController *app = AppController::create(nullptr, nullptr);
    return app && app->session() ? app->session()->user().id : QString();
}

int OutboxController::countOf(OutboxEdit::State state) const
{
    int n = 0;
    for (int row = 0; row < m_edits->rowCount(); ++row)
        n += m_edits->at(row)->state == state ? 1 : 0;
    return n;
}

void OutboxController::reload()
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    const quint64 read = ++m_reads;
    if (!storage) {
        m_edits->setEdits({});
        m_cacheUpdatedAt = {};
        Q_EMIT changed();
        return;
    }
    m_edits->setDisplayZone(account->sessions()->displayZone());
    const QString user = userId();
    storage->run<OutboxRead>(
        this,
        [user](Storage::Stores &stores) {
            OutboxRead read;
            read.edits = stores.outbox->edits(user);
            read.cacheUpdatedAt = stores.cache->documentSyncedAt(QStringLiteral("me"));
            return read;
        },
        [this, read](const OutboxRead &result) {
            if (read != m_reads)
                return;
            m_edits->setEdits(result.edits);
            m_cacheUpdatedAt = result.cacheUpdatedAt;
            Q_EMIT changed();
        });
}

void OutboxController::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void OutboxController::keepMine(qint64 seq)
{
    resolve(seq, true);
}

void OutboxController::takeTheirs(qint64 seq)
{
    resolve(seq, false);
}

void OutboxController::resolve(qint64 seq, bool keepMine)
{
    AccountController *account = AccountController::instance();
    SyncEngine *engine = account ? account->sync() : nullptr;
    if (!engine) {
        setLastError(tr("Sign in to resolve this edit."));
        return;
    }
    ++m_busy;
    Q_EMIT busyChanged();
    engine->resolveConflict(seq, keepMine, [this, keepMine](bool ok) {
        --m_busy;
        Q_EMIT busyChanged();
        setLastError(ok             ? QString()
                         : keepMine ? tr("Could not re-queue your edit; it is no longer in conflict.")
                                    : tr("Could not drop your edit; it is no longer in conflict."));
        reload();
    });
}

void OutboxController::discard(qint64 seq)
{
    AccountController *account = AccountController::instance();
    Storage *storage = account ? account->storage() : nullptr;
    if (!storage) {
        setLastError(tr("Sign in to discard this edit."));
        return;
    }
    ++m_busy;
    Q_EMIT busyChanged();
    storage->run<bool>(
        this, [seq](Storage::Stores &stores) { return stores.outbox->discard(seq); },
        [this](bool ok) {
            --m_busy;
            Q_EMIT busyChanged();
            setLastError(ok ? QString() : tr("Only an edit the server refused can be discarded."));
            if (AccountController *account = AccountController::instance(); account && account->sync())
                account->sync()->refreshOutboxCounts();
            reload();
        });
}

} // namespace companion
