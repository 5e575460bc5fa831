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

inline QString textFrom(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace KasirFuzz
