#include "DuplicatePrompt.h"

#include "StatusText.h"

#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace Kasir {

std::optional<DuplicatePrompt::Answer> DuplicatePrompt::s_nextAnswer;
int DuplicatePrompt::s_askCount = 0;

QString DuplicatePrompt::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min ago").arg(hours).arg(minutes % 60);
    return tr("%1 days ago").arg(hours / 24);
}

DuplicatePrompt::DuplicatePrompt(
    const SaleRecord &earlier, const QString &productName, const QDateTime &nowUtc, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("duplicatePrompt"));
    setIcon(QMessageBox::Warning);
    const QString time = QLocale().toString(earlier.createdUtc.toLocalTime(), QStringLiteral("HH:mm:ss"));
    const QString age = ageText(qMax<qint64>(0, earlier.createdUtc.secsTo(nowUtc)));
    const QString sale = tr("%1 to %2, %3\nReceipt: %4\nTime: %5 (%6)\nStatus: %7")
                             .arg(productName, earlier.custId, earlier.amount.format(), earlier.receiptNo,
                                 time, age, StatusText::label(earlier.status));
    if (earlier.isUnresolved()) {
        setWindowTitle(tr("Same top-up still being checked"));
        setText(tr("<b>The same top-up (%1) is still being checked.</b>").arg(age));
        setInformativeText(tr("%1\n\nDo NOT send it again: the customer may already have it. Keep the money "
                              "until its result is known. \"Check now\" asks the server about that sale.")
                               .arg(sale));
        QPushButton *check = addButton(tr("Check now"), QMessageBox::ActionRole);
        QPushButton *close = addButton(tr("Close"), QMessageBox::RejectRole);
        check->setObjectName(QStringLiteral("duplicateCheckNow"));
        close->setObjectName(QStringLiteral("duplicateClose"));
        setDefaultButton(close);
        setEscapeButton(close);
    } else {
        setWindowTitle(tr("Same top-up made recently"));
        setText(tr("<b>The same top-up was made %1.</b>").arg(age));
        setInformativeText(
            tr("%1\n\nIs this really a second, new top-up that the customer wants and pays for "
               "again?")
                .arg(sale));
        QPushButton *yes = addButton(tr("Yes, send a new top-up"), QMessageBox::YesRole);
        QPushButton *no = addButton(tr("No, do not send"), QMessageBox::NoRole);
        yes->setObjectName(QStringLiteral("duplicateYes"));
        no->setObjectName(QStringLiteral("duplicateNo"));
        setDefaultButton(no);
        setEscapeButton(no);
    }
    setWindowModality(Qt::WindowModal);
}

void DuplicatePrompt::ask(QWidget *parent, const SaleRecord &earlier, const QString &productName,
    QObject *context, const std::function<void(Answer)> &done)
{
    ++s_askCount;
    if (s_nextAnswer) {
        Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        if (answer == Answer::SendAgain && earlier.isUnresolved())
            answer = Answer::DontSend;
        QTimer::singleShot(0, context, [done, answer] { done(answer); });
        return;
    }
    auto *prompt = new DuplicatePrompt(earlier, productName, QDateTime::currentDateTimeUtc(), parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QObject> guard(context);
    connect(prompt, &QMessageBox::buttonClicked, prompt, [prompt, guard, done](QAbstractButton *button) {
        Answer answer = Answer::DontSend;
        if (button->objectName() == QLatin1String("duplicateYes"))
            answer = Answer::SendAgain;
        else if (button->objectName() == QLatin1String("duplicateCheckNow"))
            answer = Answer::CheckNow;
        prompt->close(); // an ActionRole button does not close a message box by itself
        if (guard)
            done(answer);
    });
    prompt->open();
}

void DuplicatePrompt::setNextAnswer(bool sendAgain)
{
    s_nextAnswer = sendAgain ? Answer::SendAgain : Answer::DontSend;
}

void DuplicatePrompt::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

void DuplicatePrompt::clearNextAnswer()
{
    s_nextAnswer.reset();
}

int DuplicatePrompt::askCount()
{
    return s_askCount;
}

} // namespace Kasir
