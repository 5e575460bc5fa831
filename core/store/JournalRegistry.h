#pragma once

#include <QString>

class QSettings;

namespace Kasir {

class ReceiptStore;
struct JournalOpenOptions;

// What this computer knows about its journals: for each journal path, the id stored inside the
// journal when it was first used here. A journal that held sales and is later missing, empty or
// another file is noticed this way instead of being silently recreated.
// Kept in the application's settings (QSettings), group "journals".
class JournalRegistry
{
public:
    JournalRegistry(); // the application's default QSettings
    explicit JournalRegistry(QSettings *settings); // not owned
    ~JournalRegistry();

    JournalRegistry(const JournalRegistry &) = delete;
    JournalRegistry &operator=(const JournalRegistry &) = delete;

    // The id known for the journal at path (made absolute); empty when none.
    QString knownId(const QString &path) const;
    void remember(const QString &path, const QString &journalId);
    void forget(const QString &path);

    // Opens store expecting the id known for its path (a vanished or replaced journal is
    // refused), and remembers the journal's id when none was known. Returns store.open()'s result.
    bool open(ReceiptStore &store, const JournalOpenOptions &options);

private:
    static QString keyFor(const QString &path);

    QSettings *m_settings;
    bool m_owned;
};

} // namespace Kasir
