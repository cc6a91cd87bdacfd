#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>

namespace companion {

// "Propose a new time…" for one session (`SessionProposalController { sessionId: … }`): the
// free slots of its offering for the next two weeks as the platform offers them to students,
// each shown in the teacher's zone and in every booked student's; proposing one; and the
// session's latest proposal with the students' answers. Online only: a proposal is a
// conversation with the students, so it is not queued.
class SessionProposalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // [{start: RFC 3339, day: "Thu 10 Dec", time: "18:00", zones: "Lena 18:00 · Carlos 14:00"}]
    Q_PROPERTY(QVariantList freeSlots READ freeSlots NOTIFY changed)
    // The latest proposal: "" (none), proposed, accepted, declined or expired, and in words.
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
public:
    explicit SessionProposalController(QObject *parent = nullptr);

    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString &id);
    bool loading() const { return m_loading > 0; }
    QString error() const { return m_error; }
    QVariantList freeSlots() const { return m_freeSlots; }
    QString state() const { return m_state; }
    QString stateText() const { return m_stateText; }

    // Whether a new time can be proposed now: the user's session to change, scheduled, more
    // than a day ahead (students need time to answer), nothing proposed and unanswered.
    Q_INVOKABLE bool canPropose() const;
    Q_INVOKABLE void loadSlots();
    Q_INVOKABLE void propose(const QString &start);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionIdChanged();
    void changed();
    void proposed(bool ok);

private:
    void showProposal(const QJsonObject &proposal);
    void begin();
    void end();

    QString m_sessionId;
    int m_loading = 0;
    QString m_error;
    QVariantList m_freeSlots;
    QString m_state;
    QString m_stateText;
    QList<QPair<QString, QString>> m_students; // name, zone
    quint64 m_generation = 0; // answers for an older session id are dropped
};

} // namespace companion
