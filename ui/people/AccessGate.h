#pragma once

#include "people/AccessPolicy.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Kasir {

class Session;
class UserDirectory;

// The manager's PIN in front of protected actions (settings, the manager page, closes, a second
// reprint, restores). Cashier actions pass at once. A manager action passes only after a
// manager's PIN is typed now, even when a manager is logged in.
class AccessGate : public QObject
{
    Q_OBJECT
public:
    AccessGate(UserDirectory *users, Session *session, QObject *parent = nullptr);

    // Asynchronous: then(true) once a manager's PIN was given, then(false) when cancelled.
    void request(QWidget *parent, ProtectedAction action, std::function<void(bool)> then);
    // Modal: the same, waiting for the answer.
    bool requireManager(QWidget *parent, ProtectedAction action = ProtectedAction::ManagerPage);

    // Test seam: the next request is answered with this without a dialog.
    static void setNextAnswer(bool allowed);

    static QString reasonText(ProtectedAction action);
    // The manager whose PIN let the last protected action through (for "closed by", the audit).
    QString lastManager() const { return m_lastManager; }
    // The dialog's headline: the reason, and for a cashier at the counter who to ask.
    QString promptText(ProtectedAction action) const;

private:
    UserDirectory *m_users;
    Session *m_session;
    QString m_lastManager;
    static std::optional<bool> s_nextAnswer;
};

} // namespace Kasir
