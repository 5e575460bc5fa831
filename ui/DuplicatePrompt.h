#pragma once

#include "store/SaleRecord.h"

#include <QMessageBox>

#include <functional>
#include <optional>

namespace Kasir {

// "The same top-up was made recently." The dialog names the earlier sale (receipt number, time
// and how long ago, status). For a SUCCESS earlier sale it asks whether to send a second, new
// top-up ("No" is the default and Esc means no). For a sale still PAYING or PENDING there is no
// way to send again: it shows that sale's state and offers "Check now" (ask the server about
// it) or "Close". Window-modal, opened without a nested event loop; the answer arrives through
// a callback.
class DuplicatePrompt : public QMessageBox
{
    Q_OBJECT
public:
    enum class Answer { SendAgain, DontSend, CheckNow };
    Q_ENUM(Answer)

    DuplicatePrompt(const SaleRecord &earlier, const QString &productName, const QDateTime &nowUtc,
        QWidget *parent = nullptr);

    // Asks, then calls done(answer). done is not called when context is destroyed first. For an
    // unresolved earlier sale the answer is never SendAgain.
    static void ask(QWidget *parent, const SaleRecord &earlier, const QString &productName, QObject *context,
        const std::function<void(Answer)> &done);

    // "just now", "6 min ago", "2 h 5 min ago", "3 days ago" (translated).
    static QString ageText(qint64 seconds);

    // Test seam: the next ask() answers this at once (through the event loop) without showing
    // a dialog. The answer is used once; SendAgain for an unresolved sale becomes DontSend,
    // as no button offers it.
    static void setNextAnswer(bool sendAgain);
    static void setNextAnswer(Answer answer);
    static void clearNextAnswer();
    // How many times ask() was called (answered by the seam or by a person).
    static int askCount();

private:
    static std::optional<Answer> s_nextAnswer;
    static int s_askCount;
};

} // namespace Kasir
