#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kasir {

// The cash count before a close: opening float and counted cash; shows the expected cash
// (float + cash taken for SUCCESS sales - change) and the difference, highlighted when not zero.
class CloseDialog : public QDialog
{
    Q_OBJECT
public:
    CloseDialog(const QDate &day, Money cashTaken, QWidget *parent = nullptr);

    std::optional<Money> openingFloat() const;
    std::optional<Money> countedCash() const;
    QLabel *differenceLabel() const { return m_difference; }

private:
    void update();

    Money m_cashTaken;
    QLineEdit *m_float;
    QLineEdit *m_counted;
    QLabel *m_expected;
    QLabel *m_difference;
    QPushButton *m_ok;
};

} // namespace Kasir
