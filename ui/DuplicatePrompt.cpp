#include "DuplicatePrompt.h"

#include "StatusText.h"

#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace Kasir {

std::optional<bool> DuplicatePrompt::s_nextAnswer;
int DuplicatePrompt::s_askCount = 0;

DuplicatePrompt::DuplicatePrompt(const SaleRecord &earlier, const QString &productName, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("duplicatePrompt"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Same top-up made recently"));
    setText(tr("<b>The same top-up was made a moment ago.</b>"));
    const QString time = QLocale().toString(earlier.createdUtc.toLocalTime(), QStringLiteral("HH:mm:ss"));
    setInformativeText(tr("%1 to %2, %3\nReceipt: %4\nTime: %5\nStatus: %6\n\nIs this really a second, new top-up "
                          "that the customer wants and pays for again?")
                               .arg(productName, earlier.custId, earlier.amount.format(), earlier.receiptNo, time,
                                    StatusText::label(earlier.status)));
    QPushButton *yes = addButton(tr("Yes, send a new top-up"), QMessageBox::YesRole);
    QPushButton *no = addButton(tr("No, do not send"), QMessageBox::NoRole);
    yes->setObjectName(QStringLiteral("duplicateYes"));
    no->setObjectName(QStringLiteral("duplicateNo"));
    setDefaultButton(no);
    setEscapeButton(no);
    setWindowModality(Qt::WindowModal);
}

void DuplicatePrompt::ask(QWidget *parent, const SaleRecord &earlier, const QString &productName, QObject *context,
                          const std::function<void(bool)> &done)
{
    ++s_askCount;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
        return;
    }
    auto *prompt = new DuplicatePrompt(earlier, productName, parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QObject> guard(context);
    connect(prompt, &QMessageBox::buttonClicked, prompt, [prompt, guard, done](QAbstractButton *button) {
        const bool sendAgain = prompt->buttonRole(button) == QMessageBox::YesRole;
        if (guard)
            done(sendAgain);
    });
    prompt->open();
}

void DuplicatePrompt::setNextAnswer(bool sendAgain) { s_nextAnswer = sendAgain; }

void DuplicatePrompt::clearNextAnswer() { s_nextAnswer.reset(); }

int DuplicatePrompt::askCount() { return s_askCount; }

} // namespace Kasir
