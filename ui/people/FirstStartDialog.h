#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kasir {

class UserDirectory;

// The very first start: the manager's name and PIN (typed twice). The PIN is hashed on a
// worker thread; nothing is kept until it is valid.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(UserDirectory *users, QWidget *parent = nullptr);

    QString managerName() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinAgainEdit() const { return m_pinAgain; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const { return m_ok; }

private:
    void submit();

    UserDirectory *m_users;
    QLineEdit *m_name;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLabel *m_message;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace Kasir
