#pragma once

// Shared by the libFuzzer targets: a QCoreApplication for Qt's text codecs and translations,
// and a crash that libFuzzer reports with the input that caused it.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace KasirFuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "kasir-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// An invariant broke: abort so libFuzzer keeps the input as a crash.
[[noreturn]] inline void broken(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// Takes typed values off the front of a fuzz input; past its end everything is zero or empty.
class ByteReader
{
public:
    ByteReader(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }

    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    qint64 integer()
    {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | byte();
        return qint64(v);
    }
    // A string of up to maxBytes bytes (its length comes first), read as UTF-8.
    QString text(int maxBytes = 64)
    {
        const size_t length = qMin<size_t>(byte() % (maxBytes + 1), m_size - qMin(m_pos, m_size));
        const QString s
            = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(length));
        m_pos += length;
        return s;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

inline QString textFrom(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace KasirFuzz
