#include "models/money/EarningsCsv.h"

#include "models/money/Money.h"

#include <QTimeZone>

#include <algorithm>

namespace companion {

QString EarningsCsv::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString EarningsCsv::decimal(qint64 minorUnits, const QString &currency)
{
    const int digits = MoneyFormat::minorDigits(currency);
    const bool negative = minorUnits < 0;
    // Unsigned: the magnitude of the most negative qint64 does not fit a qint64.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QByteArray EarningsCsv::write(const QList<Split> &splits, const QDate &from, const QDate &to,
                              const QString &timeZone)
{
    const QTimeZone named(timeZone.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::utc();
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QList<const Split *> rows;
    for (const Split &s : splits) {
        const qint64 created = s.createdAt.toMSecsSinceEpoch();
        if (created >= fromMs && created < toMs)
            rows.append(&s);
    }
    std::sort(rows.begin(), rows.end(), [](const Split *a, const Split *b) {
        return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
    });
    const auto local = [&zone](const QDateTime &at, const char *format) {
        return at.isValid() ? at.toTimeZone(zone).toString(QLatin1String(format)) : QString();
    };
    QString out
        = QStringLiteral("date,session_date,session_id,course,student,teacher,rule,gross,share,currency,"
                         "status,status_date,transfer_id,payout_id,split_id\r\n");
    for (const Split *s : std::as_const(rows)) {
        const QStringList fields {
            local(s->createdAt, "yyyy-MM-dd"),
            local(s->sessionStart, "yyyy-MM-dd HH:mm"),
            s->sessionId,
            s->courseTitle,
            s->studentName,
            s->teacherName,
            splitRoleToString(s->role),
            decimal(s->grossAmountCents, s->currency),
            decimal(s->amountCents, s->currency),
            s->currency,
            s->status,
            local(s->statusChangedAt(), "yyyy-MM-dd"),
            s->transferId,
            s->payoutId,
            s->id,
        };
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(field(f));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace companion
