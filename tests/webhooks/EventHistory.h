#pragma once

// A realistic, deterministic webhook history for the demo world (seeded PRNG): bookings
// through Stripe Checkout (some with delayed payment methods, some group slots booked
// twice), their PlugNmeet rooms (joins, drop-outs and re-joins, no-shows, both end events,
// recordings), the transfers of completed sessions, payouts (some failing later), partial
// and full refunds with their pro-rata transfer reversals, Connect account updates and
// Resend email events. Stripe also sends some objects twice under distinct event ids, as
// it says it may. Bodies are final; signatures are made when sending.

#include "models/money/MoneySplit.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>

namespace companion::test {

struct WebhookDelivery
{
    QString endpoint; // "stripe", "stripe-connect", "plugnmeet", "resend"
    QByteArray body;
    QByteArray svixId; // Resend only: stable across retries
};

class EventHistory
{
public:
    static QList<WebhookDelivery> generate(int count, quint32 seed)
    {
        EventHistory h(seed);
        for (int k = 0; h.m_out.size() < count; ++k)
            h.booking(k);
        h.m_out.resize(count);
        return h.m_out;
    }

    // The server's id for the session of a slot (documented: one session per offering+start).
    static QString sessionIdFor(const QString &offeringId, qint64 startUtc)
    {
        return QStringLiteral("ses_")
            + QString::fromLatin1(
                   QCryptographicHash::hash(offeringId.toUtf8() + '@' + QByteArray::number(startUtc),
                                            QCryptographicHash::Sha256)
                       .toHex()
                       .left(16));
    }

private:
    struct Offering
    {
        const char *id;
        const char *teacher;
        qint64 price;
    };
    static constexpr Offering kOfferings[] = {
        { "off_maya_spanish", "maya", 4500 },       { "off_maya_python", "maya", 6000 },
        { "off_maya_watercolour", "maya", 3000 },   { "off_jonas_spanish", "jonas", 4500 },
        { "off_jonas_python", "jonas", 6000 },      { "off_priya_python", "priya", 6000 },
        { "off_priya_watercolour", "priya", 3000 },
    };
    static constexpr const char *kStudents[]
        = { "lena", "tom", "aisha", "carlos", "sofia", "ethan", "mei", "omar" };
    static constexpr const char *kTeachers[] = { "maya", "jonas", "priya" };
    static constexpr const char *kTeacherEmails[] = { "creator@demo.test", "st1@demo.test", "st2@demo.test" };
    static constexpr qint64 kBase = 1956528000; // 2032-01-01T00:00:00Z

    explicit EventHistory(quint32 seed)
        : m_rng(seed)
    { }

    bool chance(int percent) { return m_rng.bounded(100) < percent; }

    void add(const QString &endpoint, const QJsonObject &body, const QByteArray &svixId = {})
    {
        m_out.append({ endpoint, QJsonDocument(body).toJson(QJsonDocument::Compact), svixId });
    }

    void stripe(const QString &type, const QJsonObject &object, qint64 created, const QString &account = {})
    {
        QJsonObject event { { QStringLiteral("id"), QStringLiteral("evt_h%1").arg(++m_serial) },
                            { QStringLiteral("object"), QStringLiteral("event") },
                            { QStringLiteral("type"), type },
                            { QStringLiteral("created"), created },
                            { QStringLiteral("livemode"), false },
                            { QStringLiteral("data"),
                              QJsonObject { { QStringLiteral("object"), object } } } };
        if (!account.isEmpty())
            event.insert(QStringLiteral("account"), account);
        add(account.isEmpty() ? QStringLiteral("stripe") : QStringLiteral("stripe-connect"), event);
    }

    void room(const QString &type, const QString &roomId, const QString &sid, qint64 created,
              const QJsonObject &participant = {}, const QJsonObject &recording = {})
    {
        QJsonObject event { { QStringLiteral("event"), type },
                            { QStringLiteral("room"),
                              QJsonObject {
                                  { QStringLiteral("sid"), sid },
                                  { QStringLiteral("room_id"), roomId },
                                  { QStringLiteral("creation_time"), QString::number(created - 600) } } },
                            { QStringLiteral("id"), QStringLiteral("EV_h%1").arg(++m_serial) },
                            { QStringLiteral("created_at"), QString::number(created) } };
        if (!participant.isEmpty())
            event.insert(QStringLiteral("participant"), participant);
        if (!recording.isEmpty())
            event.insert(QStringLiteral("recording_info"), recording);
        add(QStringLiteral("plugnmeet"), event);
    }

    static QJsonObject participant(const QString &sid, const QString &user, qint64 joinedAt)
    {
        return { { QStringLiteral("sid"), sid },
                 { QStringLiteral("identity"), user },
                 { QStringLiteral("state"), QStringLiteral("ACTIVE") },
                 { QStringLiteral("joined_at"), QString::number(joinedAt) } };
    }

    QJsonObject checkoutObject(const QString &cs, const QString &pi, const Offering &o, qint64 start,
                               const QString &student, bool paid, qint64 created)
    {
        return {
            { QStringLiteral("id"), cs },
            { QStringLiteral("object"), QStringLiteral("checkout.session") },
            { QStringLiteral("mode"), QStringLiteral("payment") },
            { QStringLiteral("status"), QStringLiteral("complete") },
            { QStringLiteral("payment_status"), paid ? QStringLiteral("paid") : QStringLiteral("unpaid") },
            { QStringLiteral("amount_total"), o.price },
            { QStringLiteral("currency"), QStringLiteral("eur") },
            { QStringLiteral("client_reference_id"), student },
            { QStringLiteral("payment_intent"), pi },
            { QStringLiteral("created"), created },
            { QStringLiteral("metadata"),
              QJsonObject { { QStringLiteral("offering_id"), QLatin1String(o.id) },
                            { QStringLiteral("start"),
                              QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()).toString(Qt::ISODate) },
                            { QStringLiteral("student_id"), student } } }
        };
    }

    // One charge: checkout (+ duplicates), its transfers once the session happened, refunds.
    struct Charge
    {
        QString cs, pi, ch, student;
        QList<QPair<QString, qint64>> transfers; // (transfer id, amount) per non-platform split
        QStringList transferAccounts;
        QList<int> shareOf; // recipient index per transfer: 0 creator, 1 st
    };

    Charge checkout(int k, int seat, const Offering &o, qint64 start, const QString &notStudent = {})
    {
        Charge c;
        c.cs = QStringLiteral("cs_h%1_%2").arg(k).arg(seat);
        c.pi = QStringLiteral("pi_h%1_%2").arg(k).arg(seat);
        c.ch = QStringLiteral("ch_h%1_%2").arg(k).arg(seat);
        do // one student never pays twice for one slot: that would be a genuine race
            c.student = QStringLiteral("usr_") + QLatin1String(kStudents[m_rng.bounded(8)]);
        while (c.student == notStudent);
        const qint64 created = start - 3 * 86400 + seat;
        if (chance(5)) { // a delayed payment method: completed (unpaid), then async succeeded
            stripe(QStringLiteral("checkout.session.completed"),
                   checkoutObject(c.cs, c.pi, o, start, c.student, false, created), created);
            stripe(QStringLiteral("checkout.session.async_payment_succeeded"),
                   checkoutObject(c.cs, c.pi, o, start, c.student, true, created), created + 3600);
        } else {
            stripe(QStringLiteral("checkout.session.completed"),
                   checkoutObject(c.cs, c.pi, o, start, c.student, true, created), created);
            if (chance(10)) // the same Checkout Session again, under another event id
                stripe(QStringLiteral("checkout.session.completed"),
                       checkoutObject(c.cs, c.pi, o, start, c.student, true, created), created);
        }
        return c;
    }

    void booking(int k)
    {
        const Offering &o = kOfferings[m_rng.bounded(7)];
        const qint64 start = kBase + qint64(k) * 7200; // never overlapping
        const QString sessionId = sessionIdFor(QLatin1String(o.id), start);
        const QString roomId = QStringLiteral("room_") + sessionId;
        const QString roomSid = QStringLiteral("sid-h%1").arg(k);
        const QString teacher = QStringLiteral("usr_") + QLatin1String(o.teacher);
        const bool creatorTaught = QLatin1String(o.teacher) == QLatin1String("maya");
        QList<Charge> charges { checkout(k, 0, o, start) };
        if (o.price == 6000 && chance(20)) { // a second (different) student in the group slot
            charges.append(checkout(k, 1, o, start, charges.first().student));
        }

        const bool teacherAttends = chance(90);
        room(QStringLiteral("room_started"), roomId, roomSid, start - 60);
        if (teacherAttends)
            room(QStringLiteral("participant_joined"), roomId, roomSid, start - 30,
                 participant(QStringLiteral("PA_h%1_t").arg(k), teacher, start - 30));
        for (int s = 0; s < charges.size(); ++s) {
            const QString pa = QStringLiteral("PA_h%1_s%2").arg(k).arg(s);
            room(QStringLiteral("participant_joined"), roomId, roomSid, start + 20 + s,
                 participant(pa, charges[s].student, start + 20 + s));
            if (chance(20)) { // drops out and comes back
                room(QStringLiteral("participant_left"), roomId, roomSid, start + 900,
                     participant(pa, charges[s].student, start + 20 + s));
                const QString again = pa + QStringLiteral("b");
                room(QStringLiteral("participant_joined"), roomId, roomSid, start + 960,
                     participant(again, charges[s].student, start + 960));
                room(QStringLiteral("participant_left"), roomId, roomSid, start + 3500,
                     participant(again, charges[s].student, start + 960));
            } else {
                room(QStringLiteral("participant_left"), roomId, roomSid, start + 3500,
                     participant(pa, charges[s].student, start + 20 + s));
            }
        }
        if (teacherAttends)
            room(QStringLiteral("participant_left"), roomId, roomSid, start + 3550,
                 participant(QStringLiteral("PA_h%1_t").arg(k), teacher, start - 30));
        room(QStringLiteral("session_ended"), roomId, roomSid, start + 3600);
        room(QStringLiteral("room_finished"), roomId, roomSid, start + 3605);
        if (chance(70))
            room(QStringLiteral("recording_proceeded"), roomId, roomSid, start + 5000, {},
                 { { QStringLiteral("record_id"), roomSid + QStringLiteral("-rec") },
                   { QStringLiteral("file_path"), QStringLiteral("node_01/%1/%2.mp4").arg(roomId, roomSid) },
                   { QStringLiteral("file_size"), 10.5 },
                   { QStringLiteral("recorder_msg"), QStringLiteral("success") } });

        // Transfers for the completed session, then perhaps a refund with its reversals.
        for (Charge &c : charges) {
            const MoneySplit split = MoneySplit::compute(
                o.price, creatorTaught ? TeachingCase::CreatorTaught : TeachingCase::StudentTeacherTaught);
            if (teacherAttends) {
                const auto transfer = [&](const QString &kind, const QString &account, qint64 amount) {
                    const QString id = QStringLiteral("tr_%1_%2").arg(c.cs, kind);
                    const QJsonObject object {
                        { QStringLiteral("id"), id },
                        { QStringLiteral("object"), QStringLiteral("transfer") },
                        { QStringLiteral("amount"), amount },
                        { QStringLiteral("amount_reversed"), 0 },
                        { QStringLiteral("currency"), QStringLiteral("eur") },
                        { QStringLiteral("created"), start + 4000 },
                        { QStringLiteral("destination"), account },
                        { QStringLiteral("source_transaction"), c.ch },
                        { QStringLiteral("transfer_group"), QStringLiteral("group_") + c.pi },
                        { QStringLiteral("metadata"),
                          QJsonObject {
                              { QStringLiteral("split_id"), QStringLiteral("spl_%1_%2").arg(c.cs, kind) } } },
                    };
                    stripe(QStringLiteral("transfer.created"), object, start + 4000);
                    if (chance(10))
                        stripe(QStringLiteral("transfer.created"), object, start + 4000);
                    c.transfers.append({ id, amount });
                    m_unpaid[account].append({ start + 4000, amount });
                };
                if (creatorTaught) {
                    transfer(QStringLiteral("creator"), QStringLiteral("acct_sandbox_maya"),
                             split.shareOf(SplitRecipient::Creator));
                } else {
                    transfer(QStringLiteral("st"), QStringLiteral("acct_sandbox_") + QLatin1String(o.teacher),
                             split.shareOf(SplitRecipient::StudentTeacher));
                    transfer(QStringLiteral("creator"), QStringLiteral("acct_sandbox_maya"),
                             split.shareOf(SplitRecipient::Creator));
                }
            }
            if (chance(10)) {
                const bool full = chance(50);
                const qint64 refunded = full ? o.price : o.price / 3;
                stripe(QStringLiteral("charge.refunded"),
                       { { QStringLiteral("id"), c.ch },
                         { QStringLiteral("object"), QStringLiteral("charge") },
                         { QStringLiteral("amount"), o.price },
                         { QStringLiteral("amount_refunded"), refunded },
                         { QStringLiteral("refunded"), full },
                         { QStringLiteral("currency"), QStringLiteral("eur") },
                         { QStringLiteral("payment_intent"), c.pi } },
                       start + 5000);
                const MoneySplit back = MoneySplit::compute(
                    refunded,
                    creatorTaught ? TeachingCase::CreatorTaught : TeachingCase::StudentTeacherTaught);
                for (const auto &[id, amount] : c.transfers) {
                    const bool isSt = id.endsWith(u"_st");
                    const qint64 reversed
                        = back.shareOf(isSt ? SplitRecipient::StudentTeacher : SplitRecipient::Creator);
                    stripe(QStringLiteral("transfer.reversed"),
                           { { QStringLiteral("id"), id },
                             { QStringLiteral("object"), QStringLiteral("transfer") },
                             { QStringLiteral("amount"), amount },
                             { QStringLiteral("amount_reversed"), reversed },
                             { QStringLiteral("reversed"), reversed >= amount },
                             { QStringLiteral("currency"), QStringLiteral("eur") },
                             { QStringLiteral("created"), start + 4000 },
                             { QStringLiteral("source_transaction"), c.ch },
                             { QStringLiteral("transfer_group"), QStringLiteral("group_") + c.pi },
                             { QStringLiteral("destination"),
                               isSt ? QStringLiteral("acct_sandbox_") + QLatin1String(o.teacher)
                                    : QStringLiteral("acct_sandbox_maya") },
                             { QStringLiteral("metadata"),
                               QJsonObject { { QStringLiteral("split_id"),
                                               QStringLiteral("spl_%1_%2")
                                                   .arg(c.cs,
                                                        isSt ? QStringLiteral("st")
                                                             : QStringLiteral("creator")) } } } },
                           start + 5100);
                }
            }
        }

        if (k % 25 == 24) { // payouts of everything transferred so far
            for (const char *t : kTeachers) {
                const QString account = QStringLiteral("acct_sandbox_") + QLatin1String(t);
                qint64 amount = 0;
                for (const auto &[when, value] : m_unpaid.value(account))
                    amount += value;
                m_unpaid.remove(account);
                if (amount == 0)
                    continue;
                const QJsonObject payout { { QStringLiteral("id"),
                                             QStringLiteral("po_h%1_%2").arg(k).arg(QLatin1String(t)) },
                                           { QStringLiteral("object"), QStringLiteral("payout") },
                                           { QStringLiteral("amount"), amount },
                                           { QStringLiteral("created"), start + 7000 },
                                           { QStringLiteral("arrival_date"), start + 86400 },
                                           { QStringLiteral("status"), QStringLiteral("paid") } };
                stripe(QStringLiteral("payout.paid"), payout, start + 7000, account);
                if (chance(10))
                    stripe(QStringLiteral("payout.failed"), payout, start + 90000, account);
            }
        }
        if (k % 40 == 39) { // a Connect account changes
            const int t = m_rng.bounded(3);
            const QString account = QStringLiteral("acct_sandbox_") + QLatin1String(kTeachers[t]);
            const bool due = chance(40);
            QJsonArray currentlyDue;
            if (due)
                currentlyDue.append(QStringLiteral("individual.verification.document"));
            stripe(QStringLiteral("account.updated"),
                   { { QStringLiteral("id"), account },
                     { QStringLiteral("object"), QStringLiteral("account") },
                     { QStringLiteral("charges_enabled"), true },
                     { QStringLiteral("payouts_enabled"), !due },
                     { QStringLiteral("details_submitted"), true },
                     { QStringLiteral("requirements"),
                       QJsonObject {
                           { QStringLiteral("currently_due"), currentlyDue },
                           { QStringLiteral("eventually_due"), currentlyDue },
                           { QStringLiteral("past_due"), QJsonArray() },
                           { QStringLiteral("pending_verification"), QJsonArray() },
                           { QStringLiteral("disabled_reason"), QJsonValue(QJsonValue::Null) },
                           { QStringLiteral("current_deadline"),
                             due ? QJsonValue(start + 30 * 86400) : QJsonValue(QJsonValue::Null) } } } },
                   start + 8000, account);
        }
        if (k % 10 == 9) { // Resend reports on an email to a teacher
            const int t = m_rng.bounded(3);
            const char *types[]
                = { "email.delivered", "email.delivered", "email.bounced", "email.complained" };
            const QJsonObject event {
                { QStringLiteral("type"), QLatin1String(types[m_rng.bounded(4)]) },
                { QStringLiteral("created_at"),
                  QDateTime::fromSecsSinceEpoch(start + 100, QTimeZone::utc()).toString(Qt::ISODateWithMs) },
                { QStringLiteral("data"),
                  QJsonObject { { QStringLiteral("email_id"), QStringLiteral("em_h%1").arg(k) },
                                { QStringLiteral("to"), QJsonArray { QLatin1String(kTeacherEmails[t]) } } } },
            };
            add(QStringLiteral("resend"), event, QStringLiteral("msg_h%1").arg(++m_serial).toLatin1());
        }
    }

    QRandomGenerator m_rng;
    QList<WebhookDelivery> m_out;
    int m_serial = 0;
    QHash<QString, QList<QPair<qint64, qint64>>> m_unpaid; // account -> (transfer time, amount)
};

} // namespace companion::test
