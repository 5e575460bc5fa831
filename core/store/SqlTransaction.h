#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Kasir {

// RAII guard for one write transaction on SQLite: BEGIN IMMEDIATE takes the write lock at
// the start (so two writers never deadlock half-way), COMMIT on commit(), ROLLBACK when the
// guard goes out of scope without a successful commit.
class SqlTransaction
{
public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    // False (and the transaction rolled back) when COMMIT failed.
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }
    // The driver's error, with SQLite's result code (nativeErrorCode()), when BEGIN/COMMIT failed.
    QSqlError sqlError() const { return m_sqlError; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    QSqlError m_sqlError;
};

} // namespace Kasir
