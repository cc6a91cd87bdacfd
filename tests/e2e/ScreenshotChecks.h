#pragma once

// Reading what `companion --screenshot FILE --screenshot-report JSON` produced:
// where a named item is, and whether anything is drawn there.

#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QRect>
#include <QSet>

namespace companion::test {

inline int distinctColors(const QImage &image, const QRect &area)
{
    QSet<QRgb> colors;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            colors.insert(image.pixel(x, y));
    return int(colors.size());
}

// An item's rectangle in the report. Scene coordinates may be fractional
// (toInt() would turn them into 0).
inline QRect rectOf(const QJsonObject &entry)
{
    const auto at = [&entry](const char *key) { return qRound(entry.value(QLatin1String(key)).toDouble()); };
    return QRect(at("x"), at("y"), at("width"), at("height"));
}

// With COMPANION_SCREENSHOT_DIR set, the test's pictures are kept there to be looked at.
inline void keep(const QString &name, const QImage &image)
{
    const QString dir = qEnvironmentVariable("COMPANION_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        image.save(QDir(dir).filePath(name));
}

} // namespace companion::test
