#pragma once

#include <QByteArray>
#include <QList>
#include <QThread>

#include <algorithm>
#include <future>
#include <optional>

namespace companion {

// Turns stored JSON rows into values, in order, skipping rows that no longer parse. A large
// read (a start with 10 000 cached sessions, earnings over 100 000 splits) parses in
// contiguous parts on as many threads as there are cores: the rows are independent, and at
// start the GUI thread is busy loading QML on one core while this runs on the others.
template<typename T, typename Parse> QList<T> parseRows(const QList<QByteArray> &rows, Parse parse)
{
    constexpr qsizetype kRowsPerPart = 2'000; // below this a thread costs more than it saves
    const qsizetype parts = std::clamp<qsizetype>(rows.size() / kRowsPerPart, 1, QThread::idealThreadCount());
    const auto parsePart = [&rows, &parse, parts](qsizetype part) {
        const qsizetype from = rows.size() * part / parts;
        const qsizetype to = rows.size() * (part + 1) / parts;
        QList<T> out;
        out.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            if (std::optional<T> value = parse(rows.at(i)))
                out.append(std::move(*value));
        }
        return out;
    };
    std::vector<std::future<QList<T>>> others;
    for (qsizetype part = 1; part < parts; ++part)
        others.push_back(std::async(std::launch::async, parsePart, part));
    QList<T> out = parsePart(0); // this thread takes the first part
    for (auto &other : others)
        out.append(other.get());
    return out;
}

} // namespace companion
