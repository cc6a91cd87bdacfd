#include "models/schedule/Offering.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace companion {

namespace {

// Reads an integer field. Absent/null gives `fallback`; fractions, strings or values below
// `minimum` are errors.
bool readInt(const QJsonObject &json, const char *key, qint64 minimum, std::optional<qint64> &out,
             QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        out.reset();
        return true;
    }
    const double number = value.toDouble();
    // The range first: converting a double outside qint64's range is undefined behaviour.
    if (!value.isDouble() || number < minimum || number > 1e12
        || number != static_cast<double>(static_cast<qint64>(number))) {
        if (error)
            *error
                = QStringLiteral("offering.%1 must be an integer >= %2").arg(QLatin1String(key)).arg(minimum);
        return false;
    }
    out = static_cast<qint64>(number);
    return true;
}

} // namespace

QJsonObject Offering::toJson() const
{
    const auto nullable
        = [](const std::optional<int> &value) { return value ? QJsonValue(*value) : QJsonValue(); };
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("schedule_id"), scheduleId },
        { QStringLiteral("title"), title },
        { QStringLiteral("duration_minutes"), durationMinutes },
        { QStringLiteral("slot_interval_minutes"), effectiveSlotIntervalMinutes() },
        { QStringLiteral("buffer_before_minutes"), bufferBeforeMinutes },
        { QStringLiteral("buffer_after_minutes"), bufferAfterMinutes },
        { QStringLiteral("minimum_notice_minutes"), minimumNoticeMinutes },
        { QStringLiteral("booking_window_days"), nullable(bookingWindowDays) },
        { QStringLiteral("max_per_day"), nullable(maxPerDay) },
        { QStringLiteral("max_per_week"), nullable(maxPerWeek) },
        { QStringLiteral("seats"), seats },
        { QStringLiteral("price_cents"), priceCents },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("booking_url"), bookingUrl.isEmpty() ? QJsonValue() : QJsonValue(bookingUrl) },
    };
}

std::optional<Offering> Offering::fromJson(const QJsonObject &json, QString *error)
{
    Offering offering;
    offering.id = json.value(QLatin1String("id")).toString();
    offering.scheduleId = json.value(QLatin1String("schedule_id")).toString();
    offering.title = json.value(QLatin1String("title")).toString();

    std::optional<qint64> value;
    constexpr int MinutesPerYear = 366 * 24 * 60;
    const auto minutes = [&](const char *key, qint64 minimum, int fallback, int &out) {
        if (!readInt(json, key, minimum, value, error))
            return false;
        if (value && *value > MinutesPerYear) {
            if (error)
                *error = QStringLiteral("offering.%1 is larger than a year").arg(QLatin1String(key));
            return false;
        }
        out = value ? int(*value) : fallback;
        return true;
    };
    if (!json.contains(QLatin1String("duration_minutes"))) {
        if (error)
            *error = QStringLiteral("offering.duration_minutes is missing");
        return std::nullopt;
    }
    if (!minutes("duration_minutes", 1, 60, offering.durationMinutes)
        || !minutes("slot_interval_minutes", 1, 0, offering.slotIntervalMinutes)
        || !minutes("buffer_before_minutes", 0, 0, offering.bufferBeforeMinutes)
        || !minutes("buffer_after_minutes", 0, 0, offering.bufferAfterMinutes)
        || !minutes("minimum_notice_minutes", 0, 0, offering.minimumNoticeMinutes)
        || !minutes("seats", 1, 1, offering.seats))
        return std::nullopt;

    const auto optionalCount = [&](const char *key, qint64 minimum, std::optional<int> &out) {
        if (!readInt(json, key, minimum, value, error))
            return false;
        if (value && *value > 100000) {
            if (error)
                *error = QStringLiteral("offering.%1 is implausibly large").arg(QLatin1String(key));
            return false;
        }
        out = value ? std::optional<int>(int(*value)) : std::nullopt;
        return true;
    };
    if (!optionalCount("booking_window_days", 0, offering.bookingWindowDays)
        || !optionalCount("max_per_day", 0, offering.maxPerDay)
        || !optionalCount("max_per_week", 0, offering.maxPerWeek))
        return std::nullopt;

    if (!readInt(json, "price_cents", 0, value, error))
        return std::nullopt;
    offering.priceCents = value.value_or(0);
    offering.currency = json.value(QLatin1String("currency")).toString();
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!offering.currency.isEmpty() && !currencyPattern.match(offering.currency).hasMatch()) {
        if (error)
            *error = QStringLiteral("offering.currency must be a 3-letter ISO 4217 code such as \"EUR\"");
        return std::nullopt;
    }
    // A link people open and share: only an absolute web address, never file: or javascript:.
    const QJsonValue bookingUrl = json.value(QLatin1String("booking_url"));
    if (!bookingUrl.isUndefined() && !bookingUrl.isNull()) {
        const QUrl url(bookingUrl.toString(), QUrl::StrictMode);
        if (!bookingUrl.isString() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http")) {
            if (error)
                *error = QStringLiteral("offering.booking_url must be an http or https address or null");
            return std::nullopt;
        }
        offering.bookingUrl = bookingUrl.toString();
    }
    return offering;
}

} // namespace companion
