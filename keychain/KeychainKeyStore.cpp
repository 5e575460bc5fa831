#include "KeychainKeyStore.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Kasir {

namespace {

// Runs a job with a deadline; done is called once, whichever comes first.
void runBounded(QKeychain::Job *job, QObject *context, int timeoutMs,
    std::function<void(QKeychain::Job *)> onFinished, ApiKeyStore::Done done)
{
    auto called = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [called, done, timer] {
        timer->deleteLater();
        if (*called)
            return;
        *called = true;
        ApiKeyResult r;
        r.error
            = QCoreApplication::translate("Kasir::KeychainKeyStore", "The system keychain did not answer.");
        done(r);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [called, onFinished, timer](QKeychain::Job *j) {
        timer->stop();
        timer->deleteLater();
        if (*called)
            return;
        *called = true;
        onFinished(j);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    timer->start(timeoutMs);
    job->start();
}

ApiKeyResult failure(QKeychain::Job *job)
{
    ApiKeyResult r;
    if (job->error() == QKeychain::EntryNotFound) {
        r.status = ApiKeyResult::NotFound;
        return r;
    }
    r.error = QCoreApplication::translate("Kasir::KeychainKeyStore", "The system keychain refused: %1")
                  .arg(job->errorString());
    return r;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(int timeoutMs, QObject *parent)
    : ApiKeyStore(parent)
    , m_timeoutMs(timeoutMs)
{ }

QString KeychainKeyStore::serviceName()
{
    return QStringLiteral("kasir-ewallet");
}

QString KeychainKeyStore::entryName()
{
    return QStringLiteral("merchant-api-key");
}

void KeychainKeyStore::read(Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryName());
    runBounded(
        job, this, m_timeoutMs,
        [done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                done(failure(j));
                return;
            }
            ApiKeyResult r;
            r.key = static_cast<QKeychain::ReadPasswordJob *>(j)->textData().trimmed();
            r.status = r.key.isEmpty() ? ApiKeyResult::NotFound : ApiKeyResult::Ok;
            done(r);
        },
        done);
}

void KeychainKeyStore::write(const QString &key, Done done)
{
    ApiKeyResult invalid;
    invalid.error = checkKey(key);
    if (!invalid.error.isEmpty()) {
        done(invalid);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryName());
    job->setTextData(key);
    runBounded(
        job, this, m_timeoutMs,
        [done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                done(failure(j));
                return;
            }
            ApiKeyResult r;
            r.status = ApiKeyResult::Ok;
            done(r);
        },
        done);
}

void KeychainKeyStore::clear(Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entryName());
    runBounded(
        job, this, m_timeoutMs,
        [done](QKeychain::Job *j) {
            ApiKeyResult r;
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                done(failure(j));
                return;
            }
            r.status = ApiKeyResult::Ok;
            done(r);
        },
        done);
}

} // namespace Kasir
