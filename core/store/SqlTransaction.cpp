#include "store/SqlTransaction.h"

#include "logging/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kasir {

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
    } else {
        m_sqlError = q.lastError();
        m_error = m_sqlError.text();
        qCWarning(lcStore) << "BEGIN IMMEDIATE failed:" << m_error;
    }
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_sqlError = q.lastError();
        m_error = m_sqlError.text();
        qCWarning(lcStore) << "COMMIT failed:" << m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "ROLLBACK failed:" << q.lastError().text();
}

} // namespace Kasir
