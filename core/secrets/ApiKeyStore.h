#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Kasir {

struct ApiKeyResult
{
    enum Status { Ok, NotFound, Failed };
    Status status = Failed;
    QString key; // only on a read that found one; never logged
    QString error; // plain words, never containing the key

    bool ok() const { return status == Ok; }
};

// Where the merchant API key is kept: the system keychain, or a file only the user can read.
// Operations may finish before they return (a file) or later (a keychain); done is called
// exactly once, on the caller's thread, while this object lives.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Keychain, File };
    using Done = std::function<void(const ApiKeyResult &)>;

    using QObject::QObject;

    virtual Kind kind() const = 0;
    // What `key status` prints: "keychain" or "file PATH".
    virtual QString describe() const = 0;
    virtual void read(Done done) = 0;
    virtual void write(const QString &key, Done done) = 0;
    virtual void clear(Done done) = 0;

    // A key is one line of printable ASCII without spaces, 8 to 512 characters. Empty when
    // valid, else why (never quoting the key).
    static QString checkKey(const QString &key);
};

} // namespace Kasir
