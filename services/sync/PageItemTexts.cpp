#include "services/sync/PageItemTexts.h"

#include <cstring>

namespace companion {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    qsizetype pos() const { return m_pos; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // A string at the current position; its raw text (without quotes) in `raw`. Pages are
    // mostly string bytes: jump from quote to quote (memchr) rather than byte by byte. A quote
    // ends the string unless an odd run of backslashes escapes it.
    bool string(QByteArrayView *raw = nullptr)
    {
        if (peek() != '"')
            return false;
        const qsizetype start = ++m_pos;
        const char *data = m_text.data();
        const qsizetype size = m_text.size();
        qsizetype from = start;
        for (;;) {
            const void *hit = from < size ? std::memchr(data + from, '"', size_t(size - from)) : nullptr;
            if (!hit) {
                m_pos = size;
                return false;
            }
            const qsizetype quote = static_cast<const char *>(hit) - data;
            qsizetype slashes = 0;
            while (quote - slashes > start && data[quote - slashes - 1] == '\\')
                ++slashes;
            if (slashes % 2 == 0) {
                m_pos = quote;
                break;
            }
            from = quote + 1;
        }
        if (raw)
            *raw = m_text.sliced(start, m_pos - start);
        ++m_pos;
        return true;
    }

    // Any value: strings, nested objects and arrays (brackets counted outside strings), or a
    // literal (number, true, false, null) up to the next delimiter.
    bool value()
    {
        skipSpace();
        const char first = peek();
        if (first == '"')
            return string();
        if (first == '{' || first == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    if (!string())
                        return false;
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\t'
               && peek() != '\n' && peek() != '\r')
            ++m_pos;
        return m_pos > start;
    }

    QByteArrayView slice(qsizetype from) const { return m_text.sliced(from, m_pos - from); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QList<QByteArrayView>> pageItemTexts(QByteArrayView body)
{
    Scanner in(body);
    if (!in.take('{'))
        return std::nullopt;
    std::optional<QList<QByteArrayView>> items;
    if (in.take('}'))
        return std::nullopt;
    do {
        in.skipSpace();
        QByteArrayView key;
        // An escaped key could spell "items" another way: not the plain shape.
        if (!in.string(&key) || key.contains('\\') || !in.take(':'))
            return std::nullopt;
        if (key != "items") {
            if (!in.value())
                return std::nullopt;
            continue;
        }
        if (items || !in.take('['))
            return std::nullopt; // a second "items", or not an array
        items.emplace();
        if (in.take(']'))
            continue;
        do {
            in.skipSpace();
            const qsizetype start = in.pos();
            if (!in.value())
                return std::nullopt;
            items->append(in.slice(start));
        } while (in.take(','));
        if (!in.take(']'))
            return std::nullopt;
    } while (in.take(','));
    if (!in.take('}'))
        return std::nullopt;
    in.skipSpace();
    if (!in.atEnd())
        return std::nullopt;
    return items;
}

} // namespace companion
