#pragma once

#include "people/PinCheck.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kasir {

class PinVerifier;
class UserDirectory;

// Asks for a user and their PIN. Login: any user; ManagerOnly: managers only (the gate for
// settings, closes, restores...). Accepted only on a right PIN; wrong PINs and lockouts are
// told in plain words, and counted by UserDirectory.
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Login, ManagerOnly };

    PinDialog(UserDirectory *users, Mode mode, const QString &reason, QWidget *parent = nullptr);

    // After accept(): who logged in.
    User user() const { return m_user; }
    void preselect(const QString &name);

    QComboBox *userBox() const { return m_userBox; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

private:
    void submit();
    void onChecked(const Kasir::PinCheck &check);

    UserDirectory *m_users;
    Mode m_mode;
    PinVerifier *m_verifier;
    QComboBox *m_userBox;
    QLineEdit *m_pin;
    QLabel *m_message;
    QPushButton *m_ok;
    User m_user;
};

} // namespace Kasir
