#include "app/cli/CommandContext.h"

#include "app/AppContext.h"
#include "app/cli/ExitCode.h"
#include "models/money/Money.h"
#include "models/time/Clock.h"
#include "services/auth/AuthSession.h"
#include "services/net/ApiResponse.h"

#include <QJsonDocument>

namespace companion::cli {

QString CommandContext::ageText(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("never synced");
    const qint64 seconds = when.secsTo(Clock::nowUtc());
    if (seconds < 90)
        return QStringLiteral("%1 s old").arg(seconds);
    if (seconds < 5400)
        return QStringLiteral("%1 min old").arg(seconds / 60);
    if (seconds < 172800)
        return QStringLiteral("%1 h old").arg(seconds / 3600);
    return QStringLiteral("%1 days old").arg(seconds / 86400);
}

CommandContext::CommandContext(AppContext *context, bool json, QTextStream &out, QTextStream &err,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{ }

Storage *CommandContext::storage() const
{
    return m_context->storage();
}

QString CommandContext::userId() const
{
    return m_context->session()->user().id;
}

void CommandContext::done(int code)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

void CommandContext::fail(int code, const QString &message)
{
    if (m_json)
        emitJson({ { QStringLiteral("error"), message }, { QStringLiteral("exit_code"), code } });
    m_err << message << "\n";
    done(code);
}

void CommandContext::emitJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
}

int CommandContext::exitCodeFor(SyncEngine::Outcome outcome)
{
    switch (outcome) {
    case SyncEngine::Outcome::Ok:
        return Ok;
    case SyncEngine::Outcome::Offline:
    case SyncEngine::Outcome::ServerError:
        return Network;
    case SyncEngine::Outcome::AuthFailed:
        return Auth;
    case SyncEngine::Outcome::Conflict:
        return Conflict;
    }
    return Failure;
}

int CommandContext::exitCodeFor(const ApiResponse &response)
{
    switch (response.kind) {
    case ApiResponse::Kind::Ok:
        return Ok;
    case ApiResponse::Kind::NetworkError:
    case ApiResponse::Kind::InvalidResponse:
        return Network;
    case ApiResponse::Kind::HttpError:
        if (response.httpStatus == 401 || response.httpStatus == 403)
            return Auth;
        if (response.httpStatus == 409 || response.httpStatus == 412)
            return Conflict;
        if (response.httpStatus >= 500 || response.httpStatus == 429)
            return Network;
        return Usage;
    }
    return Failure;
}

QString CommandContext::moneyText(qint64 minorUnits, const QString &currency)
{
    // Plain and locale-free for scripts: the amount in the currency's own minor digits and
    // the ISO code (MoneyFormat::format is for people and follows the locale).
    const int digits = MoneyFormat::minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const quint64 magnitude = minorUnits < 0 ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString number = QString::number(magnitude / quint64(scale));
    if (digits > 0)
        number += QLatin1Char('.')
            + QStringLiteral("%1").arg(magnitude % quint64(scale), digits, 10, QLatin1Char('0'));
    return QStringLiteral("%1%2 %3").arg(minorUnits < 0 ? QStringLiteral("-") : QString(), number, currency);
}

void CommandContext::withAccount(bool syncFirst, std::function<void(SyncEngine::Outcome)> next)
{
    AuthSession *session = m_context->session();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        session, &AuthSession::operationFinished, this, [this, session, syncFirst, next, connection](bool) {
            disconnect(*connection);
            const auto state = session->state();
            if (state != AuthSession::State::SignedIn && state != AuthSession::State::Offline) {
                fail(Auth,
                     session->lastError().isEmpty()
                         ? QStringLiteral("Not signed in. Run: companion-cli login --email ADDRESS")
                         : session->lastError());
                return;
            }
            m_context->openAccount(
                [this, session, syncFirst, next](const QString &error, const QStringList &notes) {
                    for (const QString &note : notes)
                        m_err << "Note: " << note << "\n";
                    if (!error.isEmpty()) {
                        fail(Failure, error);
                        return;
                    }
                    if (!syncFirst || session->state() == AuthSession::State::Offline) {
                        next(SyncEngine::Outcome::Offline);
                        return;
                    }
                    SyncEngine *engine = m_context->sync();
                    if (m_pageSize > 0)
                        engine->setPageSize(m_pageSize);
                    connect(
                        engine, &SyncEngine::syncFinished, this,
                        [next](SyncEngine::Outcome outcome) { next(outcome); }, Qt::SingleShotConnection);
                    engine->syncNow();
                });
        });
    session->restore();
}

QDateTime CommandContext::lastSync()
{
    // Sessions are synced last-but-never-skipped in every sync, so their time is the sync's.
    return read<QDateTime>(
        [](const AccountReader &reader) { return reader.syncedAt(QStringLiteral("sessions")); });
}

void CommandContext::printCacheAge(SyncEngine::Outcome outcome)
{
    if (outcome == SyncEngine::Outcome::Ok || outcome == SyncEngine::Outcome::Conflict)
        return;
    const QDateTime synced = lastSync();
    QString why = m_context->sync()->lastError();
    if (why.isEmpty())
        why = m_context->session()->lastError();
    m_err << (outcome == SyncEngine::Outcome::Offline ? "Offline" : "Could not sync")
          << ": answering from the cache (" << ageText(synced) << ")." << (why.isEmpty() ? "" : " ") << why
          << "\n";
}

} // namespace companion::cli
