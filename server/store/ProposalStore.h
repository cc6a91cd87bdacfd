#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace companion::server {

class Database;

// session_proposals + proposal_answers: a teacher's proposal to move a session, and each booked
// student's answer. A proposal is proposed → accepted (every student said yes) | declined (one
// said no) | expired (no full yes 24 h before the original start). Answer links carry a token of
// their own whose hash alone is stored; each counts once.
class ProposalStore
{
public:
    explicit ProposalStore(Database &db);

    struct Answer
    {
        QString enrollmentId;
        QString studentId;
        QString tokenHash;
        QString answer = QStringLiteral("pending"); // pending | accepted | declined
    };
    struct Proposal
    {
        QString id;
        QString sessionId;
        QString proposedBy;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString state = QStringLiteral("proposed"); // proposed | accepted | declined | expired
        qint64 expiresMs = 0;
        QString createdAt;
        QList<Answer> answers;
    };
    bool insert(const Proposal &proposal);
    // The session's newest proposal (any state). False on a database error.
    bool latestFor(const QString &sessionId, std::optional<Proposal> *proposal);
    // The proposal and the answer a link's token belongs to. False on a database error.
    bool byTokenHash(const QString &tokenHash, std::optional<Proposal> *proposal, QString *enrollmentId);
    bool setAnswer(const QString &proposalId, const QString &enrollmentId, const QString &answer,
                   const QString &now);
    bool setState(const QString &proposalId, const QString &state, const QString &now);
    // The open proposal of `sessionId` must be answered by `deadlineMs` (test hooks).
    bool moveDeadline(const QString &sessionId, qint64 deadlineMs);
    // Sessions whose open proposal's time to answer ran out at `nowMs`.
    QStringList sessionsWithExpiredProposals(qint64 nowMs);

private:
    bool load(const QString &where, const QVariantList &bindings, std::optional<Proposal> *proposal);

    Database &m_db;
};

} // namespace companion::server
