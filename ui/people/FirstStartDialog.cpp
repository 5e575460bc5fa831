#include "people/FirstStartDialog.h"

#include "people/PinHasher.h"
#include "people/UserDirectory.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Kasir {

FirstStartDialog::FirstStartDialog(UserDirectory *users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_name(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Kasir E-Wallet"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("First start: who is the store's manager? The manager's PIN protects the "
                                "settings, closes, second reprints and restores."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_name->setObjectName(QStringLiteral("managerName"));
    m_name->setMaxLength(40);
    for (QLineEdit *e : { m_pin, m_pinAgain }) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(8);
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), e));
        e->setPlaceholderText(tr("4 to 8 digits"));
    }
    m_pin->setObjectName(QStringLiteral("managerPin"));
    m_pinAgain->setObjectName(QStringLiteral("managerPinAgain"));
    auto *form = new QFormLayout;
    form->addRow(tr("Manager's name"), m_name);
    form->addRow(tr("PIN"), m_pin);
    form->addRow(tr("PIN again"), m_pinAgain);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("firstStartMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("firstStartOk"));
    m_ok->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FirstStartDialog::managerName() const
{
    return m_name->text().simplified();
}

void FirstStartDialog::submit()
{
    if (m_busy)
        return;
    const QString name = managerName();
    if (name.isEmpty()) {
        m_message->setText(tr("Type the manager's name."));
        return;
    }
    if (!PinHasher::isValidPin(m_pin->text())) {
        m_message->setText(tr("A PIN has 4 to 8 digits."));
        return;
    }
    if (m_pin->text() != m_pinAgain->text()) {
        m_message->setText(tr("The two PINs differ. Type the same PIN twice."));
        m_pinAgain->clear();
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    m_message->setText(tr("Saving…"));
    QPointer<FirstStartDialog> self(this);
    const QString pin = m_pin->text();
    QThreadPool::globalInstance()->start([self, name, pin] {
        const PinHash hash = PinHasher::hashNew(pin);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, name, hash] {
                if (!self)
                    return;
                self->m_busy = false;
                self->m_ok->setEnabled(true);
                if (!self->m_users->addUserWithHash(name, Role::Manager, hash, name)) {
                    self->m_message->setText(self->m_users->lastError());
                    return;
                }
                self->accept();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Kasir
