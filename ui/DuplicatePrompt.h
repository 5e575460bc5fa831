#pragma once

#include "store/SaleRecord.h"

#include <QMessageBox>

#include <functional>
#include <optional>

namespace Kasir {

// "The same top-up was made recently: send it again?" The dialog names the earlier sale
// (receipt number, time, status). It is window-modal but opened without a nested event loop;
// the answer arrives through a callback. "No" is the default button and Esc means no.
class DuplicatePrompt : public QMessageBox
{
    Q_OBJECT
public:
    DuplicatePrompt(const SaleRecord &earlier, const QString &productName, QWidget *parent = nullptr);

    // Asks, then calls done(true) for "send again", done(false) otherwise. done is not called
    // when context is destroyed first.
    static void ask(QWidget *parent, const SaleRecord &earlier, const QString &productName, QObject *context,
                    const std::function<void(bool)> &done);

    // Test seam: the next ask() answers this at once (through the event loop) without showing
    // a dialog. The answer is used once.
    static void setNextAnswer(bool sendAgain);
    static void clearNextAnswer();
    // How many times ask() was called (answered by the seam or by a person).
    static int askCount();

private:
    static std::optional<bool> s_nextAnswer;
    static int s_askCount;
};

} // namespace Kasir
