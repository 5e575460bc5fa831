#include "store/JournalRegistry.h"

#include "store/ReceiptStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace Kasir {

JournalRegistry::JournalRegistry()
    : m_settings(new QSettings)
    , m_owned(true)
{ }

JournalRegistry::JournalRegistry(QSettings *settings)
    : m_settings(settings)
    , m_owned(false)
{ }

JournalRegistry::~JournalRegistry()
{
    if (m_owned)
        delete m_settings;
}

QString JournalRegistry::keyFor(const QString &path)
{
    // Paths hold '/' (a group separator for QSettings): the key is a digest of the absolute path.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("journals/")
        + QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString JournalRegistry::knownId(const QString &path) const
{
    return m_settings->value(keyFor(path) + QStringLiteral("/id")).toString();
}

void JournalRegistry::remember(const QString &path, const QString &journalId)
{
    m_settings->setValue(keyFor(path) + QStringLiteral("/path"), QFileInfo(path).absoluteFilePath());
    m_settings->setValue(keyFor(path) + QStringLiteral("/id"), journalId);
    m_settings->sync();
}

void JournalRegistry::forget(const QString &path)
{
    m_settings->remove(keyFor(path));
    m_settings->sync();
}

bool JournalRegistry::open(ReceiptStore &store, const JournalOpenOptions &options)
{
    JournalOpenOptions withId = options;
    const QString known = knownId(store.path());
    if (withId.expectedJournalId.isEmpty())
        withId.expectedJournalId = known;
    const bool ok = store.open(withId);
    if (ok && known.isEmpty() && !store.journalId().isEmpty())
        remember(store.path(), store.journalId());
    return ok;
}

} // namespace Kasir
