#include "models/money/EarningsSummary.h"

#include "models/JsonReader.h"

#include <QJsonArray>

namespace companion {

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
