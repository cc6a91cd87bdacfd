#include "models/money/EarningsSummary.h"

#include "models/JsonReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QTimeZone>

namespace companion {

EarningsSummary EarningsSummary::compute(const QList<Row> &rows, const QDate &from, const QDate &to,
                                         const QString &timeZone, const QString &groupBy)
{
    const QTimeZone named(timeZone.toUtf8());
    const QTimeZone zone = named.isValid() ? named : QTimeZone::utc();
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    QMap<QString, QMap<QString, Entry>> groups; // key -> currency -> sum: a stable order
    QMap<QString, qint64> totals;
    for (const Row &row : rows) {
        if (row.createdMs < fromMs || row.createdMs >= toMs)
            continue;
        const bool reversed = row.status == u"reversed";
        QString key;
        QString label;
        if (groupBy == u"status") {
            key = label = row.status;
        } else if (reversed) {
            continue;
        } else if (groupBy == u"course") {
            key = row.courseId;
            label = row.courseTitle;
        } else if (groupBy == u"role") {
            key = label = splitRoleToString(row.role);
        } else {
            const QDate local = QDateTime::fromMSecsSinceEpoch(row.createdMs, zone).date();
            key = local.toString(QStringLiteral("yyyy-MM"));
            label = QLocale::c().toString(local, QStringLiteral("MMMM yyyy"));
        }
        Entry &entry = groups[key][row.currency];
        entry.key = key;
        entry.label = label;
        entry.currency = row.currency;
        entry.amountCents += row.amountCents;
        entry.count += 1;
        if (!reversed)
            totals[row.currency] += row.amountCents;
    }
    EarningsSummary summary;
    summary.from = from.toString(Qt::ISODate);
    summary.to = to.toString(Qt::ISODate);
    summary.groupBy = groupBy;
    summary.timeZone = timeZone;
    for (const auto &byCurrency : std::as_const(groups)) {
        for (const Entry &entry : byCurrency)
            summary.groups.append(entry);
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        summary.totals.append({ {}, {}, it.key(), it.value(), 0 });
    return summary;
}

QJsonObject EarningsSummary::toJson() const
{
    QJsonArray groupArray;
    for (const Entry &entry : groups)
        groupArray.append(QJsonObject { { QStringLiteral("key"), entry.key },
                                        { QStringLiteral("label"), entry.label },
                                        { QStringLiteral("currency"), entry.currency },
                                        { QStringLiteral("amount_cents"), entry.amountCents },
                                        { QStringLiteral("count"), entry.count } });
    QJsonArray totalArray;
    for (const Entry &entry : totals)
        totalArray.append(QJsonObject { { QStringLiteral("currency"), entry.currency },
                                        { QStringLiteral("amount_cents"), entry.amountCents } });
    return { { QStringLiteral("from"), from },         { QStringLiteral("to"), to },
             { QStringLiteral("group_by"), groupBy },  { QStringLiteral("time_zone"), timeZone },
             { QStringLiteral("totals"), totalArray }, { QStringLiteral("groups"), groupArray } };
}

std::optional<EarningsSummary> EarningsSummary::fromJson(const QJsonObject &json, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<EarningsSummary> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    EarningsSummary summary;
    summary.from = json.value(QLatin1String("from")).toString();
    summary.to = json.value(QLatin1String("to")).toString();
    summary.groupBy = json.value(QLatin1String("group_by")).toString();
    summary.timeZone = json.value(QLatin1String("time_zone")).toString();
    for (const char *listKey : { "groups", "totals" }) {
        const QJsonValue list = json.value(QLatin1String(listKey));
        if (!list.isArray())
            return failWith(QStringLiteral("earnings.%1 is not a list").arg(QLatin1String(listKey)));
        QList<Entry> &entries = qstrcmp(listKey, "groups") == 0 ? summary.groups : summary.totals;
        for (const QJsonValue &item : list.toArray()) {
            const QJsonObject object = item.toObject();
            JsonReader reader(object, QStringLiteral("earnings.%1[]").arg(QLatin1String(listKey)));
            Entry entry;
            entry.amountCents = reader.integer("amount_cents");
            entry.currency = reader.string("currency");
            if (!item.isObject() || !reader.ok())
                return failWith(reader.ok() ? QStringLiteral("an earnings entry is not an object")
                                            : reader.error());
            entry.key = object.value(QLatin1String("key")).toString();
            entry.label = object.value(QLatin1String("label")).toString();
            entry.count = object.value(QLatin1String("count")).toInt();
            entries.append(entry);
        }
    }
    return summary;
}

} // namespace companion
