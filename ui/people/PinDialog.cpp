#include "people/PinDialog.h"

#include "people/PinVerifier.h"
#include "people/UserDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Kasir {

PinDialog::PinDialog(UserDirectory *users, Mode mode, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_mode(mode)
    , m_verifier(new PinVerifier(users, this))
    , m_userBox(new QComboBox(this))
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(mode == Mode::Login ? tr("Log in") : tr("Manager PIN"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(reason, this);
    title->setObjectName(QStringLiteral("pinReason"));
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    layout->addWidget(title);

    m_userBox->setObjectName(QStringLiteral("pinUser"));
    for (const User &u : users->users()) {
        if (mode == Mode::ManagerOnly && u.role != Role::Manager)
            continue;
        m_userBox->addItem(u.role == Role::Manager ? tr("%1 (manager)").arg(u.name) : u.name, u.name);
    }
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setPlaceholderText(tr("4 to 8 digits"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_userBox);
    form->addRow(tr("PIN"), m_pin);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pinOk"));
    m_ok->setText(mode == Mode::Login ? tr("Log in") : tr("Continue"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verifier, &PinVerifier::finished, this, &PinDialog::onChecked);
    if (m_userBox->count() == 0) {
        m_message->setText(
            mode == Mode::ManagerOnly ? tr("There is no manager yet.") : tr("There are no users yet."));
        m_ok->setEnabled(false);
    }
    m_pin->setFocus();
}

void PinDialog::preselect(const QString &name)
{
    const int i = m_userBox->findData(name);
    if (i >= 0)
        m_userBox->setCurrentIndex(i);
}

void PinDialog::submit()
{
    if (m_verifier->isBusy())
        return;
    const QString pin = m_pin->text();
    if (!PinHasher::isValidPin(pin)) {
        m_message->setText(tr("A PIN has 4 to 8 digits."));
        return;
    }
    m_message->setText(tr("Checking…"));
    m_ok->setEnabled(false);
    m_verifier->verify(m_userBox->currentData().toString(), pin);
}

void PinDialog::onChecked(const PinCheck &check)
{
    m_ok->setEnabled(true);
    m_pin->clear();
    m_pin->setFocus();
    switch (check.outcome) {
    case PinCheck::Accepted:
        if (m_mode == Mode::ManagerOnly && check.user.role != Role::Manager) {
            m_message->setText(tr("Only a manager may do this."));
            return;
        }
        m_user = check.user;
        m_message->clear();
        accept();
        return;
    case PinCheck::WrongPin:
        m_message->setText(
            tr("Wrong PIN. %1 attempt(s) left before a 5-minute lock.").arg(check.attemptsLeft));
        return;
    case PinCheck::Locked: {
        const qint64 secs = qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(check.lockedUntilUtc));
        m_message->setText(tr("%1 is locked after 5 wrong PINs. Try again in %2 minute(s).")
                               .arg(check.user.name)
                               .arg(qMin<qint64>(5, (secs + 59) / 60)));
        return;
    }
    case PinCheck::UnknownUser:
    case PinCheck::Error:
        m_message->setText(check.message);
        return;
    }
}

} // namespace Kasir
