#include "store/JournalIntegrityCheck.h"

#include "logging/Logging.h"

#include <QAtomicInteger>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace Kasir {

namespace {
QAtomicInteger<quint64> s_checkConnections;
}

JournalIntegrityCheck::JournalIntegrityCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

JournalIntegrityCheck::~JournalIntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool JournalIntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QString JournalIntegrityCheck::run(const QString &path)
{
    const QString name = QStringLiteral("kasir-integrity-%1").arg(++s_checkConnections);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                problem = q.lastError().text();
            } else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                if (q.lastError().isValid())
                    problem = q.lastError().text();
                else if (lines != QStringList { QStringLiteral("ok") })
                    problem = lines.isEmpty() ? QStringLiteral("no answer")
                                              : lines.mid(0, 5).join(QLatin1String("; "));
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

void JournalIntegrityCheck::start()
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    const QString path = m_path;
    // The destructor waits for the thread, so this outlives it; a queued call to a deleted
    // object is dropped by Qt.
    m_thread = QThread::create([this, path] {
        const QString problem = run(path);
        if (!problem.isEmpty())
            qCCritical(lcStore).noquote() << "background integrity check of" << path << "failed:" << problem;
        QMetaObject::invokeMethod(
            this, [this, problem] { emit finished(problem.isEmpty(), problem); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace Kasir
