#include "server/store/ProposalStore.h"

#include "models/time/InstantFormat.h"
#include "server/store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace companion::server {

ProposalStore::ProposalStore(Database &db)
    : m_db(db)
{ }

bool ProposalStore::insert(const Proposal &p)
{
    QSqlQuery q = m_db.query();
    bool ok = m_db.exec(
        q,
        QStringLiteral("INSERT INTO session_proposals (id, session_id, proposed_by, starts_at, ends_at, "
                       "state, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { p.id, p.sessionId, p.proposedBy, instant::toStorageStringMs(p.startMs),
          instant::toStorageStringMs(p.endMs), p.state, instant::toStorageStringMs(p.expiresMs),
          p.createdAt });
    for (const Answer &a : p.answers) {
        ok = ok
            && m_db.exec(
                q,
                QStringLiteral("INSERT INTO proposal_answers (proposal_id, enrollment_id, student_id, "
                               "token_hash, answer) VALUES (?, ?, ?, ?, ?)"),
                { p.id, a.enrollmentId, a.studentId, a.tokenHash, a.answer });
    }
    return ok;
}

bool ProposalStore::load(const QString &where, const QVariantList &bindings,
                         std::optional<Proposal> *proposal)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT id, session_id, proposed_by, starts_at, ends_at, state, expires_at, "
                           "created_at FROM session_proposals WHERE ")
                + where,
            bindings))
        return false;
    if (!q.next()) {
        proposal->reset();
        return true;
    }
    Proposal p;
    p.id = q.value(0).toString();
    p.sessionId = q.value(1).toString();
    p.proposedBy = q.value(2).toString();
    p.startMs = instant::parseMs(q.value(3).toString()).value_or(0);
    p.endMs = instant::parseMs(q.value(4).toString()).value_or(0);
    p.state = q.value(5).toString();
    p.expiresMs = instant::parseMs(q.value(6).toString()).value_or(0);
    p.createdAt = q.value(7).toString();
    q.finish();
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT enrollment_id, student_id, token_hash, answer FROM proposal_answers WHERE "
                           "proposal_id = ? ORDER BY enrollment_id"),
            { p.id }))
        return false;
    while (q.next())
        p.answers.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    *proposal = p;
    return true;
}

bool ProposalStore::latestFor(const QString &sessionId, std::optional<Proposal> *proposal)
{
    return load(QStringLiteral("session_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"), { sessionId },
                proposal);
}

bool ProposalStore::byTokenHash(const QString &tokenHash, std::optional<Proposal> *proposal,
                                QString *enrollmentId)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(
            q, QStringLiteral("SELECT proposal_id, enrollment_id FROM proposal_answers WHERE token_hash = ?"),
            { tokenHash }))
        return false;
    if (!q.next()) {
        proposal->reset();
        return true;
    }
    const QString id = q.value(0).toString();
    *enrollmentId = q.value(1).toString();
    q.finish();
    return load(QStringLiteral("id = ?"), { id }, proposal);
}

bool ProposalStore::setAnswer(const QString &proposalId, const QString &enrollmentId, const QString &answer,
                              const QString &now)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("UPDATE proposal_answers SET answer = ?, answered_at = ? WHERE proposal_id = ? "
                       "AND enrollment_id = ? AND answer = 'pending'"),
        { answer, now, proposalId, enrollmentId });
}

bool ProposalStore::setState(const QString &proposalId, const QString &state, const QString &now)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
        q,
        QStringLiteral("UPDATE session_proposals SET state = ?, decided_at = ? WHERE id = ? AND state = "
                       "'proposed'"),
        { state, now, proposalId });
}

bool ProposalStore::moveDeadline(const QString &sessionId, qint64 deadlineMs)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(
               q,
               QStringLiteral("UPDATE session_proposals SET expires_at = ? WHERE session_id = ? AND state = "
                              "'proposed'"),
               { instant::toStorageStringMs(deadlineMs), sessionId })
        && q.numRowsAffected() == 1;
}

QStringList ProposalStore::sessionsWithExpiredProposals(qint64 nowMs)
{
    QStringList ids;
    QSqlQuery q = m_db.query();
    if (m_db.exec(
            q,
            QStringLiteral(
                "SELECT session_id FROM session_proposals WHERE state = 'proposed' AND expires_at <= ?"),
            { instant::toStorageStringMs(nowMs) })) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

} // namespace companion::server
