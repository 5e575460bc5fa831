#include "people/AccessGate.h"

#include "people/PinDialog.h"
#include "people/Session.h"

#include <QTimer>

namespace Kasir {

std::optional<bool> AccessGate::s_nextAnswer;

AccessGate::AccessGate(UserDirectory *users, Session *session, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_session(session)
{ }

void AccessGate::setNextAnswer(bool allowed)
{
    s_nextAnswer = allowed;
}

QString AccessGate::reasonText(ProtectedAction action)
{
    switch (action) {
    case ProtectedAction::Settings:
        return tr("The settings need the manager's PIN.");
    case ProtectedAction::ManagerPage:
    case ProtectedAction::ReportsBeyondShift:
        return tr("The manager page needs the manager's PIN.");
    case ProtectedAction::Close:
        return tr("Closing the day needs the manager's PIN.");
    case ProtectedAction::SecondReprint:
        return tr("A second reprint needs the manager's PIN.");
    case ProtectedAction::RestoreBackup:
        return tr("Restoring a backup needs the manager's PIN.");
    case ProtectedAction::ManageUsers:
        return tr("Adding users needs the manager's PIN.");
    case ProtectedAction::Resolve:
        return tr("Settling a flagged sale needs the manager's PIN.");
    case ProtectedAction::Export:
        return tr("Saving the manager's figures needs the manager's PIN.");
    default:
        return tr("This needs the manager's PIN.");
    }
}

QString AccessGate::promptText(ProtectedAction action) const
{
    QString text = reasonText(action);
    if (m_session && m_session->user() && !m_session->isManager())
        text += QLatin1Char('\n')
            + tr("%1 is logged in as a cashier: ask a manager to type their PIN here.")
                  .arg(m_session->userName());
    return text;
}

void AccessGate::request(QWidget *parent, ProtectedAction action, std::function<void(bool)> then)
{
    if (!AccessPolicy::needsManager(action)) {
        QTimer::singleShot(0, this, [then] { then(true); });
        return;
    }
    if (s_nextAnswer) {
        const bool answer = *std::exchange(s_nextAnswer, std::nullopt);
        m_lastManager = answer && m_session && m_session->isManager() ? m_session->userName() : QString();
        QTimer::singleShot(0, this, [then, answer] { then(answer); });
        return;
    }
    auto *dialog = new PinDialog(m_users, PinDialog::Mode::ManagerOnly, promptText(action), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session && m_session->isManager())
        dialog->preselect(m_session->userName());
    connect(dialog, &QDialog::finished, this, [this, then, dialog](int result) {
        m_lastManager = result == QDialog::Accepted ? dialog->user().name : QString();
        then(result == QDialog::Accepted);
    });
    dialog->open();
}

bool AccessGate::requireManager(QWidget *parent, ProtectedAction action)
{
    if (!AccessPolicy::needsManager(action))
        return true;
    if (s_nextAnswer) {
        const bool answer = *std::exchange(s_nextAnswer, std::nullopt);
        m_lastManager = answer && m_session && m_session->isManager() ? m_session->userName() : QString();
        return answer;
    }
    PinDialog dialog(m_users, PinDialog::Mode::ManagerOnly, promptText(action), parent);
    if (m_session && m_session->isManager())
        dialog.preselect(m_session->userName());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_lastManager = accepted ? dialog.user().name : QString();
    return accepted;
}

} // namespace Kasir
