#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVariant>

namespace companion::server {

// Compact JSON text written straight into bytes, for the large delta-sync pages: building a
// QJsonObject per row and serialising the page cost more than reading the rows from SQLite.
// The text is what QJsonDocument::toJson(Compact) writes for the same values (UTF-8, the same
// escapes), so clients cannot tell the two apart. Commas are placed by the writer.
class JsonTextWriter
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // `name` is written as is: the keys are our own ASCII literals.
    JsonTextWriter &key(QLatin1StringView name);
    void string(const QString &value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    void raw(const QByteArray &json); // an already serialised value
    // The SQL NULL as null, anything else as its text.
    void nullableString(const QVariant &value);

    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    const QByteArray &text() const { return m_out; }

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    char *grow(qsizetype bytes); // `bytes` more at the end, to be written
    void appendRaw(const char *bytes, qsizetype size);
    void escaped(const QString &value); // a string as UTF-8 with JSON escapes, quoted

    QByteArray m_out;
    bool m_needsComma = false;
};

} // namespace companion::server
